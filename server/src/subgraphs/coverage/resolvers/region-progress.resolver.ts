import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { pageSize } from "../../../shared/graphql/relay";
import { regionRef } from "../entities/external/region.ref";
import { CODE_LENGTH, RegionLevel } from "../types/region-level";
import { RegionProgress } from "../types/region-progress";

const DEFAULT_BEHIND_TARGET = 10;

@Resolver(() => RegionProgress)
export class RegionProgressResolver {
  @Query(() => [RegionProgress], {
    description:
      "Regions with an official UMKM target, the most UMKM still to protect first (ties by code), from the " +
      "coverage rollup; for every signed-in role, like Region.coverage.",
  })
  async regionsBehindTarget(
    @Arg("level", () => RegionLevel, { nullable: true, description: "Only regions of this level; all when omitted." })
    level: RegionLevel | undefined,
    @Arg("first", () => Int, { nullable: true, description: "How many regions, 1 to 100 (default 10)." })
    first: number | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RegionProgress[]> {
    const limit = pageSize(first ?? DEFAULT_BEHIND_TARGET);
    const codeLength = level ? CODE_LENGTH[level] : null;
    const rows = await ctx.em.getConnection().execute<{ code: string; target: number; covered: number }[]>(
      `select t.region_code as code, t.umkm_target as target, coalesce(r.umkm_covered, 0) as covered
       from coverage.region_target t
       left join coverage.region_coverage r on r.region_code = t.region_code
       where (?::int is null or length(t.region_code) = ?::int)
       order by greatest(t.umkm_target - coalesce(r.umkm_covered, 0), 0) desc, t.region_code
       limit ?`,
      [codeLength, codeLength, limit],
    );
    return rows.map(({ code, target, covered }) =>
      Object.assign(new RegionProgress(), {
        region: regionRef(code),
        umkmTarget: target,
        umkmCovered: covered,
        gap: Math.max(target - covered, 0),
        rate: target > 0 ? covered / target : null,
      }),
    );
  }
}
