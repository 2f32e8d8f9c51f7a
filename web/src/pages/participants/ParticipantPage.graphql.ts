import { graphql } from "../../graphql/graphql";

export const ParticipantPage_Participant = graphql(`
  query ParticipantPage_Participant($id: ID!) {
    participant(id: $id) {
      id
      kpjNumber
      name
      nik
      birthDate
      sex
      phone
      status
      registeredOn
      programs
      declaredIncome
      kecamatan {
        code
        name
      }
      umkm {
        id
        businessName
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
      monthlyContribution {
        jkk
        jkm
        jht
        total
      }
    }
  }
`);

export const ParticipantPage_Contributions = graphql(`
  query ParticipantPage_Contributions($participantId: ID!, $first: Int!, $after: String) {
    contributions(
      filter: { participantId: $participantId }
      sortKey: PERIOD
      reverse: true
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        period
        jkk
        jkm
        jht
        total
        paidOn
        dueOn
      }
    }
  }
`);

/** What one month costs this participant, by the rules in force on the first day of the month. */
export const ParticipantPage_Due = graphql(`
  query ParticipantPage_Due($id: ID!, $onDate: Date!) {
    participant(id: $id) {
      id
      monthlyContribution(onDate: $onDate) {
        jkk
        jkm
        jht
        total
      }
    }
  }
`);

export const ParticipantPage_Record = graphql(`
  mutation ParticipantPage_Record($input: RecordContributionInput!) {
    recordContribution(input: $input) {
      duplicate
      contribution {
        id
        period
        total
        paidOn
        participant {
          id
        }
        agent {
          id
        }
        office {
          id
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

export const ParticipantPage_Reveal = graphql(`
  mutation ParticipantPage_Reveal($input: RevealParticipantInput!) {
    revealParticipant(input: $input) {
      nik
      phone
      birthDate
      userErrors {
        field
        message
        code
      }
    }
  }
`);
