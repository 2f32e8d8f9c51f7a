import { graphql } from "../../graphql/graphql";

export const OfficesPage_List = graphql(`
  query OfficesPage_List(
    $filter: PerisaiOfficeFilter
    $sortKey: PerisaiOfficeSortKey!
    $reverse: Boolean!
    $first: Int!
    $after: String
  ) {
    perisaiOffices(filter: $filter, sortKey: $sortKey, reverse: $reverse, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        status
        pioneer
        establishedOn
        monthlyTarget
        address
        region {
          code
          name
        }
        parent {
          id
          name
        }
        hostChapter {
          id
          name
          coordinatorName
        }
        supervisingBranch {
          id
          name
        }
        mou {
          id
          number
        }
        agentCount
        activeAgentCount: agentCount(status: ACTIVE)
        coverage {
          participantsActive
          participantsTotal
          contributionsTotal
        }
      }
    }
  }
`);
