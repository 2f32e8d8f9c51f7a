import type { Em } from "../db/orm";
import { Viewer } from "../auth/viewer";
import { Loaders } from "./loaders";

/** Header in which the gateway passes the caller's address on to the subgraphs (they are not public). */
export const CLIENT_ADDRESS_HEADER = "x-perisai-client-address";

/** What every resolver of every subgraph receives: who asks, a forked EntityManager and request-scoped loaders. */
export interface SubgraphContext {
  em: Em;
  loaders: Loaders;
  viewer: Viewer;
  /** The caller's network address as the gateway saw it (header x-perisai-client-address), for rate limits. */
  clientAddress?: string;
  /** Key that signs session tokens (the subgraph that signs in users needs it). */
  authSecret: string;
}

export function createContext(
  em: Em,
  viewer: Viewer = Viewer.anonymous(),
  request: { clientAddress?: string; authSecret?: string } = {},
): SubgraphContext {
  return {
    em,
    loaders: new Loaders(),
    viewer,
    clientAddress: request.clientAddress,
    authSecret: request.authSecret ?? "",
  };
}
