import type { SubgraphName } from "../shared/environment";
import type { SubgraphModule } from "../shared/server/subgraph";

/** Loaded lazily so that one subgraph process never loads another's entities. */
export async function loadSubgraph(name: SubgraphName): Promise<SubgraphModule> {
  switch (name) {
    case "regions":
      return (await import("../subgraphs/regions")).regionsSubgraph;
    case "okoce":
      return (await import("../subgraphs/okoce")).okoceSubgraph;
    case "perisai":
      return (await import("../subgraphs/perisai")).perisaiSubgraph;
    case "coverage":
      return (await import("../subgraphs/coverage")).coverageSubgraph;
  }
}
