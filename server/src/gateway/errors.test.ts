import { GraphQLError, parse, type GraphQLFormattedError } from "graphql";
import { describe, expect, it } from "vitest";
import { gatewayErrorFormatter } from "./errors";
import { OPERATION_LIMITS } from "./limits";

const development = gatewayErrorFormatter({ production: false });
const production = gatewayErrorFormatter({ production: true });

function validationError(message: string, extensions: Record<string, unknown> = {}): GraphQLFormattedError {
  return { message, extensions: { code: "GRAPHQL_VALIDATION_FAILED", ...extensions } };
}

describe("gateway errors", () => {
  it("keep graphql's suggestions in development and drop them in production", () => {
    const error = validationError('Cannot query field "nam" on type "Region". Did you mean "name"?');
    expect(development(error, undefined).message).toBe(error.message);
    expect(production(error, undefined).message).toBe('Cannot query field "nam" on type "Region".');
    const enumValue =
      'Variable "$role" got invalid value "AGEN"; Value "AGEN" does not exist in "Role" enum. Did you mean the enum value "AGENT"?';
    expect(production(validationError(enumValue), undefined).message).not.toMatch(/Did you mean|"AGENT"/);
  });

  it("say plainly that introspection is off in production", () => {
    const error = validationError(
      "GraphQL introspection is not allowed by Apollo Server, but the query contained __schema",
      {
        validationErrorCode: "INTROSPECTION_DISABLED",
      },
    );
    expect(production(error, undefined)).toEqual({
      message: "Introspection is turned off in production",
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
  });

  it("turn the parser's token limit into the limit and the document's size", () => {
    const source = `{ ${Array.from({ length: 1_000 }, (_, index) => `a${index}: __typename`).join(" ")} }`;
    let original: GraphQLError | undefined;
    try {
      parse(source, { maxTokens: OPERATION_LIMITS.maxTokens });
    } catch (error) {
      original = error as GraphQLError;
    }
    const formatted = development(
      { message: original!.message, extensions: { code: "GRAPHQL_PARSE_FAILED" } },
      original,
    );
    expect(formatted).toEqual({
      message: "The query has 3,002 tokens; the limit is 3,000. Ask for less in one request.",
      extensions: { code: "TOO_MANY_TOKENS", limit: 3_000 },
    });
  });

  it("let the gateway's own codes through and mask anything else, without naming the subgraph", () => {
    const unavailable = {
      message: "Data for region.coverage is unavailable",
      path: ["region", "coverage"],
      extensions: { code: "SERVICE_UNAVAILABLE" },
    };
    expect(development(unavailable, undefined)).toEqual(unavailable);
    const fromSubgraph = {
      message: '"first" must be between 1 and 100',
      extensions: { code: "BAD_USER_INPUT", argument: "first", serviceName: "perisai" },
    };
    expect(development(fromSubgraph, undefined).extensions).toEqual({ code: "BAD_USER_INPUT", argument: "first" });
    const stderr = process.stderr.write;
    process.stderr.write = () => true;
    try {
      const internal = development(
        { message: "connect ECONNREFUSED 10.0.0.7:5432", extensions: { serviceName: "okoce" } },
        undefined,
      );
      expect(internal.message).toMatch(/^Internal server error \(incident \w+\)$/);
      expect(JSON.stringify(internal)).not.toMatch(/okoce|10\.0\.0\.7/);
    } finally {
      process.stderr.write = stderr;
    }
  });
});
