import { graphql } from "../../graphql/graphql";

export const UmkmPage_Umkm = graphql(`
  query UmkmPage_Umkm($id: ID!) {
    umkm(id: $id) {
      id
      version
      businessName
      ownerName
      ownerNik
      phone
      umkmClass
      sector
      streetVendor
      workers
      joinedOn
      stage
      businessCapital
      annualSales
      kecamatan {
        code
        name
      }
      village {
        code
        name
      }
      chapter {
        id
        name
      }
      ownerAgent {
        id
        agentNumber
        name
      }
      covered
      participants(first: 20) {
        totalCount
        nodes {
          id
          name
          kpjNumber
          status
          registeredOn
        }
      }
    }
  }
`);

export const UmkmPage_Reveal = graphql(`
  mutation UmkmPage_Reveal($input: RevealUmkmOwnerInput!) {
    revealUmkmOwner(input: $input) {
      ownerNik
      phone
      userErrors {
        field
        message
        code
      }
    }
  }
`);
