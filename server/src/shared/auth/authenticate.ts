import { GraphQLError } from "graphql";
import { bearerToken, verifyToken } from "./token";
import { Viewer } from "./viewer";

const VERIFIED_MAX = 10_000;

/**
 * Viewers of tokens whose signature this process has checked. A client sends the same token with every request
 * and the gateway passes it to each subgraph a query touches, so a token's signature is checked once per process;
 * its expiry is still checked on every request.
 */
const verified = new Map<string, { secret: string; viewer: Viewer; expiresAt: number }>();

/**
 * The viewer behind an Authorization header. No header: anonymous. A header with a bad, forged or expired
 * token is an error (UNAUTHENTICATED), never a silent downgrade to anonymous.
 */
export function viewerFromHeader(header: string | undefined, secret: string): Viewer {
  if (!header) return Viewer.anonymous();
  const token = bearerToken(header);
  if (!token) throw unauthenticated("The Authorization header must be `Bearer <token>`");
  const known = verified.get(token);
  if (known && known.secret === secret && known.expiresAt > Date.now()) return known.viewer;
  const result = verifyToken(token, secret);
  if (!result.ok) {
    throw unauthenticated(
      result.reason === "expired" ? "Your session has expired; sign in again" : "The token is not valid; sign in again",
    );
  }
  const viewer = Viewer.of(result.claims);
  if (verified.size >= VERIFIED_MAX) verified.clear();
  verified.set(token, { secret, viewer, expiresAt: result.claims.exp * 1000 });
  return viewer;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}
