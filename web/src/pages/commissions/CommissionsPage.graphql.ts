import { graphql } from "../../graphql/graphql";

/** Who is looking: an agent gets their own statements, the other roles an office of their part of the network. */
export const CommissionsPage_Viewer = graphql(`
  query CommissionsPage_Viewer($withOffices: Boolean!) {
    me {
      id
      role
      office {
        id
      }
      agent {
        id
        agentNumber
        name
      }
    }
    perisaiOffices(first: 100) @include(if: $withOffices) {
      nodes {
        id
        name
        pioneer
      }
    }
  }
`);

/** One office's month (its own agents, as the table lists them) and, beside it, its whole subtree's. */
export const CommissionsPage_OfficeStatement = graphql(`
  query CommissionsPage_OfficeStatement($officeId: ID!, $month: Month!) {
    perisaiOffice(id: $officeId) {
      id
      name
    }
    own: officeCommissionStatement(officeId: $officeId, month: $month, includeSubOffices: false) {
      month
      closed
      agentCount
      contributionsCount
      contributionsTotal
      newParticipantsCount
      incentive
      bonus
      total
      agentShare
      officeShare
    }
    subtree: officeCommissionStatement(officeId: $officeId, month: $month, includeSubOffices: true) {
      month
      officeCount
      closedOfficeCount
      closed
      agentCount
      total
      agentShare
      officeShare
    }
  }
`);

export const CommissionsPage_Statements = graphql(`
  query CommissionsPage_Statements(
    $filter: CommissionStatementFilter
    $sortKey: CommissionStatementSortKey!
    $reverse: Boolean!
    $first: Int!
    $after: String
  ) {
    commissionStatements(filter: $filter, sortKey: $sortKey, reverse: $reverse, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        month
        agent {
          id
          agentNumber
          name
        }
        office {
          id
          name
        }
        contributionsCount
        contributionsTotal
        incentive
        newParticipantsCount
        bonus
        total
        agentShare
        officeShare
      }
    }
  }
`);

export const CommissionsPage_Close = graphql(`
  mutation CommissionsPage_Close($input: CloseCommissionMonthInput!) {
    closeCommissionMonth(input: $input) {
      alreadyClosed
      officeStatement {
        month
        officeCount
        closedOfficeCount
        closed
        agentCount
        total
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
