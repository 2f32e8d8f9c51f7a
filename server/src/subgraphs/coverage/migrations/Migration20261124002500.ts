import { Migration } from "@mikro-orm/migrations";

/**
 * Activity per agent, office and month, published for perisai's agent lifecycle and office targets: new
 * participants registered that month and contributions recorded for that month (by period), straight from
 * the monthly_totals rollup, so a reader never counts participants or contributions itself.
 */
export class Migration20261124002500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create view "coverage"."published_agent_month" as
        select "agent_id", "office_id", "period"::text as "month",
          "enrolments" as "new_participants", "contributions_count"
        from "coverage"."monthly_totals";`);
    this.addSql(`
      comment on view "coverage"."published_agent_month" is 'Read-only contract for other subgraphs: agent_id integer, office_id integer, month text (YYYY-MM), new_participants integer (participants registered that month), contributions_count integer (contributions for that month). One row per agent, office and month with any activity; indexed by (agent_id, month) and (office_id, month). Owned and written by the coverage subgraph only.';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop view if exists "coverage"."published_agent_month";');
  }
}
