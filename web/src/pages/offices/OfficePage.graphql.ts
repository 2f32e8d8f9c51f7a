import { graphql } from "../../graphql/graphql";

export const OfficePage_Office = graphql(`
  query OfficePage_Office($id: ID!) {
    perisaiOffice(id: $id) {
      id
      version
      name
      status
      pioneer
      monthlyTarget
      establishedOn
      address
      createdAt
      updatedAt
      ancestors {
        id
        name
      }
      parent {
        id
        name
      }
      region {
        code
        name
        level
      }
      hostChapter {
        id
        name
        coordinatorName
      }
      supervisingBranch {
        id
        name
        headName
      }
      mou {
        id
        number
        title
        signedOn
        place
      }
      agentCount
      activeAgentCount: agentCount(status: ACTIVE)
      children(first: 100) {
        totalCount
        nodes {
          id
          name
          status
          region {
            code
            name
          }
          agentCount
        }
      }
      agents(first: 20) {
        totalCount
        nodes {
          id
          agentNumber
          name
          status
          appointedOn
        }
      }
    }
  }
`);

/** Coverage comes from another subgraph: asked apart, so the office still shows when it is unavailable. */
export const OfficePage_Coverage = graphql(`
  query OfficePage_Coverage($id: ID!) {
    perisaiOffice(id: $id) {
      id
      coverage {
        participantsActive
        participantsTotal
        contributionsTotal
        contributionsCount
        lastPeriod
      }
    }
    monthlyTotals(filter: { officeId: $id }) {
      period
      enrolments
      contributionsTotal
      contributionsCount
    }
  }
`);
