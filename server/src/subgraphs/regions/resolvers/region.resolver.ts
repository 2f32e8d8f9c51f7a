import { escapeLike } from "../../../shared/db/like";
import { QueryOrder, type FilterQuery, type QueryOrderMap } from "@mikro-orm/core";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { childPageKey } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { PageArgs, paginate } from "../../../shared/graphql/relay";
import { ancestorCodes } from "../entities/region-level";
import { Region } from "../entities/region.entity";
import { RegionFilter, RegionSortKey } from "../inputs/region.filter";
import { RegionConnection } from "./region.connection";
import { firstChildPages, regionByCode } from "./region.loaders";

const CODE_PREFIX = /^\d{2}(\.\d{1,4}){0,3}\.?$/;

export function regionWhere(filter: RegionFilter | undefined): FilterQuery<Region> {
  const conditions: FilterQuery<Region>[] = [];
  if (filter?.level) conditions.push({ level: filter.level });
  if (filter?.parentCode) conditions.push({ parentCode: filter.parentCode });
  const search = filter?.search?.trim();
  if (search) {
    if (CODE_PREFIX.test(search)) conditions.push({ code: { $like: `${escapeLike(search)}%` } });
    else {
      for (const word of search.split(/\s+/).slice(0, 8))
        conditions.push({ name: { $ilike: `%${escapeLike(word)}%` } });
    }
  }
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: 'A region by its Kemendagri code, e.g. "21.71" (Kota Batam).' })
  region(@Arg("code", () => String) code: string, @Ctx() ctx: SubgraphContext): Promise<Region | null> {
    return regionByCode(ctx).load(code.trim());
  }

  @Query(() => RegionConnection, { description: "Provinces, regencies, kecamatan and villages." })
  regions(
    @Arg("filter", () => RegionFilter, { nullable: true }) filter: RegionFilter | undefined,
    @Arg("sortKey", () => RegionSortKey, { defaultValue: RegionSortKey.CODE }) sortKey: RegionSortKey,
    @Arg("reverse", () => Boolean, { defaultValue: false }) reverse: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const direction = reverse ? QueryOrder.DESC : QueryOrder.ASC;
    const orderBy: QueryOrderMap<Region> =
      sortKey === RegionSortKey.NAME ? { name: direction, code: direction } : { code: direction };
    return paginate(ctx.em, Region, regionWhere(filter), { page, orderBy, info });
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region one level up; null for a province." })
  parent(@Root() region: Region, @Ctx() ctx: SubgraphContext): Promise<Region | null> | null {
    return region.parentCode ? regionByCode(ctx).load(region.parentCode) : null;
  }

  @FieldResolver(() => [Region], { description: "All regions above this one, the province first." })
  async ancestors(@Root() region: Region, @Ctx() ctx: SubgraphContext): Promise<Region[]> {
    const found = await regionByCode(ctx).loadMany(ancestorCodes(region.code));
    return found.filter((entry): entry is Region => entry instanceof Region);
  }

  @FieldResolver(() => RegionConnection, { description: "The regions one level down, by code." })
  children(
    @Root() region: Region,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const first = childPageKey(page);
    if (first !== null) return firstChildPages(ctx, first).load(region.code);
    return paginate(ctx.em, Region, { parentCode: region.code }, { page, orderBy: { code: "asc" }, info });
  }
}
