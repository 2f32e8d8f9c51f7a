/**
 * The ranking in one statement over three rollups and the region list: nationally ~7,300 kecamatan, so it is
 * computed per request with no scan of UMKM, participants or agents. Parameters: region prefix (or null),
 * only-with-gap flag, rank after which to start, page size.
 */
export const COVERAGE_GAP_SQL = `
  with kecamatan as (
    select r.code,
      coalesce(u.umkm_count, 0) as registered,
      least(coalesce(c.umkm_covered, 0), coalesce(u.umkm_count, 0)) as covered,
      coalesce(a.active_agents, 0) as agents
    from regions.published_region r
    left join okoce.published_region_umkm_count u on u.region_code = r.code
    left join coverage.region_coverage c on c.region_code = r.code
    left join perisai.published_district_agents a on a.district_code = r.code
    where r.level = 'DISTRICT' and (?::text is null or r.code like ?::text || '.%')
  ), ranked as (
    select code, registered, covered, registered - covered as uncovered, agents,
      row_number() over (
        order by (agents = 0 and registered > covered) desc,
          (registered - covered)::float8 / greatest(agents, 1) desc, code
      ) as rank
    from kecamatan
    where not ?::boolean or registered > covered
  )
  select code, registered, covered, uncovered, agents, rank::int as rank, (select count(*) from ranked)::int as total
  from ranked where rank > ? order by rank limit ?`;
