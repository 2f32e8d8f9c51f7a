import { graphql } from "../../graphql/graphql";

export const UmkmListPage_List = graphql(`
  query UmkmListPage_List(
    $filter: UmkmFilter
    $sortKey: UmkmSortKey!
    $reverse: Boolean!
    $first: Int!
    $after: String
  ) {
    umkms(filter: $filter, sortKey: $sortKey, reverse: $reverse, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        businessName
        ownerName
        umkmClass
        sector
        stage
        streetVendor
        workers
        joinedOn
        kecamatan {
          code
          name
        }
        covered
      }
    }
  }
`);

/** The CSV carries every matching row: the registry's own fields, one request per hundred. */
export const UmkmListPage_Export = graphql(`
  query UmkmListPage_Export(
    $filter: UmkmFilter
    $sortKey: UmkmSortKey!
    $reverse: Boolean!
    $first: Int!
    $after: String
  ) {
    umkms(filter: $filter, sortKey: $sortKey, reverse: $reverse, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        businessName
        ownerName
        umkmClass
        sector
        stage
        streetVendor
        workers
        joinedOn
        kecamatan {
          code
          name
        }
        village {
          code
          name
        }
      }
    }
  }
`);

export const UmkmListPage_Sectors = graphql(`
  query UmkmListPage_Sectors {
    umkmSectors
  }
`);

/** The names the filter shows for the region codes in the URL. */
export const UmkmListPage_RegionNames = graphql(`
  query UmkmListPage_RegionNames(
    $regionCode: String!
    $kecamatanCode: String!
    $withRegion: Boolean!
    $withKecamatan: Boolean!
  ) {
    region(code: $regionCode) @include(if: $withRegion) {
      code
      name
    }
    kecamatan: region(code: $kecamatanCode) @include(if: $withKecamatan) {
      code
      name
    }
  }
`);

export const RegionPicker_Search = graphql(`
  query RegionPicker_Search($filter: RegionFilter!) {
    regions(filter: $filter, first: 10) {
      nodes {
        code
        name
        level
        parent {
          code
          name
        }
      }
    }
  }
`);
