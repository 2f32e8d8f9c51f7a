import { buildSubgraphSchema } from "@apollo/subgraph";
import { graphql, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { Role } from "./role";
import { Viewer } from "./viewer";
import { requireSignInEverywhere } from "./sign-in-guard";

const schema = requireSignInEverywhere(
  buildSubgraphSchema({
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Query { umkm: Umkm }
      type Mutation { touch: Boolean }
      type Umkm @key(fields: "id") { id: ID! name: String }
    `),
    resolvers: {
      Query: { umkm: () => ({ id: "1", name: "Warung" }) },
      Mutation: { touch: () => true },
      Umkm: { __resolveReference: (reference: { id: string }) => ({ ...reference, name: "Warung" }) },
    } as never,
  }),
);

const anonymous = { viewer: Viewer.anonymous() };
const analyst = { viewer: Viewer.of({ sub: 1, sid: "s", role: Role.ANALYST, iat: 0, exp: 0 }) };

async function run(source: string, contextValue: object) {
  return graphql({ schema, source, contextValue });
}

const entities = `{ _entities(representations: [{ __typename: "Umkm", id: "1" }]) { ... on Umkm { name } } }`;

describe("requireSignInEverywhere", () => {
  it("refuses anonymous queries, mutations and entity lookups with UNAUTHENTICATED", async () => {
    for (const source of ["{ umkm { name } }", "mutation { touch }", entities]) {
      const result = await run(source, anonymous);
      expect(result.errors?.map((error) => error.extensions.code)).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("refuses an anonymous entity lookup even when called without the _entities field", () => {
    const type = schema.getType("Umkm");
    const extensions = type?.extensions as {
      apollo: { subgraph: { resolveReference: (reference: object, ctx: object, info: object) => unknown } };
    };
    expect(() => extensions.apollo.subgraph.resolveReference({ id: "1" }, anonymous, {})).toThrow(/Sign in first/);
  });

  it("answers a signed-in viewer as the resolvers do", async () => {
    expect((await run("{ umkm { name } }", analyst)).data).toEqual({ umkm: { name: "Warung" } });
    expect((await run(entities, analyst)).data).toEqual({ _entities: [{ name: "Warung" }] });
  });

  it("keeps federation's _service open, for tools that read the SDL", async () => {
    const result = await run("{ _service { sdl } }", anonymous);
    expect(result.errors).toBeUndefined();
    expect(result.data?._service).toEqual({ sdl: expect.stringContaining("type Umkm") });
  });
});
