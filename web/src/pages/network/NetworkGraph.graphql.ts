import { graphql } from "../../graphql/graphql";

/** Every agent the viewer may see with their participants, for the graph (100 a page). */
export const NetworkGraph_Agents = graphql(`
  query NetworkGraph_Agents($first: Int!, $after: String) {
    agents(first: $first, after: $after) {
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
        office {
          id
        }
        coverage {
          participantsTotal
        }
      }
    }
  }
`);
