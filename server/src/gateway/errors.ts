import type { GraphQLFormattedError } from "graphql";
import { formatClientError } from "../shared/graphql/errors";

const maskInternal = formatClientError("gateway");
const UNREACHABLE = /https?:\/\/|ECONNREFUSED|ECONNRESET|fetch failed|socket|timed? ?out|aborted/i;

/**
 * Errors from subgraphs come already masked where they arose (their incident id is kept). What the gateway
 * itself says about a subgraph it could not reach would name an internal address, so it is replaced by a
 * message that names only the field path.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const { code, incident } = formatted.extensions ?? {};
  if (code === "INTERNAL_SERVER_ERROR" && typeof incident === "string" && formatted.message.includes(incident)) {
    return {
      message: formatted.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code, incident },
    };
  }
  if (UNREACHABLE.test(formatted.message)) {
    process.stderr.write(`[gateway] subgraph unavailable: ${formatted.message}\n`);
    const where = formatted.path?.length ? formatted.path.join(".") : "this request";
    return {
      message: `Data for ${where} is unavailable right now; try again later`,
      path: formatted.path,
      extensions: { code: "SERVICE_UNAVAILABLE" },
    };
  }
  return maskInternal(formatted, original);
}
