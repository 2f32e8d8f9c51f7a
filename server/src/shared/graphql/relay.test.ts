import { parse, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { selects, selectsOnly } from "./relay";

/** The resolve info of the first field of a document, as far as selects() reads it. */
function infoOf(document: string): GraphQLResolveInfo {
  const operation = parse(document).definitions[0] as OperationDefinitionNode;
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode] } as unknown as GraphQLResolveInfo;
}

describe("what a connection field asks for", () => {
  it("counts a totalCount inside a fragment as asked for", () => {
    const info = infoOf(`{ agents(first: 1) { ...Total } } fragment Total on AgentConnection { totalCount }`);
    expect(selects(info, "totalCount")).toBe(true);
    expect(selectsOnly(info, "totalCount")).toBe(false);
  });

  it("reads no rows for a bare totalCount, and does for anything beside it", () => {
    expect(selectsOnly(infoOf(`{ agents(first: 1) { __typename totalCount } }`), "totalCount")).toBe(true);
    expect(selectsOnly(infoOf(`{ agents(first: 1) { totalCount nodes { id } } }`), "totalCount")).toBe(false);
    expect(selects(infoOf(`{ agents(first: 1) { nodes { id } } }`), "totalCount")).toBe(false);
  });
});
