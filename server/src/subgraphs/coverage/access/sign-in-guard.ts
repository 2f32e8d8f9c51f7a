import { defaultFieldResolver, isObjectType, type GraphQLSchema } from "graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import {
  buildFederatedSchema,
  type FederatedSchemaOptions,
  type ReferenceResolvers,
} from "../../../shared/graphql/federation";

/** The subgraph's SDL stays readable without a token: it describes the API, not its data. */
const PUBLIC_FIELDS = new Set(["Query._service", "_Service.sdl"]);

/**
 * Nothing in coverage is public: every field, at the root or nested in an entity another subgraph owns, and
 * every entity reference needs a signed-in viewer. Applied here to the whole schema, so a resolver added
 * later cannot forget it; the scope of what a signed-in viewer sees is the resolvers' business.
 */
export async function buildSignedInSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildFederatedSchema({ ...options, references: signedInReferences(options.references ?? {}) });
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (PUBLIC_FIELDS.has(`${type.name}.${field.name}`)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx: SubgraphContext, info) => {
        ctx.viewer.requireSignedIn();
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}

function signedInReferences(references: ReferenceResolvers): ReferenceResolvers {
  const guarded: ReferenceResolvers = {};
  for (const [typeName, { __resolveReference: resolveReference }] of Object.entries(references)) {
    guarded[typeName] = {
      __resolveReference: (reference: never, ctx: SubgraphContext) => {
        ctx.viewer.requireSignedIn();
        return resolveReference(reference, ctx as never);
      },
    };
  }
  return guarded;
}
