import { graphql } from "../../graphql/graphql";

/** One page of participants; the CSV export runs the same query 100 rows at a time. */
export const ParticipantsPage_List = graphql(`
  query ParticipantsPage_List(
    $filter: ParticipantFilter
    $sortKey: ParticipantSortKey!
    $reverse: Boolean!
    $first: Int!
    $after: String
  ) {
    participants(filter: $filter, sortKey: $sortKey, reverse: $reverse, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kpjNumber
        name
        nik
        phone
        sex
        status
        registeredOn
        programs
        declaredIncome
        kecamatan {
          code
          name
        }
        agent {
          id
          agentNumber
          name
        }
        office {
          id
          name
        }
        umkm {
          id
          businessName
        }
      }
    }
  }
`);

/** The offices and agents the filter offers (the viewer's scope; 80 offices in all, agents of the chosen office). */
export const ParticipantsPage_FilterOptions = graphql(`
  query ParticipantsPage_FilterOptions($agentFilter: AgentFilter) {
    perisaiOffices(first: 100) {
      nodes {
        id
        name
      }
    }
    agents(first: 100, filter: $agentFilter) {
      nodes {
        id
        agentNumber
        name
      }
    }
  }
`);
