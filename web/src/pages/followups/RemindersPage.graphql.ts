import { graphql } from "../../graphql/graphql";

/** Participants with a month unpaid past its due date, most overdue first (the server's order). */
export const RemindersPage_List = graphql(`
  query RemindersPage_List($filter: PaymentReminderFilter, $first: Int!, $after: String) {
    paymentReminders(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kpjNumber
        phone
        agent {
          id
          agentNumber
          name
        }
        paymentStatus {
          state
          unpaidMonths
          oldestUnpaidPeriod
          dueOn
        }
      }
    }
  }
`);

/** The names the filter shows for the office and agent ids in the URL. */
export const RemindersPage_FilterNames = graphql(`
  query RemindersPage_FilterNames($officeId: ID!, $agentId: ID!, $withOffice: Boolean!, $withAgent: Boolean!) {
    perisaiOffice(id: $officeId) @include(if: $withOffice) {
      id
      name
    }
    agent(id: $agentId) @include(if: $withAgent) {
      id
      agentNumber
      name
    }
  }
`);

export const AgentPicker_Search = graphql(`
  query AgentPicker_Search($search: String!) {
    agents(filter: { search: $search }, sortKey: AGENT_NUMBER, reverse: false, first: 10) {
      nodes {
        id
        agentNumber
        name
      }
    }
  }
`);
