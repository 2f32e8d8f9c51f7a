import {
  buildSchema,
  getIntrospectionQuery,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from "graphql";
import { describe, expect, it } from "vitest";
import { measureOperation, OPERATION_LIMITS } from "./limits";
import { exceededLimit } from "./operation-limits";

const schema = buildSchema(`
  type Query {
    regions(first: Int, search: String): RegionConnection!
    region(code: String!): Region
    node(id: ID!): Node
  }
  interface Node { id: ID! }
  type Region implements Node {
    id: ID!
    name: String!
    children(first: Int): RegionConnection!
    agents(first: Int): AgentConnection!
    coverage: Coverage
    parent: Region
  }
  type Agent implements Node { id: ID! name: String! }
  type Coverage { enrolled: Int! target: Int! }
  type RegionConnection { nodes: [Region!]! edges: [RegionEdge!]! totalCount: Int! }
  type RegionEdge { node: Region! cursor: String! }
  type AgentConnection { nodes: [Agent!]! totalCount: Int! }
`);

function measure(source: string, variables?: Record<string, unknown>, operationName?: string) {
  const document = parse(source);
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operations.find((candidate) => !operationName || candidate.name?.value === operationName)!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((definition) => [definition.name.value, definition]),
  );
  return measureOperation({ schema, operation, fragments, variables });
}

/** `region { parent { parent { … name } } }`, `levels` fields deep. */
function nested(levels: number): string {
  return `{ region(code: "21") { ${"parent { ".repeat(levels - 2)}name${" }".repeat(levels - 2)} } }`;
}

describe("depth", () => {
  it("counts nested fields, the root field being level 1", () => {
    expect(measure(`{ region(code: "21") { name } }`).depth).toBe(2);
    expect(measure(`{ regions { edges { node { coverage { enrolled } } } } }`).depth).toBe(5);
    expect(measure(nested(20)).depth).toBe(20);
  });

  it("adds the depth of named and inline fragments where they are spread, not a level of their own", () => {
    const query = `
      { node(id: "x") { ... on Region { ...Children } } }
      fragment Children on Region { children { nodes { ...Coverage } } }
      fragment Coverage on Region { coverage { enrolled } }`;
    expect(measure(query).depth).toBe(5);
  });

  it("refuses a query 20 levels deep and names the limit and the depth", () => {
    const error = exceededLimit(measure(nested(20)));
    expect(error?.extensions.code).toBe("QUERY_TOO_DEEP");
    expect(error?.message).toMatch(/20 levels deep; the limit is 12/);
    expect(exceededLimit(measure(nested(OPERATION_LIMITS.maxDepth)))).toBeUndefined();
  });

  it("lets the standard introspection query of the playground through", () => {
    expect(exceededLimit(measure(getIntrospectionQuery()))).toBeUndefined();
  });
});

describe("aliases", () => {
  it("counts aliased fields, once for each time their fragment is spread", () => {
    expect(measure(`{ a: region(code: "1") { name } b: region(code: "2") { label: name } }`).aliases).toBe(3);
    const spreadThrice = `
      { x: region(code: "1") { ...Names } y: region(code: "2") { ...Names } region(code: "3") { ...Names } }
      fragment Names on Region { shortName: name fullName: name }`;
    expect(measure(spreadThrice).aliases).toBe(2 + 3 * 2);
  });

  it("refuses 500 aliases and names the limit and the count", () => {
    const query = `{ ${Array.from({ length: 500 }, (_, index) => `a${index}: __typename`).join(" ")} }`;
    const error = exceededLimit(measure(query));
    expect(error?.extensions.code).toBe("TOO_MANY_ALIASES");
    expect(error?.message).toMatch(/500 aliases; the limit is 30/);
  });
});

describe("cost", () => {
  it("multiplies what a connection selects by its page size, 20 when the query gives none", () => {
    expect(measure(`{ region(code: "21") { name coverage { enrolled target } } }`).cost).toBe(5);
    expect(measure(`{ regions { totalCount } }`).cost).toBe(1 + 20 * 1);
    expect(measure(`{ regions(first: 100) { nodes { name children(first: 10) { totalCount } } } }`).cost).toBe(
      1 + 100 * (1 + 1 + (1 + 10 * 1)),
    );
  });

  it("reads the page size from variables, then from the variable's default", () => {
    const query = `query Page($size: Int = 5) { regions(first: $size) { totalCount } }`;
    expect(measure(query).cost).toBe(1 + 5);
    expect(measure(query, { size: 50 }).cost).toBe(1 + 50);
    expect(measure(`query Page($size: Int) { regions(first: $size) { totalCount } }`).cost).toBe(1 + 20);
  });

  it("measures only the operation that runs, with the fragments it uses", () => {
    const document = `
      query Small { region(code: "21") { name } }
      query Large { regions(first: 100) { nodes { ...Agents } } }
      fragment Agents on Region { agents(first: 100) { nodes { name } } }`;
    expect(measure(document, undefined, "Small").cost).toBe(2);
    expect(measure(document, undefined, "Large").cost).toBe(1 + 100 * (1 + (1 + 100 * (1 + 1))));
  });

  it("lets a page of 100 with a nested page of 100 through", () => {
    const query = `{ regions(first: 100) { nodes { children(first: 100) { nodes { id name __typename } } } } }`;
    expect(measure(query).cost).toBe(40_201);
    expect(exceededLimit(measure(query))).toBeUndefined();
  });

  it("refuses three nested full pages and names the limit and the cost", () => {
    const query = `{ regions(first: 100) { nodes { children(first: 100) { nodes { agents(first: 100) { nodes { name } } } } } } }`;
    const error = exceededLimit(measure(query));
    expect(error?.extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(error?.message).toMatch(/costs 2,020,201 .*; the limit is 50,000/);
  });
});

describe("fragments that multiply or loop", () => {
  it("measures fragments that double at every level without expanding them", () => {
    const levels = 40;
    const doubling = Array.from(
      { length: levels },
      (_, index) => `fragment F${index + 1} on Region { a: parent { ...F${index} } b: parent { ...F${index} } }`,
    );
    const query = `{ region(code: "21") { ...F${levels} } } fragment F0 on Region { name } ${doubling.join(" ")}`;
    const started = performance.now();
    const result = measure(query);
    expect(performance.now() - started).toBeLessThan(100);
    expect(result.depth).toBe(levels + 2);
    expect(result.aliases).toBe(2 ** (levels + 1) - 2);
    expect(exceededLimit(result)).toBeDefined();
  });

  it("stops at a fragment that spreads itself (validation refuses it; measuring must still end)", () => {
    const query = `{ region(code: "21") { ...Loop } } fragment Loop on Region { children { nodes { ...Loop } } }`;
    expect(measure(query).depth).toBe(3);
  });
});
