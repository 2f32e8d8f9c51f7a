import { Migration } from "@mikro-orm/migrations";

const ROLLUP_TABLES = `
  create table "coverage"."region_coverage" (
    "region_code" varchar(13) not null,
    "participants_active" int not null default 0,
    "participants_total" int not null default 0,
    "umkm_covered" int not null default 0,
    constraint "region_coverage_pkey" primary key ("region_code")
  );
  create table "coverage"."umkm_coverage" (
    "umkm_id" int not null,
    "district_code" text null,
    "participants_active" int not null default 0,
    "participants_total" int not null default 0,
    constraint "umkm_coverage_pkey" primary key ("umkm_id")
  );
  create table "coverage"."agent_coverage" (
    "agent_id" int not null,
    "participants_active" int not null default 0,
    "participants_total" int not null default 0,
    "contributions_total" bigint not null default 0,
    "contributions_count" int not null default 0,
    "last_period" text null,
    constraint "agent_coverage_pkey" primary key ("agent_id")
  );
  create table "coverage"."office_coverage" (
    "office_id" int not null,
    "participants_active" int not null default 0,
    "participants_total" int not null default 0,
    "contributions_total" bigint not null default 0,
    "contributions_count" int not null default 0,
    "last_period" text null,
    constraint "office_coverage_pkey" primary key ("office_id")
  );
  create table "coverage"."monthly_totals" (
    "period" text not null,
    "office_id" int not null,
    "agent_id" int not null,
    "enrolments" int not null default 0,
    "contributions_total" bigint not null default 0,
    "contributions_count" int not null default 0,
    constraint "monthly_totals_pkey" primary key ("period", "office_id", "agent_id")
  );
  create index "monthly_totals_office_id_period_index" on "coverage"."monthly_totals" ("office_id", "period");
  create index "monthly_totals_agent_id_period_index" on "coverage"."monthly_totals" ("agent_id", "period");`;

/**
 * A trigger with transition tables serves one event, and an INSERT trigger has no old table; so each
 * rollup function builds its signed delta (+1 per new row, -1 per old row) as SQL text for the event at
 * hand and one function serves the insert, update and delete triggers alike.
 */
const TRANSITION_ROWS = `
  create function "coverage"."transition_rows"("operation" text, "columns" text) returns text
  language sql immutable as $$
    select case "operation"
      when 'INSERT' then format('select %s, 1 as sign from new_rows', "columns")
      when 'DELETE' then format('select %s, -1 as sign from old_rows', "columns")
      else format('select %1$s, 1 as sign from new_rows union all select %1$s, -1 as sign from old_rows', "columns")
    end
  $$;`;

/**
 * Participants → umkm_coverage, region_coverage (every prefix of the kecamatan code), agent_coverage,
 * office_coverage and monthly_totals.enrolments. A UMKM counts as covered in the region of its own
 * kecamatan while it has an ACTIVE participant: the flips 0 → >0 and >0 → 0 are found by comparing the
 * counts before the upsert (same snapshot) with the counts it returns.
 */
const PARTICIPANT_ROLLUP = `
  create function "coverage"."participant_rollup"() returns trigger language plpgsql as $fn$
  declare
    changes text := coverage.transition_rows(TG_OP,
      'district_code, umkm_id, agent_id, office_id, to_char(registered_on, ''YYYY-MM'') as period, '
      '(status = ''ACTIVE'')::int as active');
  begin
    execute format($sql$
      with delta as (%s),
      umkm_delta as (
        select umkm_id, sum(sign * active) as active, sum(sign) as total
        from delta where umkm_id is not null group by umkm_id
        having sum(sign * active) <> 0 or sum(sign) <> 0
      ),
      umkm_before as (
        select d.umkm_id, coalesce(c.participants_active, 0) as active
        from umkm_delta d left join coverage.umkm_coverage c on c.umkm_id = d.umkm_id
      ),
      umkm_after as (
        insert into coverage.umkm_coverage as c (umkm_id, district_code, participants_active, participants_total)
        select d.umkm_id, u.district_code, d.active, d.total
        from umkm_delta d left join okoce.published_umkm u on u.id = d.umkm_id
        on conflict (umkm_id) do update set
          participants_active = c.participants_active + excluded.participants_active,
          participants_total = c.participants_total + excluded.participants_total
        returning c.umkm_id, c.district_code, c.participants_active
      ),
      covered_delta as (
        select a.district_code, sum(case
          when b.active = 0 and a.participants_active > 0 then 1
          when b.active > 0 and a.participants_active = 0 then -1
          else 0 end) as covered
        from umkm_after a join umkm_before b on b.umkm_id = a.umkm_id
        where a.district_code is not null
        group by a.district_code
      ),
      district_delta as (
        select district_code, sum(sign * active) as active, sum(sign) as total, 0 as covered
        from delta group by district_code
        union all
        select district_code, 0, 0, covered from covered_delta
      ),
      region_delta as (
        select prefix as region_code, sum(active) as active, sum(total) as total, sum(covered) as covered
        from district_delta
        cross join unnest(array[left(district_code, 2), left(district_code, 5), district_code]) as prefix
        group by prefix
        having sum(active) <> 0 or sum(total) <> 0 or sum(covered) <> 0
      )
      insert into coverage.region_coverage as r (region_code, participants_active, participants_total, umkm_covered)
      select region_code, active, total, covered from region_delta
      on conflict (region_code) do update set
        participants_active = r.participants_active + excluded.participants_active,
        participants_total = r.participants_total + excluded.participants_total,
        umkm_covered = r.umkm_covered + excluded.umkm_covered
    $sql$, changes);

    execute format($sql$
      with delta as (%s),
      by_agent as (
        insert into coverage.agent_coverage as a (agent_id, participants_active, participants_total)
        select agent_id, sum(sign * active), sum(sign) from delta group by agent_id
        having sum(sign * active) <> 0 or sum(sign) <> 0
        on conflict (agent_id) do update set
          participants_active = a.participants_active + excluded.participants_active,
          participants_total = a.participants_total + excluded.participants_total
      ),
      by_office as (
        insert into coverage.office_coverage as o (office_id, participants_active, participants_total)
        select office_id, sum(sign * active), sum(sign) from delta group by office_id
        having sum(sign * active) <> 0 or sum(sign) <> 0
        on conflict (office_id) do update set
          participants_active = o.participants_active + excluded.participants_active,
          participants_total = o.participants_total + excluded.participants_total
      )
      insert into coverage.monthly_totals as m (period, office_id, agent_id, enrolments)
      select period, office_id, agent_id, sum(sign) from delta group by period, office_id, agent_id
      having sum(sign) <> 0
      on conflict (period, office_id, agent_id) do update set enrolments = m.enrolments + excluded.enrolments
    $sql$, changes);
    return null;
  end
  $fn$;`;

