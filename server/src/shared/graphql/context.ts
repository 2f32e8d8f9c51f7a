import type { Em } from "../db/orm";
import { Loaders } from "./loaders";

/** What every resolver of every subgraph receives: a forked EntityManager and request-scoped loaders. */
export interface SubgraphContext {
  em: Em;
  loaders: Loaders;
}

export function createContext(em: Em): SubgraphContext {
  return { em, loaders: new Loaders() };
}
