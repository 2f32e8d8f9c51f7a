import { graphql } from "../../graphql/graphql";

export const AppointAgentPage_Appoint = graphql(`
  mutation AppointAgentPage_Appoint($input: AppointAgentInput!) {
    appointAgent(input: $input) {
      agent {
        id
        agentNumber
        name
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
