import { graphql } from "../../graphql/graphql";

export const OfficeTargetPage_Progress = graphql(`
  query OfficeTargetPage_Progress($officeId: ID!, $from: Month!, $to: Month!) {
    officeTargetProgress(officeId: $officeId, from: $from, to: $to) {
      office {
        id
        name
        monthlyTarget
      }
      months {
        month
        monthlyTarget
        minimum
        targetFrom
        enrolments
        met
        underMinimum
        complete
      }
    }
    officeTargetRules {
      validFrom
      minimumPercent
      reviewMonths
    }
  }
`);

export const OfficeTargetPage_History = graphql(`
  query OfficeTargetPage_History($officeId: ID!) {
    perisaiOffice(id: $officeId) {
      id
      targets {
        id
        validFrom
        monthlyTarget
        minimum
        note
        createdAt
      }
    }
  }
`);

export const OfficeTargetPage_SetTarget = graphql(`
  mutation OfficeTargetPage_SetTarget($input: SetOfficeTargetInput!) {
    setOfficeTarget(input: $input) {
      officeTarget {
        id
        validFrom
        monthlyTarget
        minimum
      }
      perisaiOffice {
        id
        monthlyTarget
        targets {
          id
          validFrom
          monthlyTarget
          minimum
          note
          createdAt
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
