import { defaultFieldResolver, isObjectType, type GraphQLSchema } from "graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";

/**
 * Fields an anonymous caller may use: signing in, `me` (null when anonymous) and the subgraph's SDL for the
 * router. Everything else is denied by default, so a field added later is guarded without anyone thinking of it.
 */
const PUBLIC_FIELDS = new Set(["Query.me", "Query._service", "Mutation.login"]);

/** What the login payload holds: the caller has just proven who they are, with this very request. */
const PUBLIC_TYPES = new Set(["LoginPayload", "UserAccount", "UserError", "_Service"]);

/**
 * The one sign-in check of the perisai subgraph: every field of every object type (root fields, `_entities`,
 * entity fields) answers UNAUTHENTICATED to an anonymous caller, except the public ones above.
 */
export function requireSignInEverywhere(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || PUBLIC_TYPES.has(type.name)) continue;
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
