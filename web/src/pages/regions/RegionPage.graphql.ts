import { graphql } from "../../graphql/graphql";

export const RegionPage_Region = graphql(`
  query RegionPage_Region($code: String!) {
    region(code: $code) {
      code
      name
      level
      ancestors {
        code
        name
      }
      coverage {
        umkmTarget
        umkmRegistered
        umkmCovered
        participantsActive
        rate
      }
      children(first: 100) {
        totalCount
        nodes {
          code
          name
          coverage {
            umkmTarget
            umkmRegistered
            umkmCovered
            participantsActive
            rate
          }
        }
      }
    }
  }
`);
