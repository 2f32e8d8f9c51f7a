import { graphql } from "../../graphql/graphql";

export const TerminationProposalsPage_List = graphql(`
  query TerminationProposalsPage_List($filter: TerminationProposalFilter, $first: Int!, $after: String) {
    terminationProposals(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        agentNumber
        countingFrom
        months {
          month
          newParticipants
          contributions
        }
        rule {
          validFrom
          inactiveMonths
        }
        agent {
          id
          name
          version
        }
        office {
          id
          name
        }
      }
    }
  }
`);

export const TerminationProposalsPage_OfficeName = graphql(`
  query TerminationProposalsPage_OfficeName($officeId: ID!) {
    perisaiOffice(id: $officeId) {
      id
      name
    }
  }
`);

export const TerminationProposalsPage_Decide = graphql(`
  mutation TerminationProposalsPage_Decide($input: DecideTerminationProposalInput!) {
    decideTerminationProposal(input: $input) {
      agent {
        id
        status
        version
      }
      decision {
        id
        decision
        reason
        decidedOn
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
