import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import { childPageKey } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { PageArgs, paginate, type ConnectionShape } from "../../../shared/graphql/relay";
import { Region } from "../entities/external/region";
import { OkOceChapter } from "../entities/ok-oce-chapter.entity";
import { CHAPTER_CHILD_ORDER } from "./chapter.loaders";
import { OkOceChapterConnection } from "./chapter.connection";
import { firstChapterPagesByRegion, umkmCountByRegion } from "./region.loaders";

/** What okoce adds to the regions subgraph's Region. */
@Resolver(() => Region)
export class RegionResolver {
  @FieldResolver(() => Int, { description: "UMKM registered in this region and in all regions below it." })
  umkmCount(@Root() region: Region, @Ctx() ctx: SubgraphContext): Promise<number> {
    return umkmCountByRegion(ctx).load(region.code);
  }

  @FieldResolver(() => OkOceChapterConnection, { description: "OK OCE chapters working in exactly this region." })
  chapters(
    @Root() region: Region,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<OkOceChapter>> {
    const first = childPageKey(page);
    if (first !== null) return firstChapterPagesByRegion(ctx, first).load(region.code);
    return paginate(ctx.em, OkOceChapter, { regionCode: region.code }, { page, orderBy: CHAPTER_CHILD_ORDER, info });
  }
}
