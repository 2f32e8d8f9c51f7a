import { graphql } from "../../graphql/graphql";

export const AgentsPage_Search = graphql(`
  query AgentsPage_Search($filter: AgentFilter, $first: Int!, $after: String) {
    agents(filter: $filter, first: $first, after: $after) {
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
      }
    }
  }
`);
