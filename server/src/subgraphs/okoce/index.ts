import { buildFederatedSchema } from "../../shared/graphql/federation";
import type { SubgraphModule } from "../../shared/server/subgraph";
import { requireSignInEverywhere } from "../../shared/auth/sign-in-guard";
import { OkOceChapter } from "./entities/ok-oce-chapter.entity";
import { RegionUmkmCount } from "./entities/region-umkm-count.entity";
import { Umkm } from "./entities/umkm.entity";
import { migrations } from "./migrations";
import { ChapterMutationResolver } from "./resolvers/chapter-mutation.resolver";
import { chapterReference } from "./resolvers/chapter.reference";
import { ChapterResolver } from "./resolvers/chapter.resolver";
import { regionReference } from "./resolvers/region.reference";
import { RegionResolver } from "./resolvers/region.resolver";
import { UmkmMutationResolver } from "./resolvers/umkm-mutation.resolver";
import { umkmReference } from "./resolvers/umkm.reference";
import { UmkmResolver } from "./resolvers/umkm.resolver";
import { UmkmRevealResolver } from "./resolvers/umkm-reveal.resolver";
import { UmkmImportResolver } from "./imports/umkm-import.resolver";

const resolvers = [
  ChapterResolver,
  ChapterMutationResolver,
  UmkmResolver,
  UmkmMutationResolver,
  UmkmRevealResolver,
  RegionResolver,
  UmkmImportResolver,
] as const;

/**
 * OK OCE: the chapter tree and the UMKM registry; adds UMKM counts and chapters to Region. Nothing here is
 * public: the whole schema needs a signed-in viewer.
 */
export const okoceSubgraph: SubgraphModule = {
  name: "okoce",
  entities: [OkOceChapter, Umkm, RegionUmkmCount],
  migrations,
  buildSchema: async () =>
    requireSignInEverywhere(
      await buildFederatedSchema({
        resolvers,
        references: {
          OkOceChapter: chapterReference as never,
          Umkm: umkmReference as never,
          Region: regionReference as never,
        },
      }),
    ),
};
