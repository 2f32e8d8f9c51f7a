import { graphql } from "../../graphql/graphql";

export const DashboardPage_Overview = graphql(`
  query DashboardPage_Overview {
    perisaiOffices(first: 1) {
      totalCount
    }
    agents(first: 1, filter: { status: ACTIVE }) {
      totalCount
    }
    regions(filter: { level: PROVINCE }, first: 38) {
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
`);
