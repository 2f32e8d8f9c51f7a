import { gql } from "urql";

export const RegionPage_Region = gql`
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
`;
