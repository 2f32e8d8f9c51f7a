/** The same region prefix on every input, so that a province reads its own rows of each rollup, not the country's. */
const IN_PREFIX = (column: string) => `(?::text is null or ${column} like ?::text || '.%')`;

/**
 * The ranking in one statement over three rollups and the region list: nationally ~7,300 kecamatan, so it is
 * computed per request with no scan of UMKM, participants or agents. The kecamatan UMKM counts come from their
 * own index in code order; only the page is sorted (a top-N sort of offset + limit rows), and the total rides
 * on the rows as a window count. Its bindings come from coverageGapBindings.
 */
export const COVERAGE_GAP_SQL = `
  with kecamatan as (
    select r.code,
      coalesce(u.umkm_count, 0) as registered,
      least(coalesce(c.umkm_covered, 0), coalesce(u.umkm_count, 0)) as covered,
      coalesce(a.active_agents, 0) as agents
    from regions.published_region r
    left join okoce.published_district_umkm_count u on u.district_code = r.code and ${IN_PREFIX("u.district_code")}
    left join coverage.region_coverage c on c.region_code = r.code and ${IN_PREFIX("c.region_code")}
    left join perisai.published_district_agents a on a.district_code = r.code and ${IN_PREFIX("a.district_code")}
    where r.level = 'DISTRICT' and ${IN_PREFIX("r.code")}
  )
  select code, registered, covered, registered - covered as uncovered, agents, count(*) over ()::int as total
  from kecamatan
  where not ?::boolean or registered > covered
  order by (agents = 0 and registered > covered) desc, (registered - covered)::float8 / greatest(agents, 1) desc, code
  offset ? limit ?`;

/** The bindings of COVERAGE_GAP_SQL: the region prefix (or null) for each input, then the page. */
export function coverageGapBindings(
  prefix: string | null,
  onlyWithGap: boolean,
  skip: number,
  limit: number,
): (string | number | boolean | null)[] {
  return [...Array<string | null>(8).fill(prefix), onlyWithGap, skip, limit];
}
