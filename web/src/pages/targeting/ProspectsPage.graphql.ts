import { graphql } from "../../graphql/graphql";

/** Who is looking: an agent sees their own territory's prospects. */
export const ProspectsPage_Viewer = graphql(`
  query ProspectsPage_Viewer {
    me {
      id
      role
      agent {
        id
        agentNumber
        name
        territory {
          code
          name
        }
      }
    }
  }
`);

/** The offices to choose from (the viewer's own, or every office for national roles). */
export const ProspectsPage_Offices = graphql(`
  query ProspectsPage_Offices {
    perisaiOffices(first: 100, sortKey: NAME) {
      totalCount
      nodes {
        id
        name
        region {
          code
          name
        }
      }
    }
  }
`);

/** The chosen office's active agents, and the chosen agent's office and territory. */
export const ProspectsPage_Choice = graphql(`
  query ProspectsPage_Choice($officeId: ID!, $agentId: ID!, $withOffice: Boolean!, $withAgent: Boolean!) {
    agents(filter: { officeId: $officeId, status: ACTIVE }, sortKey: NAME, first: 100) @include(if: $withOffice) {
      totalCount
      nodes {
        id
        agentNumber
        name
      }
    }
    agent(id: $agentId) @include(if: $withAgent) {
      id
      agentNumber
      name
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
`);

export const ProspectsPage_List = graphql(`
  query ProspectsPage_List($filter: ProspectFilter, $first: Int!, $after: String) {
    prospects(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        umkm {
          id
          businessName
          ownerName
          ownerNik
          phone
          sector
        }
        kecamatan {
          code
          name
        }
      }
    }
  }
`);
