import { graphql } from "../../graphql/graphql";

export const DashboardPage_Overview = graphql(`
  query DashboardPage_Overview($since: Month!) {
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
    monthlyTotals(filter: { periodFrom: $since }) {
      period
      enrolments
      contributionsTotal
      contributionsCount
    }
  }
`);
