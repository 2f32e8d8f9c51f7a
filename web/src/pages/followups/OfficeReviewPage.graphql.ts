import { graphql } from "../../graphql/graphql";

export const OfficeReviewPage_List = graphql(`
  query OfficeReviewPage_List($first: Int!, $after: String) {
    officeReviewList(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        monthsUnderMinimum
        office {
          id
          name
          region {
            code
            name
          }
        }
        months {
          month
          monthlyTarget
          minimum
          enrolments
        }
        rule {
          validFrom
          reviewMonths
        }
      }
    }
  }
`);
