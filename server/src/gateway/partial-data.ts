import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type SelectionSetNode,
} from "graphql";
import type { GatewayContext } from "./gateway";

/** A response path as the query plan writes it: response names, with "@" for "each item of this list". */
export type FieldPattern = readonly string[];

type ResponsePath = (string | number)[];

const EACH_ITEM = "@";

function unavailable(where: string): string {
  return `Data for ${where} is unavailable right now; try again later`;
}

function dotted(pattern: FieldPattern): string {
  return pattern.filter((segment) => segment !== EACH_ITEM).join(".");
}

/**
 * A subgraph could not answer one fetch of the query plan. The gateway reports it without a path, so the
 * error carries the fields that fetch would have filled; once the response is shaped, `errorsIn` turns them
 * into one error per field left null, with its path, like an error from the field's own resolver.
 */
export class FieldsUnavailableError extends GraphQLError {
  constructor(readonly fields: FieldPattern[]) {
    super(unavailable(fields.length ? fields.map(dotted).join(", ") : "this request"), {
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  }

  errorsIn(data: unknown): GraphQLFormattedError[] {
    const errors = this.fields.flatMap((pattern): { message: string; path?: ResponsePath }[] => {
      const { nulls, blocked } = nullsAlong(data, pattern);
      if (nulls.length) return nulls.map((path) => ({ message: unavailable(path.join(".")), path }));
      // An ancestor is null: the missing field took it along (null propagation), or the data never got there.
      if (!blocked) return [];
      const exact = !pattern.includes(EACH_ITEM);
      return [{ message: unavailable(dotted(pattern)), ...(exact ? { path: [...pattern] } : {}) }];
    });
    const found = errors.length ? errors : [{ message: this.message }];
    return found.map((error): GraphQLFormattedError => ({ ...error, extensions: { code: "SERVICE_UNAVAILABLE" } }));
  }
}

/** The fields a subgraph operation fills at `at` in the response: its root fields, or those of its entities. */
export function fieldsFilledBy(query: string, at: readonly (string | number)[] = []): FieldPattern[] {
  const document = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return [];
  const entities = operation.selectionSet.selections.find(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === "_entities",
  );
  const filled =
    entities?.kind === Kind.FIELD && entities.selectionSet ? entities.selectionSet : operation.selectionSet;
  const prefix = at.map(String);
  return responseNames(filled, fragments).map((name) => [...prefix, name]);
}

function responseNames(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): string[] {
  const names = new Set<string>();
  const visit = (selections: SelectionSetNode, seen: Set<string>) => {
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== "__typename") names.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (fragments[selection.name.value] && !seen.has(selection.name.value)) {
        visit(fragments[selection.name.value].selectionSet, new Set(seen).add(selection.name.value));
      }
    }
  };
  visit(set, new Set());
  return [...names];
}

/**
 * Where the response has null for a field of the pattern (only fields the query asked for are in the
 * response), and whether the walk met a null before the field itself.
 */
export function nullsAlong(data: unknown, pattern: FieldPattern): { nulls: ResponsePath[]; blocked: boolean } {
  const nulls: ResponsePath[] = [];
  let blocked = false;
  const walk = (value: unknown, index: number, path: ResponsePath) => {
    if (index === pattern.length) {
      if (value === null) nulls.push(path);
      return;
    }
    if (value === null || value === undefined) {
      blocked = true;
      return;
    }
    const segment = pattern[index];
    if (Array.isArray(value)) {
      value.forEach((item, position) => walk(item, segment === EACH_ITEM ? index + 1 : index, [...path, position]));
    } else if (segment !== EACH_ITEM && typeof value === "object" && segment in value) {
      walk((value as Record<string, unknown>)[segment], index + 1, [...path, segment]);
    }
  };
  walk(data, 0, []);
  return { nulls, blocked };
}

/**
 * Shapes the errors of a response once its data is known: a fetch that failed names the fields it left
 * empty, and errors repeated word for word (the same bad token refused by three subgraphs) appear once.
 */
export function partialDataPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          const result = response.body.singleResult;
          const shaped = result.errors!.flatMap((formatted, index) => {
            const original = errors?.[index];
            return original instanceof FieldsUnavailableError ? original.errorsIn(result.data) : [formatted];
          });
          const seen = new Set<string>();
          result.errors = shaped.filter((error) => {
            const key = JSON.stringify(error);
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          });
        },
      };
    },
  };
}
