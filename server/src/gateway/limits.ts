import {
  getNamedType,
  isCompositeType,
  Kind,
  Lexer,
  SchemaMetaFieldDef,
  Source,
  TokenKind,
  TypeMetaFieldDef,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * What one operation may ask of the gateway; anything above is refused before a subgraph is called. The
 * example operations of every subgraph reach depth 6, 4 aliases and a cost of about 1,000; the limits leave
 * room for real screens several times that size and refuse what only a script would send.
 */
export const OPERATION_LIMITS = {
  /** Nested fields, the root field being level 1: three connections deep, through `edges { node }`, is 10. */
  maxDepth: 12,
  /** Aliased fields: a screen aliases a few fields; hundreds of aliases multiply one expensive field. */
  maxAliases: 30,
  /** Lexical tokens of the whole document (the playground sends a whole tab): the largest example file has 852. */
  maxTokens: 3_000,
  /**
   * Static cost (see measureOperation): a page of 100 whose items each hold a page of 100 with three fields
   * costs 40,201 and passes; a third page of 100 inside them costs millions and does not.
   */
  maxCost: 50_000,
  /** The page size a connection returns when the query gives no `first` (the subgraphs' default). */
  defaultPageSize: 20,
} as const;

export interface OperationMeasure {
  /**
   * Deepest chain of nested fields; fragments add the depth of their fields, not a level of their own, and
   * introspection (`__schema`, `__type`) counts as one level.
   */
  depth: number;
  /** Aliased fields, with each fragment counted as often as it is spread. */
  aliases: number;
  /** Every field costs 1; a connection (a field with a `first` argument) multiplies what it selects by its page size. */
  cost: number;
}

interface MeasureInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables?: Record<string, unknown>;
}

const NOTHING: OperationMeasure = { depth: 0, aliases: 0, cost: 0 };

/**
 * Measures one operation of a parsed (and validated) document in a single pass. A fragment is measured once
 * and reused at each spread, so a document that spreads fragments exponentially costs linear time here.
 */
export function measureOperation({ schema, operation, fragments, variables = {} }: MeasureInput): OperationMeasure {
  const measured = new Map<string, OperationMeasure>();
  const visiting = new Set<string>();

  function fragment(name: string): OperationMeasure {
    const known = measured.get(name);
    if (known) return known;
    const definition = fragments[name];
    // A fragment that spreads itself is refused by validation; here it only must not loop forever.
    if (!definition || visiting.has(name)) return NOTHING;
    visiting.add(name);
    const result = selectionSet(definition.selectionSet, typeNamed(definition.typeCondition.name.value));
    visiting.delete(name);
    measured.set(name, result);
    return result;
  }

  function selectionSet(set: SelectionSetNode, parent: GraphQLCompositeType | undefined): OperationMeasure {
    let depth = 0;
    let aliases = 0;
    let cost = 0;
    for (const selection of set.selections) {
      const part =
        selection.kind === Kind.FIELD
          ? field(selection, parent)
          : selection.kind === Kind.INLINE_FRAGMENT
            ? selectionSet(
                selection.selectionSet,
                selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : parent,
              )
            : fragment(selection.name.value);
      depth = Math.max(depth, part.depth);
      aliases += part.aliases;
      cost += part.cost;
    }
    return { depth, aliases, cost };
  }

  function field(node: FieldNode, parent: GraphQLCompositeType | undefined): OperationMeasure {
    const definition = fieldDefinition(schema, parent, node.name.value);
    const below = node.selectionSet ? selectionSet(node.selectionSet, childType(definition)) : NOTHING;
    return {
      // graphql-js already bounds how deep introspection may nest its lists (MaxIntrospectionDepthRule), and the
      // standard introspection query of the playground is 15 levels deep: it counts as one level here.
      depth: isIntrospection(node) ? 1 : 1 + below.depth,
      aliases: (node.alias ? 1 : 0) + below.aliases,
      cost: 1 + pageSize(node, definition) * below.cost,
    };
  }

  function pageSize(node: FieldNode, definition: GraphQLField<unknown, unknown> | undefined): number {
    if (!definition?.args.some((argument) => argument.name === "first")) return 1;
    const argument = node.arguments?.find((candidate) => candidate.name.value === "first");
    const value = argument ? valueFromASTUntyped(argument.value, variablesWithDefaults) : undefined;
    return typeof value === "number" && Number.isFinite(value) ? Math.max(value, 0) : OPERATION_LIMITS.defaultPageSize;
  }

  function typeNamed(name: string): GraphQLCompositeType | undefined {
    const type = schema.getType(name);
    return type && isCompositeType(type) ? type : undefined;
  }

  const variablesWithDefaults = { ...defaultsOf(operation), ...variables };
  return selectionSet(operation.selectionSet, rootType(schema, operation));
}

function defaultsOf(operation: OperationDefinitionNode): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) {
      defaults[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
    }
  }
  return defaults;
}

function isIntrospection(node: FieldNode): boolean {
  return node.name.value === SchemaMetaFieldDef.name || node.name.value === TypeMetaFieldDef.name;
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLCompositeType | undefined {
  return schema.getRootType(operation.operation) ?? undefined;
}

function fieldDefinition(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && parent === schema.getQueryType()) return TypeMetaFieldDef;
  if (!parent || !("getFields" in parent)) return undefined;
  return parent.getFields()[name];
}

function childType(definition: GraphQLField<unknown, unknown> | undefined): GraphQLCompositeType | undefined {
  const type = definition && getNamedType(definition.type);
  return type && isCompositeType(type) ? type : undefined;
}

/** Tokens in a document, as the parser counts them (comments excluded), counting no further than `cap`. */
export function countTokens(body: string, cap: number): number {
  const lexer = new Lexer(new Source(body));
  let count = 0;
  while (count < cap && lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}
