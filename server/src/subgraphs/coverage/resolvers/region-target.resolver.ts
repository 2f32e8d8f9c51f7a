import { QueryOrder, type FilterQuery, type QueryOrderMap } from "@mikro-orm/core";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, Mutation, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { runMutation } from "../../../shared/graphql/mutation";
import { PageArgs, paginate } from "../../../shared/graphql/relay";
import { jakartaToday } from "../../../shared/calendar";
import { TARGET_SETTING_ROLES } from "../access/permissions";
import { RegionTarget } from "../entities/region-target.entity";
import { RegionTargetFilter, RegionTargetSortKey } from "../inputs/region-target.filter";
import { SetRegionTargetInput } from "../inputs/set-region-target.input";
import { SetRegionTargetPayload } from "../payloads/set-region-target.payload";
import { setTarget } from "../services/region-targets";
import { RegionTargetConnection } from "./connections";
import { districtCodeCondition } from "./filter-arguments";

function regionTargetWhere(filter: RegionTargetFilter | undefined): FilterQuery<RegionTarget> {
  if (!filter?.regionCode) return {};
  const code = filter.regionCode.trim();
  const below = districtCodeCondition(code, "filter.regionCode");
  return typeof below === "string" ? { regionCode: code } : { $or: [{ regionCode: code }, { regionCode: below }] };
}

@Resolver(() => RegionTarget)
export class RegionTargetResolver {
  @Query(() => RegionTargetConnection, { description: "Official UMKM populations set for regions." })
  regionTargets(
    @Arg("filter", () => RegionTargetFilter, { nullable: true }) filter: RegionTargetFilter | undefined,
    @Arg("sortKey", () => RegionTargetSortKey, { defaultValue: RegionTargetSortKey.REGION_CODE })
    sortKey: RegionTargetSortKey,
    @Arg("reverse", () => Boolean, { defaultValue: false }) reverse: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const direction = reverse ? QueryOrder.DESC : QueryOrder.ASC;
    const orderBy: QueryOrderMap<RegionTarget> =
      sortKey === RegionTargetSortKey.AS_OF ? { asOf: direction, regionCode: direction } : { regionCode: direction };
    return paginate(ctx.em, RegionTarget, regionTargetWhere(filter), { page, orderBy, info });
  }

  @Mutation(() => SetRegionTargetPayload, {
    description: "Sets the official UMKM population of a region (replaces it). National coordinators only.",
  })
  setRegionTarget(
    @Arg("input", () => SetRegionTargetInput) input: SetRegionTargetInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SetRegionTargetPayload> {
    ctx.viewer.requireRole(...TARGET_SETTING_ROLES);
    return runMutation<SetRegionTargetPayload>(ctx.em, async (em) => ({
      regionTarget: await setTarget(em, input, jakartaToday(), ctx.viewer),
    }));
  }
}
