import { describe, expect, it } from "vitest";
import { SubgraphDataSource } from "./gateway";
import { InFlightQueries, queryKey } from "./in-flight";

/** A subgraph that answers after a short pause and counts the fetches it gets. */
function fakeSubgraph() {
  const bodies: string[] = [];
  const fetcher = async (_url: string, init: { body: string }) => {
    bodies.push(init.body);
    await new Promise((resolve) => setTimeout(resolve, 20));
    return new Response(JSON.stringify({ data: { agents: { totalCount: 20_000, nodes: [{ id: "1" }] } } }), {
      headers: { "content-type": "application/json" },
    });
  };
  const source = new SubgraphDataSource(
    "perisai",
    { url: "http://127.0.0.1:1/graphql", fetcher: fetcher as never },
    new InFlightQueries(),
  );
  return { source, bodies };
}

function fetchOf(query: string, authorization = "Bearer a") {
  return {
    // GraphQLDataSourceRequestKind.INCOMING_OPERATION (the enum is not exported from the package root)
    kind: "incoming operation",
    request: { query, variables: { first: 1 } },
    context: { authorization },
    incomingRequestContext: {},
    document: undefined,
  } as never;
}

describe("de-duplication of in-flight subgraph queries", () => {
  it("sends two identical concurrent queries once, and gives each caller its own copy of the answer", async () => {
    const { source, bodies } = fakeSubgraph();
    const query = "query ($first: Int) { agents(first: $first) { totalCount nodes { id } } }";
    const [first, second] = await Promise.all([source.process(fetchOf(query)), source.process(fetchOf(query))]);
    expect(bodies).toHaveLength(1);
    expect(first.data).toEqual(second.data);
    expect(first.data).not.toBe(second.data);
    // Once answered, nothing is cached: the next identical query is fetched again.
    await source.process(fetchOf(query));
    expect(bodies).toHaveLength(2);
  });

  it("does not share a query between different callers", async () => {
    const { source, bodies } = fakeSubgraph();
    const query = "{ agents(first: 1) { totalCount } }";
    await Promise.all([source.process(fetchOf(query, "Bearer a")), source.process(fetchOf(query, "Bearer b"))]);
    expect(bodies).toHaveLength(2);
  });

  it("never shares a mutation", async () => {
    const { source, bodies } = fakeSubgraph();
    const mutation = 'mutation { closeCommissionMonth(input: { month: "2026-10" }) { alreadyClosed } }';
    await Promise.all([source.process(fetchOf(mutation)), source.process(fetchOf(mutation))]);
    expect(bodies).toHaveLength(2);
    expect(queryKey("coverage", { query: `  mutation X { a }` }, undefined)).toBeUndefined();
    expect(queryKey("coverage", { query: "subscription { a }" }, undefined)).toBeUndefined();
  });
});
