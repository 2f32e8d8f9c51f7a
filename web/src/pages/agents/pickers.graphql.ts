import { graphql } from "../../graphql/graphql";

export const OfficePicker_Search = graphql(`
  query OfficePicker_Search($filter: PerisaiOfficeFilter!) {
    perisaiOffices(filter: $filter, first: 8) {
      totalCount
      nodes {
        id
        name
        status
        region {
          code
          name
        }
      }
    }
  }
`);

export const TerritoryPicker_Kecamatan = graphql(`
  query TerritoryPicker_Kecamatan($regionCode: String!) {
    regions(filter: { level: DISTRICT, search: $regionCode }, first: 100) {
      nodes {
        code
        name
      }
    }
  }
`);
