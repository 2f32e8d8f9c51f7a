import { MapperKind, mapSchema } from "@graphql-tools/utils";
import {
  defaultFieldResolver,
  GraphQLObjectType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from "graphql";
import type { SubgraphContext } from "../graphql/context";

/** Federation's own description of the subgraph (its SDL): tooling reads it without a user. */
const ALWAYS_PUBLIC_FIELDS = ["Query._service", "_Service.sdl"];

export interface PublicParts {
  /** "Type.field" pairs an anonymous caller may use, e.g. "Mutation.login". */
  fields?: string[];
  /** Types whose fields are all open, e.g. the payload of login, read as the user who just signed in. */
  types?: string[];
}

type ReferenceResolver = (reference: object, ctx: SubgraphContext, info: GraphQLResolveInfo) => unknown;

/** Where @apollo/subgraph keeps an entity's `__resolveReference`. */
interface EntityExtensions {
  apollo?: { subgraph?: { resolveReference?: ReferenceResolver } };
}

function signedInField(
  resolve: GraphQLFieldResolver<unknown, SubgraphContext>,
): GraphQLFieldResolver<unknown, SubgraphContext> {
  return (source, args, ctx, info) => {
    ctx.viewer.requireSignedIn();
    return resolve(source, args, ctx, info);
  };
}

function signedInReference(resolve: ReferenceResolver): ReferenceResolver {
  return (reference, ctx, info) => {
    ctx.viewer.requireSignedIn();
    return resolve(reference, ctx, info);
  };
}

function guardEntity(type: GraphQLObjectType): GraphQLObjectType {
  const config = type.toConfig();
  const extensions = config.extensions as EntityExtensions;
  const subgraph = extensions.apollo?.subgraph;
  if (!subgraph?.resolveReference) return type;
  return new GraphQLObjectType({
    ...config,
    extensions: {
      ...extensions,
      apollo: {
        ...extensions.apollo,
        subgraph: { ...subgraph, resolveReference: signedInReference(subgraph.resolveReference) },
      },
    },
  });
}

/**
 * Deny by default: every field of every type, and every entity the gateway looks up by key (`_entities` →
 * `__resolveReference`), needs a signed-in viewer, except the public parts a subgraph names. Wrapping the
 * built schema once means a resolver added later cannot forget the check; an anonymous caller gets
 * UNAUTHENTICATED. What a signed-in viewer may see is the resolvers' business (their scope rules).
 */
export function requireSignInEverywhere(schema: GraphQLSchema, open: PublicParts = {}): GraphQLSchema {
  const publicFields = new Set([...ALWAYS_PUBLIC_FIELDS, ...(open.fields ?? [])]);
  const publicTypes = new Set(open.types ?? []);
  return mapSchema(schema, {
    [MapperKind.OBJECT_TYPE]: guardEntity,
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      if (publicTypes.has(typeName) || publicFields.has(`${typeName}.${fieldName}`)) return field;
      return { ...field, resolve: signedInField(field.resolve ?? defaultFieldResolver) };
    },
  });
}
