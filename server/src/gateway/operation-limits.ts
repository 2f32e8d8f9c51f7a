import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type FragmentDefinitionNode, type GraphQLFormattedError } from "graphql";
import type { GatewayContext } from "./gateway";
import { countTokens, measureOperation, OPERATION_LIMITS, type OperationMeasure } from "./limits";

/** Codes of a refused operation; the gateway lets them reach the client with their message. */
export const LIMIT_CODES = ["QUERY_TOO_DEEP", "TOO_MANY_ALIASES", "QUERY_TOO_COMPLEX", "TOO_MANY_TOKENS"] as const;

const CHECKS: {
  code: (typeof LIMIT_CODES)[number];
  measure: keyof OperationMeasure;
  limit: keyof typeof OPERATION_LIMITS;
  says: string;
}[] = [
  { code: "QUERY_TOO_DEEP", measure: "depth", limit: "maxDepth", says: "The query is {value} levels deep" },
  { code: "TOO_MANY_ALIASES", measure: "aliases", limit: "maxAliases", says: "The query has {value} aliases" },
  {
    code: "QUERY_TOO_COMPLEX",
    measure: "cost",
    limit: "maxCost",
    says: "The query costs {value} (each field counts 1, times the page size of every connection above it)",
  },
];

/** How far the gateway lexes a refused document to tell its size: enough for any document the body limit lets in. */
const TOKENS_COUNTED = 1_000_000;
// graphql 16 writes "more that"; a later version may fix the typo.
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

function number(value: number): string {
  return value.toLocaleString("en");
}

function refusal(code: string, says: string, value: string, limit: number): GraphQLError {
  const message = `${says.replace("{value}", value)}; the limit is ${number(limit)}. Ask for less in one request.`;
  return new GraphQLError(message, { extensions: { code, limit, http: { status: 400 } } });
}

/** The first limit the operation goes over, or undefined when it stays within all of them. */
export function exceededLimit(measure: OperationMeasure): GraphQLError | undefined {
  const check = CHECKS.find(({ measure: name, limit }) => measure[name] > OPERATION_LIMITS[limit]);
  return check && refusal(check.code, check.says, number(measure[check.measure]), OPERATION_LIMITS[check.limit]);
}

/**
 * Measures the operation about to run (once parsed and validated, before the query plan is executed) and
 * refuses it when it goes over a limit, so no subgraph ever sees it.
 */
export function operationLimitsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const exceeded = exceededLimit(
            measureOperation({ schema, operation, fragments, variables: request.variables }),
          );
          if (exceeded) throw exceeded;
        },
      };
    },
  };
}

/**
 * The parser stops at the token limit with a terse syntax error; the client gets instead the limit and how
 * many tokens its document has, under its own code.
 */
export function tokenLimitError(
  formatted: GraphQLFormattedError,
  original: unknown,
): GraphQLFormattedError | undefined {
  if (formatted.extensions?.code !== "GRAPHQL_PARSE_FAILED" || !TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
    return undefined;
  }
  const limit = OPERATION_LIMITS.maxTokens;
  const body = (original as GraphQLError | undefined)?.source?.body;
  let tokens = `more than ${number(limit)}`;
  try {
    if (body) {
      const counted = countTokens(body, TOKENS_COUNTED);
      tokens = counted < TOKENS_COUNTED ? number(counted) : `more than ${number(TOKENS_COUNTED)}`;
    }
  } catch {
    // A document that does not even lex further keeps the parser's lower bound.
  }
  const { message, extensions } = refusal("TOO_MANY_TOKENS", "The query has {value} tokens", tokens, limit);
  return { message, extensions: { code: extensions.code, limit } };
}
