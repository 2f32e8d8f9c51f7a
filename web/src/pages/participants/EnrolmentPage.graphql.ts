import { graphql } from "../../graphql/graphql";

/** Who enrols: an agent enrols as themself, an office admin through one of the office's agents. */
export const EnrolmentPage_Me = graphql(`
  query EnrolmentPage_Me {
    me {
      id
      role
      agent {
        id
        agentNumber
        name
        status
        office {
          id
          name
        }
      }
    }
  }
`);

export const EnrolmentPage_Agents = graphql(`
  query EnrolmentPage_Agents($search: String) {
    agents(first: 50, filter: { status: ACTIVE, search: $search }) {
      totalCount
      nodes {
        id
        agentNumber
        name
        office {
          id
          name
        }
      }
    }
  }
`);

export const EnrolmentPage_Umkms = graphql(`
  query EnrolmentPage_Umkms($search: String) {
    umkms(first: 25, filter: { search: $search }) {
      totalCount
      nodes {
        id
        businessName
        ownerName
        kecamatan {
          code
          name
        }
      }
    }
  }
`);

export const EnrolmentPage_Kecamatan = graphql(`
  query EnrolmentPage_Kecamatan($parentCode: String!) {
    regions(first: 100, filter: { parentCode: $parentCode, level: DISTRICT }) {
      nodes {
        code
        name
      }
    }
  }
`);

export const EnrolmentPage_Quote = graphql(`
  query EnrolmentPage_Quote($onDate: Date, $programs: [Program!]!, $declaredIncome: Rupiah!) {
    contributionQuote(onDate: $onDate, programs: $programs, declaredIncome: $declaredIncome) {
      jkk
      jkm
      jht
      total
      declaredIncome
      programs
      onDate
      minimumIncome
      meetsMinimumIncome
      dueDay
      rates {
        id
        program
        kind
        value
        validFrom
        validTo
        legalBasis
      }
      policy {
        id
        legalBasis
        validFrom
        validTo
      }
    }
  }
`);

export const EnrolmentPage_Enroll = graphql(`
  mutation EnrolmentPage_Enroll($input: EnrollParticipantInput!) {
    enrollParticipant(input: $input) {
      participant {
        id
        agent {
          id
        }
        office {
          id
        }
        umkm {
          id
        }
        kecamatan {
          code
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

/** /peserta/baru?umkm=<id> (from a prospect list): the UMKM chosen beforehand, its owner as the person. */
export const EnrolmentPage_ChosenUmkm = graphql(`
  query EnrolmentPage_ChosenUmkm($id: ID!) {
    umkm(id: $id) {
      id
      businessName
      ownerName
      kecamatan {
        code
        name
      }
    }
  }
`);
