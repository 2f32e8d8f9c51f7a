import { graphql } from "../../graphql/graphql";

/** ACTIVE agents of the offices in the kecamatan's regency, with their territory (to add to it). */
export const AssignAgentDialog_Agents = graphql(`
  query AssignAgentDialog_Agents($filter: AgentFilter!, $first: Int!, $after: String) {
    agents(filter: $filter, sortKey: NAME, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        agentNumber
        name
        version
        office {
          id
          name
        }
        territory {
          code
          name
        }
      }
    }
  }
`);

export const AssignAgentDialog_Update = graphql(`
  mutation AssignAgentDialog_Update($input: UpdateAgentInput!) {
    updateAgent(input: $input) {
      agent {
        id
        version
        office {
          id
        }
        territory {
          code
          name
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
