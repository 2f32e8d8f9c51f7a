import { Migration } from "@mikro-orm/migrations";

const EVENTS = [
  ["insert", "referencing new table as new_rows"],
  ["update", "referencing old table as old_rows new table as new_rows"],
  ["delete", "referencing old table as old_rows"],
] as const;

/**
 * The national monthly series (the dashboard's 12-month trend), one row per month. Summing monthly_totals
 * (one row per month, office and agent: about 200,000 rows at national scale) took ~100 ms per request;
 * this rollup is kept by a statement-level trigger on monthly_totals, so it moves with every write that
 * moves monthly_totals, in the same transaction.
 */
export class Migration20261124004000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "coverage"."national_monthly_totals" (
        "period" text not null,
        "enrolments" bigint not null default 0,
        "contributions_total" bigint not null default 0,
        "contributions_count" bigint not null default 0,
        constraint "national_monthly_totals_pkey" primary key ("period")
      );`);
    this.addSql(`
      create function "coverage"."national_monthly_rollup"() returns trigger language plpgsql as $fn$
      begin
        execute format($sql$
          with delta as (%s)
          insert into coverage.national_monthly_totals as n (period, enrolments, contributions_total, contributions_count)
          select period, sum(sign * enrolments), sum(sign * contributions_total), sum(sign * contributions_count)
          from delta group by period
          having sum(sign * enrolments) <> 0 or sum(sign * contributions_total) <> 0 or sum(sign * contributions_count) <> 0
          on conflict (period) do update set
            enrolments = n.enrolments + excluded.enrolments,
            contributions_total = n.contributions_total + excluded.contributions_total,
            contributions_count = n.contributions_count + excluded.contributions_count
        $sql$, coverage.transition_rows(TG_OP, 'period, enrolments, contributions_total, contributions_count'));
        return null;
      end
      $fn$;`);
    for (const [event, transition] of EVENTS) {
      this.addSql(
        `create trigger "monthly_totals_national_${event}" after ${event} on "coverage"."monthly_totals" ${transition} ` +
          'for each statement execute function "coverage"."national_monthly_rollup"();',
      );
    }
    this.addSql(`
      insert into coverage.national_monthly_totals (period, enrolments, contributions_total, contributions_count)
      select period, sum(enrolments), sum(contributions_total), sum(contributions_count)
      from coverage.monthly_totals group by period;`);
  }

  override async down(): Promise<void> {
    for (const [event] of EVENTS) {
      this.addSql(`drop trigger if exists "monthly_totals_national_${event}" on "coverage"."monthly_totals";`);
    }
    this.addSql('drop function if exists "coverage"."national_monthly_rollup"();');
    this.addSql('drop table if exists "coverage"."national_monthly_totals";');
  }
}
