import { GraphQLError } from "graphql";
import { verifyToken } from "./token";
import { Viewer } from "./viewer";

/**
 * The viewer behind an Authorization header. No header: anonymous. A header with a bad, forged or expired
 * token is an error (UNAUTHENTICATED), never a silent downgrade to anonymous.
 */
export function viewerFromHeader(header: string | undefined, secret: string): Viewer {
  if (!header) return Viewer.anonymous();
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated("The Authorization header must be `Bearer <token>`");
  const result = verifyToken(match[1], secret);
  if (!result.ok) {
    throw unauthenticated(
      result.reason === "expired" ? "Your session has expired; sign in again" : "The token is not valid; sign in again",
    );
  }
  return Viewer.of(result.claims);
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}
