import { graphql } from "../../graphql/graphql";

export const AgentsPage_List = graphql(`
  query AgentsPage_List(
    $filter: AgentFilter
    $sortKey: AgentSortKey!
    $reverse: Boolean!
    $first: Int!
    $after: String
  ) {
    agents(filter: $filter, sortKey: $sortKey, reverse: $reverse, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        agentNumber
        name
        status
        appointedOn
        office {
          id
          name
        }
        territory {
          code
          name
        }
        coverage {
          participantsActive
        }
      }
    }
  }
`);

/** The names the filter chips show for the office and region ids in the URL. */
export const AgentsPage_FilterNames = graphql(`
  query AgentsPage_FilterNames($officeId: ID!, $regionCode: String!, $withOffice: Boolean!, $withRegion: Boolean!) {
    perisaiOffice(id: $officeId) @include(if: $withOffice) {
      id
      name
    }
    region(code: $regionCode) @include(if: $withRegion) {
      code
      name
      level
    }
  }
`);
