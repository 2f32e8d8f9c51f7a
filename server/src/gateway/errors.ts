import type { GraphQLFormattedError } from "graphql";
import { formatClientError } from "../shared/graphql/errors";
import { LIMIT_CODES, tokenLimitError } from "./operation-limits";

const maskInternal = formatClientError("gateway");

/** Codes the gateway gives itself, with messages written for the client (limits, fields a subgraph left empty). */
const GATEWAY_CODES = new Set<string>([...LIMIT_CODES, "SERVICE_UNAVAILABLE"]);

/** graphql-js ends a message with "Did you mean …?" when a name is close to one in the schema. */
const SUGGESTION = / ?Did you mean .+\?$/;

function formatOne(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const { code, incident, limit } = formatted.extensions ?? {};
  // Masked where it arose (a subgraph): the incident id leads to the logged original.
  if (code === "INTERNAL_SERVER_ERROR" && typeof incident === "string" && formatted.message.includes(incident)) {
    return {
      message: formatted.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code, incident },
    };
  }
  if (typeof code === "string" && GATEWAY_CODES.has(code)) {
    return {
      message: formatted.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code, ...(limit === undefined ? {} : { limit }) },
    };
  }
  // Which subgraph answered is the gateway's business, not the client's.
  const masked = maskInternal(formatted, original);
  const { serviceName: _serviceName, ...extensions } = masked.extensions ?? {};
  return { ...masked, extensions };
}

/**
 * In production the schema is not for browsing: no introspection, and no "Did you mean" that would let a
 * client discover field and type names by trial and error.
 */
function hideSchemaDetails(error: GraphQLFormattedError): GraphQLFormattedError {
  if (error.extensions?.validationErrorCode === "INTROSPECTION_DISABLED") {
    return {
      ...error,
      message: "Introspection is turned off in production",
      extensions: { code: error.extensions.code },
    };
  }
  return { ...error, message: error.message.replace(SUGGESTION, "") };
}

/**
 * Every error the gateway sends: the subgraphs' own (already masked where they arose), the gateway's limits
 * and unavailable fields with their code, anything else masked with an incident id.
 */
export function gatewayErrorFormatter({ production }: { production: boolean }) {
  return (formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError => {
    const error = tokenLimitError(formatted, original) ?? formatOne(formatted, original);
    return production ? hideSchemaDetails(error) : error;
  };
}
