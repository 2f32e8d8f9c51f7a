import { graphql } from "../../graphql/graphql";

/** What a lifecycle action changes; every action selects it back so graphcache updates the agent. */
export const AgentPage_AgentStatus = graphql(`
  fragment AgentPage_AgentStatus on Agent {
    id
    status
    version
    statusHistory {
      id
      fromStatus
      toStatus
      effectiveOn
      reason
    }
    nextStatuses
  }
`);

export const AgentPage_Agent = graphql(
  `
    query AgentPage_Agent($id: ID!) {
      agent(id: $id) {
        ...AgentPage_AgentStatus
        agentNumber
        name
        appointedOn
        nik
        phone
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
          participantsTotal
          contributionsTotal
        }
      }
    }
  `,
  [AgentPage_AgentStatus],
);

export const AgentPage_Activate = graphql(
  `
    mutation AgentPage_Activate($input: AgentStatusChangeInput!) {
      activateAgent(input: $input) {
        agent {
          ...AgentPage_AgentStatus
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `,
  [AgentPage_AgentStatus],
);

export const AgentPage_Suspend = graphql(
  `
    mutation AgentPage_Suspend($input: AgentStatusChangeInput!) {
      suspendAgent(input: $input) {
        agent {
          ...AgentPage_AgentStatus
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `,
  [AgentPage_AgentStatus],
);

export const AgentPage_Terminate = graphql(
  `
    mutation AgentPage_Terminate($input: AgentStatusChangeInput!) {
      terminateAgent(input: $input) {
        agent {
          ...AgentPage_AgentStatus
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `,
  [AgentPage_AgentStatus],
);
