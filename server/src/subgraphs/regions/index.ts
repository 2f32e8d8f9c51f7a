import { buildFederatedSchema } from "../../shared/graphql/federation";
import type { SubgraphModule } from "../../shared/server/subgraph";
import { Region } from "./entities/region.entity";
import { migrations } from "./migrations";
import { regionReference } from "./resolvers/region.reference";
import { RegionResolver } from "./resolvers/region.resolver";

/** Administrative regions of Indonesia: the shared geography every other subgraph refers to. */
export const regionsSubgraph: SubgraphModule = {
  name: "regions",
  entities: [Region],
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [RegionResolver],
      references: { Region: regionReference as never },
    }),
};