/**
 * Contributions → agent_coverage, office_coverage and monthly_totals. The latest period only grows on
 * insert; when rows go away it is looked up again for the agents and offices they belonged to (an index
 * range on (agent_id, period), never a scan).
 */
const CONTRIBUTION_ROLLUP = `
  create function "coverage"."contribution_rollup"() returns trigger language plpgsql as $fn$
  declare
    changes text := coverage.transition_rows(TG_OP, 'agent_id, office_id, period, total');
  begin
    execute format($sql$
      with delta as (%s),
      by_agent as (
        insert into coverage.agent_coverage as a (agent_id, contributions_total, contributions_count, last_period)
        select agent_id, sum(sign * total), sum(sign), max(period) filter (where sign > 0) from delta group by agent_id
        on conflict (agent_id) do update set
          contributions_total = a.contributions_total + excluded.contributions_total,
          contributions_count = a.contributions_count + excluded.contributions_count,
          last_period = greatest(a.last_period, excluded.last_period)
      ),
      by_office as (
        insert into coverage.office_coverage as o (office_id, contributions_total, contributions_count, last_period)
        select office_id, sum(sign * total), sum(sign), max(period) filter (where sign > 0) from delta group by office_id
        on conflict (office_id) do update set
          contributions_total = o.contributions_total + excluded.contributions_total,
          contributions_count = o.contributions_count + excluded.contributions_count,
          last_period = greatest(o.last_period, excluded.last_period)
      )
      insert into coverage.monthly_totals as m (period, office_id, agent_id, contributions_total, contributions_count)
      select period, office_id, agent_id, sum(sign * total), sum(sign) from delta group by period, office_id, agent_id
      having sum(sign * total) <> 0 or sum(sign) <> 0
      on conflict (period, office_id, agent_id) do update set
        contributions_total = m.contributions_total + excluded.contributions_total,
        contributions_count = m.contributions_count + excluded.contributions_count
    $sql$, changes);
    if TG_OP <> 'INSERT' then
      execute $sql$
        update coverage.agent_coverage a
        set last_period = (select max(c.period) from coverage.contribution c where c.agent_id = a.agent_id)
        where a.agent_id in (select agent_id from old_rows)
      $sql$;
      execute $sql$
        update coverage.office_coverage o
        set last_period = (select max(c.period) from coverage.contribution c where c.office_id = o.office_id)
        where o.office_id in (select office_id from old_rows)
      $sql$;
    end if;
    return null;
  end
  $fn$;`;

function statementTriggers(table: string, fn: string): string[] {
  return [
    ["insert", "referencing new table as new_rows"],
    ["update", "referencing old table as old_rows new table as new_rows"],
    ["delete", "referencing old table as old_rows"],
  ].map(
    ([event, transition]) =>
      `create trigger "${table}_rollup_${event}" after ${event} on "coverage"."${table}" ${transition} ` +
      `for each statement execute function "coverage"."${fn}"();`,
  );
}

/**
 * Coverage rollups kept current by statement-level triggers: a write of one row or a COPY of a million
 * runs each trigger once, and reading coverage is a primary-key lookup, never a scan of participants.
 */
export class Migration20261123000420 extends Migration {
  override async up(): Promise<void> {
    this.addSql(ROLLUP_TABLES);
    this.addSql(TRANSITION_ROWS);
    this.addSql(PARTICIPANT_ROLLUP);
    this.addSql(CONTRIBUTION_ROLLUP);
    for (const sql of statementTriggers("participant", "participant_rollup")) this.addSql(sql);
    for (const sql of statementTriggers("contribution", "contribution_rollup")) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const table of ["contribution", "participant"]) {
      for (const event of ["insert", "update", "delete"]) {
        this.addSql(`drop trigger if exists "${table}_rollup_${event}" on "coverage"."${table}";`);
      }
    }
    this.addSql('drop function if exists "coverage"."contribution_rollup"();');
    this.addSql('drop function if exists "coverage"."participant_rollup"();');
    this.addSql('drop function if exists "coverage"."transition_rows"(text, text);');
    for (const table of ["monthly_totals", "office_coverage", "agent_coverage", "umkm_coverage", "region_coverage"]) {
      this.addSql(`drop table if exists "coverage"."${table}";`);
    }
  }
}
