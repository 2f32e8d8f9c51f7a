import { graphql } from "../../graphql/graphql";

/** The office being edited, or the parent a new office starts from (it inherits region, branch and MoU). */
export const OfficeFormPage_Office = graphql(`
  query OfficeFormPage_Office($id: ID!) {
    perisaiOffice(id: $id) {
      id
      version
      name
      status
      pioneer
      monthlyTarget
      establishedOn
      address
      parent {
        id
        name
      }
      region {
        code
      }
      hostChapter {
        id
        name
      }
      supervisingBranch {
        id
        name
      }
      mou {
        id
        number
      }
    }
  }
`);

const OfficeFormPage_Saved = graphql(`
  fragment OfficeFormPage_Saved on PerisaiOffice {
    id
    version
    name
    status
    pioneer
    monthlyTarget
    establishedOn
    address
    updatedAt
    parent {
      id
      name
    }
    region {
      code
      name
    }
    hostChapter {
      id
      name
    }
    supervisingBranch {
      id
      name
    }
    mou {
      id
      number
    }
  }
`);

export const OfficeFormPage_Create = graphql(
  `
    mutation OfficeFormPage_Create($input: CreatePerisaiOfficeInput!) {
      createPerisaiOffice(input: $input) {
        perisaiOffice {
          id
          ...OfficeFormPage_Saved
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `,
  [OfficeFormPage_Saved],
);

export const OfficeFormPage_Update = graphql(
  `
    mutation OfficeFormPage_Update($input: UpdatePerisaiOfficeInput!) {
      updatePerisaiOffice(input: $input) {
        perisaiOffice {
          id
          ...OfficeFormPage_Saved
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `,
  [OfficeFormPage_Saved],
);

/** After opening a sub-office, a scope-limited user gets a token whose scope includes it. */
export const OfficeFormPage_RefreshSession = graphql(`
  mutation OfficeFormPage_RefreshSession {
    refreshSession {
      token
      expiresAt
    }
  }
`);
