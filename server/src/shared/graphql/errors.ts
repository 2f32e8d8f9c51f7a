import type { GraphQLFormattedError } from "graphql";
import { redactPersonalData } from "../redact";

/** Codes whose message is written for the client; anything else is an internal fault. */
const CLIENT_CODES = new Set([
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "QUERY_TOO_COMPLEX",
]);

/**
 * Masks internal errors (SQL text, stack traces, addresses) before they leave a process; the original is
 * logged with an incident id that the client also sees, so support can find it.
 */
export function formatClientError(service: string) {
  return (formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR");
    if (CLIENT_CODES.has(code)) {
      const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code } };
    }
    const incident = Math.random().toString(36).slice(2, 10);
    const cause = (original as { originalError?: Error })?.originalError ?? original;
    const detail = redactPersonalData((cause as Error)?.stack ?? String(cause));
    process.stderr.write(`[${service}] incident ${incident}: ${detail}\n`);
    return {
      message: `Internal server error (incident ${incident})`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: "INTERNAL_SERVER_ERROR", incident },
    };
  };
}
