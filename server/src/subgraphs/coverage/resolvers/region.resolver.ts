import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { RegionRef } from "../entities/external/region.ref";
import { REGISTRY_TARGET_SOURCE, RegionCoverage } from "../types/region-coverage";
import { regionCounts } from "./rollup.loaders";

@Resolver(() => RegionRef)
export class RegionCoverageResolver {
  @FieldResolver(() => RegionCoverage, {
    nullable: true,
    description:
      "UMKM coverage of the region: covered UMKM over the official target (or the registry when none is set), " +
      "for every signed-in role. Null, with an error, when coverage data is unavailable.",
  })
  @Directive('@requires(fields: "umkmCount")')
  async coverage(@Root() region: RegionRef, @Ctx() ctx: SubgraphContext): Promise<RegionCoverage> {
    const counts = await regionCounts(ctx).load(region.code);
    const umkmRegistered = region.umkmCount ?? 0;
    const umkmTarget = counts.umkmTarget ?? umkmRegistered;
    return Object.assign(new RegionCoverage(), {
      umkmTarget,
      umkmRegistered,
      umkmCovered: counts.umkmCovered,
      participantsActive: counts.participantsActive,
      participantsTotal: counts.participantsTotal,
      rate: umkmTarget > 0 ? counts.umkmCovered / umkmTarget : null,
      targetSource: counts.umkmTarget === null ? REGISTRY_TARGET_SOURCE : counts.targetSource,
    });
  }
}
