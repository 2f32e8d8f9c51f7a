import { graphql } from "../../graphql/graphql";

/**
 * Every office the viewer may see with its counts, 100 a page: the whole demo tree (80 offices) is one request,
 * a national one (~1,000) ten; the counts are batched on the server (one statement per field per page).
 */
export const NetworkPage_Offices = graphql(`
  query NetworkPage_Offices($first: Int!, $after: String) {
    perisaiOffices(first: $first, after: $after, sortKey: NAME) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        status
        parent {
          id
        }
        region {
          code
          name
        }
        agentsTotal: agentCount
        agentsActive: agentCount(status: ACTIVE)
        coverage {
          participantsActive
          participantsTotal
        }
      }
    }
  }
`);

/** One page of an office's agents, loaded when the office is expanded in the tree. */
export const NetworkPage_OfficeAgents = graphql(`
  query NetworkPage_OfficeAgents($officeId: ID!, $first: Int!, $after: String) {
    perisaiOffice(id: $officeId) {
      id
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
          coverage {
            participantsActive
            participantsTotal
          }
        }
      }
    }
  }
`);

/** Agents whose name or number matches the search, with their office so the tree can open the way to them. */
export const NetworkPage_AgentSearch = graphql(`
  query NetworkPage_AgentSearch($search: String!, $first: Int!) {
    agents(filter: { search: $search }, first: $first) {
      totalCount
      nodes {
        id
        agentNumber
        name
        status
        office {
          id
        }
        coverage {
          participantsActive
          participantsTotal
        }
      }
    }
  }
`);

/** The selected agent, for the details beside the tree (also when it is not on a loaded page). */
export const NetworkPage_SelectedAgent = graphql(`
  query NetworkPage_SelectedAgent($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Agent {
        agentNumber
        name
        status
        office {
          id
        }
        coverage {
          participantsActive
          participantsTotal
        }
      }
    }
  }
`);
