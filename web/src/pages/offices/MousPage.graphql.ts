import { graphql } from "../../graphql/graphql";

export const MousPage_List = graphql(`
  query MousPage_List($filter: MouFilter, $sortKey: MouSortKey!, $reverse: Boolean!, $first: Int!, $after: String) {
    mous(filter: $filter, sortKey: $sortKey, reverse: $reverse, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        title
        signedOn
        place
        validFrom
        validUntil
        umkmTarget
        active
        bpjsSignatory
        okoceSignatory
        bpjsOffice {
          id
          name
        }
        chapter {
          id
          name
        }
      }
    }
  }
`);
