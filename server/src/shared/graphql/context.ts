import type { Em } from "../db/orm";
import { Viewer } from "../auth/viewer";
import { Loaders } from "./loaders";

/** What every resolver of every subgraph receives: who asks, a forked EntityManager and request-scoped loaders. */
export interface SubgraphContext {
  em: Em;
  loaders: Loaders;
  viewer: Viewer;
}

export function createContext(em: Em, viewer: Viewer = Viewer.anonymous()): SubgraphContext {
  return { em, loaders: new Loaders(), viewer };
}
