import type { Em } from "../../../shared/db/orm";

const PREFIXES = (column: string) => `unnest(array[left(${column}, 2), left(${column}, 5), ${column}])`;

/**
 * Each rollup recounted from scratch, in the rollup's own column order. A full scan each: for tests and
 * seed checks only, never for a request.
 */
const RECOUNTS: Record<string, { rollup: string; recount: string }> = {
  region_coverage: {
    rollup: `select region_code::text, participants_active::bigint, participants_total::bigint, umkm_covered::bigint
      from coverage.region_coverage where participants_total <> 0 or participants_active <> 0 or umkm_covered <> 0`,
    recount: `
      with people as (
        select prefix as region_code, count(*) filter (where status = 'ACTIVE') as active, count(*) as total
        from coverage.participant cross join ${PREFIXES("district_code")} as prefix group by prefix
      ),
      covered_umkm as (
        select umkm_id from coverage.participant where umkm_id is not null
        group by umkm_id having count(*) filter (where status = 'ACTIVE') > 0
      ),
      covered as (
        select prefix as region_code, count(*) as covered
        from covered_umkm c join okoce.published_umkm u on u.id = c.umkm_id
        cross join ${PREFIXES("u.district_code")} as prefix group by prefix
      )
      select region_code::text, coalesce(p.active, 0)::bigint, coalesce(p.total, 0)::bigint, coalesce(c.covered, 0)::bigint
      from people p full join covered c using (region_code)`,
  },
  umkm_coverage: {
    rollup: `select umkm_id, district_code::text, participants_active::bigint, participants_total::bigint
      from coverage.umkm_coverage where participants_total <> 0 or participants_active <> 0`,
    recount: `
      select p.umkm_id, u.district_code::text, count(*) filter (where p.status = 'ACTIVE'), count(*)
      from coverage.participant p left join okoce.published_umkm u on u.id = p.umkm_id
      where p.umkm_id is not null group by p.umkm_id, u.district_code`,
  },
  national_monthly_totals: {
    rollup: `select period, enrolments::bigint, contributions_total::bigint, contributions_count::bigint
      from coverage.national_monthly_totals where enrolments <> 0 or contributions_total <> 0 or contributions_count <> 0`,
    recount: `
      with enrolled as (
        select to_char(registered_on, 'YYYY-MM') as period, count(*) as enrolments from coverage.participant group by 1
      ),
      paid as (select period::text, sum(total) as paid, count(*) as payments from coverage.contribution group by 1)
      select period, coalesce(e.enrolments, 0)::bigint, coalesce(p.paid, 0)::bigint, coalesce(p.payments, 0)::bigint
      from enrolled e full join paid p using (period)`,
  },
  agent_coverage: coverageByParent("agent"),
  office_coverage: coverageByParent("office"),
  monthly_totals: {
    rollup: `select period, office_id, agent_id, enrolments::bigint, contributions_total::bigint, contributions_count::bigint
      from coverage.monthly_totals where enrolments <> 0 or contributions_total <> 0 or contributions_count <> 0`,
    recount: `
      with enrolled as (
        select to_char(registered_on, 'YYYY-MM') as period, office_id, agent_id, count(*) as enrolments
        from coverage.participant group by 1, 2, 3
      ),
      paid as (
        select period::text, office_id, agent_id, sum(total) as paid, count(*) as payments
        from coverage.contribution group by 1, 2, 3
      )
      select period, office_id, agent_id, coalesce(e.enrolments, 0)::bigint, coalesce(p.paid, 0)::bigint,
        coalesce(p.payments, 0)::bigint
      from enrolled e full join paid p using (period, office_id, agent_id)`,
  },
};

function coverageByParent(parent: "agent" | "office") {
  const key = `${parent}_id`;
  return {
    rollup: `select ${key}, participants_active::bigint, participants_total::bigint, contributions_total::bigint,
        contributions_count::bigint, last_period
      from coverage.${parent}_coverage
      where participants_total <> 0 or participants_active <> 0 or contributions_count <> 0 or contributions_total <> 0`,
    recount: `
      with people as (
        select ${key}, count(*) filter (where status = 'ACTIVE') as active, count(*) as total
        from coverage.participant group by ${key}
      ),
      paid as (
        select ${key}, sum(total) as paid, count(*) as payments, max(period)::text as last_period
        from coverage.contribution group by ${key}
      )
      select ${key}, coalesce(p.active, 0)::bigint, coalesce(p.total, 0)::bigint, coalesce(c.paid, 0)::bigint,
        coalesce(c.payments, 0)::bigint, c.last_period
      from people p full join paid c using (${key})`,
  };
}

/**
 * Compares every rollup table with a full recount of participants and contributions. Returns one line per
 * table that differs ("agent_coverage: 3 rows differ"); an empty list means the triggers kept them exact.
 */
export async function rollupDrift(em: Em): Promise<string[]> {
  const drift: string[] = [];
  for (const [table, { rollup, recount }] of Object.entries(RECOUNTS)) {
    const rows = await em.getConnection().execute<{ differing: string }[]>(
      `with rollup as (${rollup}), recount as (${recount})
       select count(*) as differing from ((table rollup except all table recount) union all (table recount except all table rollup)) d`,
    );
    const differing = Number(rows[0].differing);
    if (differing > 0) drift.push(`${table}: ${differing} rows differ from a recount`);
  }
  return drift;
}
