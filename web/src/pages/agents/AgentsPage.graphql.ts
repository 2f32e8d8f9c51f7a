import { gql } from "urql";

export const AgentsPage_Search = gql`
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
`;
