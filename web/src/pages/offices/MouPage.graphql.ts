import { graphql } from "../../graphql/graphql";

export const MouPage_Mou = graphql(`
  query MouPage_Mou($id: ID!) {
    mou(id: $id) {
      id
      version
      number
      title
      signedOn
      place
      bpjsSignatory
      bpjsSignatoryTitle
      okoceSignatory
      okoceSignatoryTitle
      scope
      validFrom
      validUntil
      umkmTarget
      active
      updatedAt
      bpjsOffice {
        id
        name
        headName
        region {
          code
          name
        }
      }
      chapter {
        id
        name
        brand
        coordinatorName
        region {
          code
          name
        }
      }
      perisaiOffices(first: 100) {
        totalCount
        nodes {
          id
          name
          status
          pioneer
          region {
            code
            name
          }
          agentCount
        }
      }
    }
  }
`);
