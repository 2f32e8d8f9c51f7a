import { graphql } from "../../graphql/graphql";

export const RegionPage_Region = graphql(`
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
    activeAgents: agents(first: 1, filter: { regionCode: $code, status: ACTIVE }) {
      totalCount
    }
    perisaiOffices(first: 20, filter: { regionCode: $code }, sortKey: NAME) {
      totalCount
      nodes {
        id
        name
        pioneer
        establishedOn
        region {
          code
          name
        }
        agentCount(status: ACTIVE)
      }
    }
    agents(first: 20, filter: { regionCode: $code }, sortKey: AGENT_NUMBER) {
      totalCount
      nodes {
        id
        agentNumber
        name
        status
        office {
          id
          name
        }
      }
    }
  }
`);
