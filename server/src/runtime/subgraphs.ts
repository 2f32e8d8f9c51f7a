import type { SubgraphName } from "../shared/environment";
import type { SubgraphModule } from "../shared/server/subgraph";

/** Loaded lazily so that one subgraph process never loads another's entities. */
export async function loadSubgraph(name: SubgraphName): Promise<SubgraphModule> {
  switch (name) {
    case "regions":
      return (await import("../subgraphs/regions/index.js")).regionsSubgraph;
    case "okoce":
      return (await import("../subgraphs/okoce/index.js")).okoceSubgraph;
    case "perisai":
      return (await import("../subgraphs/perisai/index.js")).perisaiSubgraph;
    case "coverage":
      return (await import("../subgraphs/coverage/index.js")).coverageSubgraph;
  }
}
