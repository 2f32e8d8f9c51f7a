import { graphql } from "../../graphql/graphql";

export const RegionPicker_Search = graphql(`
  query RegionPicker_Search($search: String!) {
    regions(filter: { search: $search }, first: 50) {
      nodes {
        code
        name
        level
      }
    }
  }
`);

export const RegionPicker_Selected = graphql(`
  query RegionPicker_Selected($code: String!) {
    region(code: $code) {
      code
      name
      level
    }
  }
`);

export const OfficePicker_Search = graphql(`
  query OfficePicker_Search($search: String) {
    perisaiOffices(filter: { search: $search }, first: 100) {
      totalCount
      nodes {
        id
        name
        status
        region {
          code
        }
      }
    }
  }
`);

export const OfficePicker_Selected = graphql(`
  query OfficePicker_Selected($id: ID!) {
    perisaiOffice(id: $id) {
      id
      name
      status
      region {
        code
      }
    }
  }
`);

export const ChapterPicker_Search = graphql(`
  query ChapterPicker_Search($filter: ChapterFilter) {
    chapters(filter: $filter, first: 100) {
      totalCount
      nodes {
        id
        name
        level
      }
    }
  }
`);

export const ChapterPicker_Selected = graphql(`
  query ChapterPicker_Selected($id: ID!) {
    chapter(id: $id) {
      id
      name
      level
    }
  }
`);

export const BranchPicker_List = graphql(`
  query BranchPicker_List {
    cabang: bpjsOffices(filter: { kind: CABANG }, first: 100) {
      nodes {
        id
        name
        kind
      }
    }
    kcp: bpjsOffices(filter: { kind: KCP }, first: 100) {
      nodes {
        id
        name
        kind
      }
    }
  }
`);

export const BpjsOfficePicker_List = graphql(`
  query BpjsOfficePicker_List {
    bpjsOffices(first: 100) {
      totalCount
      nodes {
        id
        name
        kind
      }
    }
  }
`);

export const MouPicker_List = graphql(`
  query MouPicker_List {
    mous(first: 100, sortKey: NUMBER) {
      nodes {
        id
        number
        title
      }
    }
  }
`);
