import { execute, isObjectType, parse, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../../shared/auth/role";
import { Viewer } from "../../../shared/auth/viewer";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { coverageSubgraph } from "../index";

const anonymous = { viewer: Viewer.anonymous() } as SubgraphContext;
const analyst = {
  viewer: Viewer.of({ sub: 1, sid: "session", role: Role.ANALYST, iat: 0, exp: 1 }),
} as SubgraphContext;

/** Where @apollo/subgraph keeps an entity type's __resolveReference. */
interface ReferenceExtensions {
  apollo?: { subgraph?: { resolveReference?: (reference: object, context: SubgraphContext) => unknown } };
}

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return "no error";
}

describe("the coverage subgraph without a token", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await coverageSubgraph.buildSchema();
  });

  it("refuses every field of every type, root or nested, except the SDL", () => {
    const open: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        const code = codeOf(() => field.resolve!({}, {}, anonymous, {} as GraphQLResolveInfo));
        if (code !== "UNAUTHENTICATED") open.push(`${type.name}.${field.name}`);
      }
    }
    expect(open).toEqual(["Query._service", "_Service.sdl"]);
  });

  it("refuses every entity reference", () => {
    const references = Object.values(schema.getTypeMap()).flatMap((type) => {
      const resolve = (type.extensions as ReferenceExtensions).apollo?.subgraph?.resolveReference;
      return resolve ? [[type.name, resolve] as const] : [];
    });
    expect(references.map(([name]) => name).sort()).toEqual([
      "Agent",
      "Contribution",
      "ContributionPolicy",
      "ContributionRate",
      "Participant",
      "PerisaiOffice",
      "Region",
      "RegionTarget",
      "Umkm",
    ]);
    for (const [, resolve] of references) {
      expect(codeOf(() => resolve({ id: "UGFydGljaXBhbnQ6MQ" }, anonymous))).toBe("UNAUTHENTICATED");
    }
  });

  it("answers `_entities` with UNAUTHENTICATED and still prints its SDL", async () => {
    const entities = await execute({
      schema,
      document: parse(
        '{ _entities(representations: [{ __typename: "Participant", id: "UGFydGljaXBhbnQ6MQ" }]) { __typename } }',
      ),
      contextValue: anonymous,
    });
    expect(entities.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const service = await execute({ schema, document: parse("{ _service { sdl } }"), contextValue: anonymous });
    expect(service.errors).toBeUndefined();
    expect((service.data as { _service: { sdl: string } })._service.sdl).toContain("type Participant");
  });

  it("lets a signed-in viewer through to the resolver", () => {
    const total = schema.getType("ContributionQuote");
    const field = isObjectType(total) ? total.getFields().total : undefined;
    expect(field?.resolve!({ total: 16_800 }, {}, analyst, { fieldName: "total" } as GraphQLResolveInfo)).toBe(16_800);
  });
});
