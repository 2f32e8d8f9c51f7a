import { graphql } from "../../graphql/graphql";

/** One agent's statement for a month (in one office when the link names it), with the scheme it was worked by. */
export const StatementPage_Statement = graphql(`
  query StatementPage_Statement($filter: CommissionStatementFilter!) {
    commissionStatements(filter: $filter, first: 10) {
      nodes {
        id
        month
        closedAt
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
        newParticipantsCount
        incentive
        bonus
        total
        agentShare
        officeShare
        scheme {
          id
          incentiveRate
          bonusAmount
          bonusThreshold
          agentShare
          validFrom
          validTo
          legalBasis
        }
      }
    }
  }
`);

/** The contributions a statement counted, page by page. */
export const StatementPage_Contributions = graphql(`
  query StatementPage_Contributions($filter: CommissionStatementFilter!, $first: Int!, $after: String) {
    commissionStatements(filter: $filter, first: 1) {
      nodes {
        id
        contributions(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            period
            total
            paidOn
            participant {
              id
              name
              kpjNumber
            }
          }
        }
      }
    }
  }
`);

/** The participants a statement counted for the acquisition bonus, page by page. */
export const StatementPage_NewParticipants = graphql(`
  query StatementPage_NewParticipants($filter: CommissionStatementFilter!, $first: Int!, $after: String) {
    commissionStatements(filter: $filter, first: 1) {
      nodes {
        id
        newParticipants(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            name
            kpjNumber
            registeredOn
          }
        }
      }
    }
  }
`);
