import { graphql } from "../../graphql/graphql";

export const MouFormPage_Mou = graphql(`
  query MouFormPage_Mou($id: ID!) {
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
`);

const MouFormPage_Saved = graphql(`
  fragment MouFormPage_Saved on Mou {
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
    }
    chapter {
      id
      name
    }
  }
`);

export const MouFormPage_Create = graphql(
  `
    mutation MouFormPage_Create($input: CreateMouInput!) {
      createMou(input: $input) {
        mou {
          id
          ...MouFormPage_Saved
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `,
  [MouFormPage_Saved],
);

export const MouFormPage_Update = graphql(
  `
    mutation MouFormPage_Update($input: UpdateMouInput!) {
      updateMou(input: $input) {
        mou {
          id
          ...MouFormPage_Saved
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `,
  [MouFormPage_Saved],
);
