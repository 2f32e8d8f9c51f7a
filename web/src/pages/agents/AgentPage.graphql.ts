import { graphql } from "../../graphql/graphql";

/** What a lifecycle action, an edit or a transfer changes; each selects it back so graphcache updates the agent. */
export const AgentPage_Changeable = graphql(`
  fragment AgentPage_Changeable on Agent {
    id
    status
    version
    name
    phone
    office {
      id
      name
    }
    territory {
      code
      name
    }
    statusHistory {
      id
      fromStatus
      toStatus
      effectiveOn
      reason
    }
    transfers {
      id
      effectiveOn
      reason
      fromOffice {
        id
        name
      }
      toOffice {
        id
        name
      }
    }
    nextStatuses
  }
`);

export const AgentPage_Agent = graphql(
  `
    query AgentPage_Agent($id: ID!) {
      agent(id: $id) {
        ...AgentPage_Changeable
        agentNumber
        appointedOn
        nik
        office {
          id
          region {
            code
            name
          }
        }
        coverage {
          participantsActive
          participantsTotal
          contributionsTotal
        }
      }
    }
  `,
  [AgentPage_Changeable],
);

export const AgentPage_Activate = graphql(
  `
    mutation AgentPage_Activate($input: AgentStatusChangeInput!) {
      activateAgent(input: $input) {
        agent {
          ...AgentPage_Changeable
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `,
  [AgentPage_Changeable],
);

export const AgentPage_Suspend = graphql(
  `
    mutation AgentPage_Suspend($input: AgentStatusChangeInput!) {
      suspendAgent(input: $input) {
        agent {
          ...AgentPage_Changeable
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `,
  [AgentPage_Changeable],
);

export const AgentPage_Terminate = graphql(
  `
    mutation AgentPage_Terminate($input: AgentStatusChangeInput!) {
      terminateAgent(input: $input) {
        agent {
          ...AgentPage_Changeable
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `,
  [AgentPage_Changeable],
);

export const AgentPage_Update = graphql(
  `
    mutation AgentPage_Update($input: UpdateAgentInput!) {
      updateAgent(input: $input) {
        agent {
          ...AgentPage_Changeable
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `,
  [AgentPage_Changeable],
);

export const AgentPage_Transfer = graphql(
  `
    mutation AgentPage_Transfer($input: TransferAgentInput!) {
      transferAgent(input: $input) {
        agent {
          ...AgentPage_Changeable
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `,
  [AgentPage_Changeable],
);

export const AgentPage_Reveal = graphql(`
  mutation AgentPage_Reveal($input: RevealAgentPersonalDataInput!) {
    revealAgentPersonalData(input: $input) {
      nik
      phone
      userErrors {
        field
        message
        code
      }
    }
  }
`);
