import { graphql } from "../../graphql/graphql";

export const CoverageGapsPage_List = graphql(`
  query CoverageGapsPage_List($filter: CoverageGapFilter, $first: Int!, $after: String) {
    coverageGaps(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        rank
        kecamatan {
          code
          name
          parent {
            code
            name
            parent {
              code
              name
            }
          }
        }
        umkmRegistered
        umkmCovered
        umkmUncovered
        activeAgents
        gapScore
      }
    }
  }
`);

/** The region selects: every province, and the regencies of the chosen one. */
export const CoverageGapsPage_Regions = graphql(`
  query CoverageGapsPage_Regions($provinceCode: String!, $withProvince: Boolean!) {
    provinces: regions(filter: { level: PROVINCE }, first: 38) {
      nodes {
        code
        name
      }
    }
    regencies: regions(filter: { parentCode: $provinceCode }, first: 100) @include(if: $withProvince) {
      nodes {
        code
        name
      }
    }
  }
`);

/** The area's totals from the coverage rollups: one region, or the 38 provinces for the whole country. */
export const CoverageGapsPage_Summary = graphql(`
  query CoverageGapsPage_Summary($regionCode: String!, $national: Boolean!) {
    region(code: $regionCode) @skip(if: $national) {
      code
      name
      coverage {
        umkmRegistered
        umkmCovered
      }
    }
    provinces: regions(filter: { level: PROVINCE }, first: 38) @include(if: $national) {
      nodes {
        code
        coverage {
          umkmRegistered
          umkmCovered
        }
      }
    }
  }
`);
