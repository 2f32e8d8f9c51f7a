import { describe, expect, it } from "vitest";
import { isBulkImportRequest } from "./json-body";

describe("isBulkImportRequest", () => {
  it("accepts a mutation selecting only import fields, aliased or not", () => {
    expect(
      isBulkImportRequest({ query: "mutation ($i: UmkmImportInput!) { validateUmkmImport(input: $i) { rowCount } }" }),
    ).toBe(true);
    expect(
      isBulkImportRequest({ query: 'mutation { a: startAgentImport(input: {csv: ""}) { userErrors { code } } }' }),
    ).toBe(true);
  });

  it("refuses queries, other mutations beside an import, fragments at the root and garbage", () => {
    expect(isBulkImportRequest({ query: "query { validateUmkmImport { rowCount } }" })).toBe(false);
    expect(
      isBulkImportRequest({
        query:
          "mutation { startUmkmImport(input: $i) { userErrors { code } } createUmkm(input: $x) { userErrors { code } } }",
      }),
    ).toBe(false);
    expect(
      isBulkImportRequest({
        query: "mutation { ...F } fragment F on Mutation { startUmkmImport { userErrors { code } } }",
      }),
    ).toBe(false);
    expect(isBulkImportRequest({ query: "mutation {" })).toBe(false);
    expect(isBulkImportRequest({})).toBe(false);
    expect(isBulkImportRequest(null)).toBe(false);
  });

  it("picks the named operation of a document with several", () => {
    const query = "mutation A { startUmkmImport(input: $i) { userErrors { code } } } query B { me { id } }";
    expect(isBulkImportRequest({ query, operationName: "A" })).toBe(true);
    expect(isBulkImportRequest({ query, operationName: "B" })).toBe(false);
    expect(isBulkImportRequest({ query })).toBe(false);
  });
});
