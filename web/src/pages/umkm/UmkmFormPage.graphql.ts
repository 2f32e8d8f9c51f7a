import { graphql } from "../../graphql/graphql";

export const UmkmFormPage_Fields = graphql(`
  fragment UmkmFormPage_Fields on Umkm {
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
  }
`);

export const UmkmFormPage_Umkm = graphql(
  `
    query UmkmFormPage_Umkm($id: ID!) {
      umkm(id: $id) {
        ...UmkmFormPage_Fields
      }
      umkmSectors
    }
  `,
  [UmkmFormPage_Fields],
);

export const UmkmFormPage_Sectors = graphql(`
  query UmkmFormPage_Sectors {
    umkmSectors
  }
`);

export const UmkmFormPage_Villages = graphql(`
  query UmkmFormPage_Villages($code: String!) {
    region(code: $code) {
      code
      children(first: 100) {
        nodes {
          code
          name
        }
      }
    }
  }
`);

export const UmkmFormPage_Create = graphql(
  `
    mutation UmkmFormPage_Create($input: CreateUmkmInput!) {
      createUmkm(input: $input) {
        umkm {
          ...UmkmFormPage_Fields
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `,
  [UmkmFormPage_Fields],
);

export const UmkmFormPage_Update = graphql(
  `
    mutation UmkmFormPage_Update($input: UpdateUmkmInput!) {
      updateUmkm(input: $input) {
        umkm {
          ...UmkmFormPage_Fields
        }
        userErrors {
          field
          message
          code
        }
      }
    }
  `,
  [UmkmFormPage_Fields],
);
