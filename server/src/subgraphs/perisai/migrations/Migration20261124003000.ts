import { Migration } from "@mikro-orm/migrations";
import { nikHashColumnSql } from "../../../shared/privacy/nik-hash";

// No CHECK (active_agents >= 0): INSERT … ON CONFLICT checks the proposed row (a -1 delta) before it merges.

/** Signed counts of ACTIVE agents per kecamatan of their territory, for each kind of statement. */
const ACTIVE_TERRITORY = (rows: string, sign: number) =>
  `select unnest("territory") as "district_code", ${sign} as "sign" from ${rows} where "status" = 'ACTIVE'`;

function rollupFunction(name: string, deltas: string): string {
  return `
    create function "perisai"."${name}"() returns trigger language plpgsql as $$
    begin
      insert into "perisai"."district_agent_count" as "c" ("district_code", "active_agents")
      select "district_code", sum("sign") from (${deltas}) as "delta"
      group by "district_code" having sum("sign") <> 0
      on conflict ("district_code") do update set "active_agents" = "c"."active_agents" + excluded."active_agents";
      return null;
    end $$;`;
}

/**
 * Agents are matched with UMKM owners and participants by a keyed hash of their NIK; the published agent view
 * carries the hash and no longer the NIK. Active agents per kecamatan are kept by statement-level triggers for
 * the coverage-gap ranking (published as perisai.published_district_agents).
 */
export class Migration20261124003000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of nikHashColumnSql("perisai", "agent", "nik", "nik_hash")) this.addSql(sql);
    this.addSql('drop view "perisai"."published_agent";');
    this.addSql(`
      create view "perisai"."published_agent" as
        select "id", "agent_number", "office_id", "status", "territory", "nik_hash"::text as "nik_hash"
        from "perisai"."agent";`);
    this.addSql(`
      comment on view "perisai"."published_agent" is 'Read-only contract for other subgraphs: id integer, agent_number text, office_id integer, status text, territory text[] (kecamatan codes), nik_hash text (keyed hash of the NIK, never the NIK). Owned and written by the perisai subgraph only.';`);

    this.addSql(`
      create table "perisai"."district_agent_count" (
        "district_code" varchar(13) primary key,
        "active_agents" integer not null
      );`);
    this.addSql(
      rollupFunction("agent_territory_inserted", ACTIVE_TERRITORY("new_rows", 1)) +
        rollupFunction("agent_territory_deleted", ACTIVE_TERRITORY("old_rows", -1)) +
        rollupFunction(
          "agent_territory_updated",
          `${ACTIVE_TERRITORY("new_rows", 1)} union all ${ACTIVE_TERRITORY("old_rows", -1)}`,
        ),
    );
    this.addSql(`
      create trigger "agent_territory_insert" after insert on "perisai"."agent"
        referencing new table as new_rows for each statement execute function "perisai"."agent_territory_inserted"();
      create trigger "agent_territory_update" after update on "perisai"."agent"
        referencing new table as new_rows old table as old_rows
        for each statement execute function "perisai"."agent_territory_updated"();
      create trigger "agent_territory_delete" after delete on "perisai"."agent"
        referencing old table as old_rows for each statement execute function "perisai"."agent_territory_deleted"();`);
    this.addSql(`
      insert into "perisai"."district_agent_count" ("district_code", "active_agents")
      select "district_code", count(*) from (${ACTIVE_TERRITORY('"perisai"."agent"', 1)}) as "t" group by "district_code";`);
    this.addSql(`
      create view "perisai"."published_district_agents" as
        select "district_code"::text as "district_code", "active_agents" from "perisai"."district_agent_count"
        where "active_agents" > 0;`);
    this.addSql(`
      comment on view "perisai"."published_district_agents" is 'Read-only contract: ACTIVE agents whose territory includes each kecamatan, kept current by triggers on perisai.agent.';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop view if exists "perisai"."published_district_agents";');
    this.addSql('drop trigger if exists "agent_territory_insert" on "perisai"."agent";');
    this.addSql('drop trigger if exists "agent_territory_update" on "perisai"."agent";');
    this.addSql('drop trigger if exists "agent_territory_delete" on "perisai"."agent";');
    this.addSql('drop function if exists "perisai"."agent_territory_inserted"();');
    this.addSql('drop function if exists "perisai"."agent_territory_updated"();');
    this.addSql('drop function if exists "perisai"."agent_territory_deleted"();');
    this.addSql('drop table if exists "perisai"."district_agent_count";');
    this.addSql('drop view "perisai"."published_agent";');
    this.addSql(`
      create view "perisai"."published_agent" as
        select "id", "agent_number", "office_id", "status", "territory", "nik"::text as "nik"
        from "perisai"."agent";`);
    this.addSql('drop trigger if exists "agent_nik_hash" on "perisai"."agent";');
    this.addSql('drop function if exists "perisai"."agent_nik_hash"();');
    this.addSql('alter table "perisai"."agent" drop column if exists "nik_hash";');
  }
}
