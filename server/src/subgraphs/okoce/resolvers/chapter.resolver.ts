import { QueryOrder, type QueryOrderMap } from "@mikro-orm/core";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import { childPageKey } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { PageArgs, paginate, type ConnectionShape } from "../../../shared/graphql/relay";
import { maskPhone } from "../../../shared/validation/mask";
import { seesCoordinatorPhoneInClear } from "../access/personal-data";
import { umkmScopeWhere } from "../access/read-scope";
import { OkOceChapter } from "../entities/ok-oce-chapter.entity";
import { Umkm } from "../entities/umkm.entity";
import { ChapterFilter, ChapterSortKey } from "../inputs/chapter.filter";
import { OkOceChapterConnection } from "./chapter.connection";
import {
  CHAPTER_CHILD_ORDER,
  CHAPTER_UMKM_ORDER,
  chapterAncestors,
  chapterById,
  firstChildPages,
  firstUmkmPages,
  subtreeUmkmCounts,
} from "./chapter.loaders";
import { chapterWhere } from "./chapter.where";
import { UmkmConnection } from "./umkm.connection";

function chapterOrder(sortKey: ChapterSortKey, reverse: boolean): QueryOrderMap<OkOceChapter> {
  const direction = reverse ? QueryOrder.DESC : QueryOrder.ASC;
  switch (sortKey) {
    case ChapterSortKey.LEVEL:
      return { levelRank: direction, name: direction, id: direction };
    case ChapterSortKey.FOUNDED_ON:
      return { foundedOn: direction, id: direction };
    case ChapterSortKey.NAME:
      return { name: direction, id: direction };
  }
}

@Resolver(() => OkOceChapter)
export class ChapterResolver {
  @Query(() => OkOceChapter, { nullable: true, description: "An OK OCE chapter by its ID." })
  chapter(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<OkOceChapter | null> {
    return chapterById(ctx).load(requireLocalId(id, "OkOceChapter"));
  }

  @Query(() => OkOceChapterConnection, { description: "OK OCE chapters at every level." })
  chapters(
    @Arg("filter", () => ChapterFilter, { nullable: true }) filter: ChapterFilter | undefined,
    @Arg("sortKey", () => ChapterSortKey, { defaultValue: ChapterSortKey.NAME }) sortKey: ChapterSortKey,
    @Arg("reverse", () => Boolean, { defaultValue: false }) reverse: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<OkOceChapter>> {
    return paginate(ctx.em, OkOceChapter, chapterWhere(filter), {
      page,
      orderBy: chapterOrder(sortKey, reverse),
      info,
    });
  }

  @FieldResolver(() => OkOceChapter, { nullable: true, description: "The chapter above; null for a root." })
  parent(@Root() chapter: OkOceChapter, @Ctx() ctx: SubgraphContext): Promise<OkOceChapter | null> | null {
    return chapter.parent ? chapterById(ctx).load(chapter.parent.id) : null;
  }

  @FieldResolver(() => [OkOceChapter], { description: "Every chapter above this one, the root first." })
  ancestors(@Root() chapter: OkOceChapter, @Ctx() ctx: SubgraphContext): Promise<OkOceChapter[]> {
    return chapterAncestors(ctx).load(chapter.id);
  }

  @FieldResolver(() => OkOceChapterConnection, { description: "The chapters directly below, by name." })
  children(
    @Root() chapter: OkOceChapter,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<OkOceChapter>> {
    const first = childPageKey(page);
    if (first !== null) return firstChildPages(ctx, first).load(chapter.id);
    return paginate(ctx.em, OkOceChapter, { parent: chapter.id }, { page, orderBy: CHAPTER_CHILD_ORDER, info });
  }

  @FieldResolver(() => UmkmConnection, {
    description:
      "The UMKM of your territory this chapter fosters directly, by business name (umkms(filter: {chapterId}) to filter and sort).",
  })
  umkms(
    @Root() chapter: OkOceChapter,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Umkm>> {
    const first = childPageKey(page);
    if (first !== null) return firstUmkmPages(ctx, first).load(chapter.id);
    const where = { $and: [{ chapter: chapter.id }, umkmScopeWhere(ctx.viewer)] };
    return paginate(ctx.em, Umkm, where, { page, orderBy: CHAPTER_UMKM_ORDER, info });
  }

  @FieldResolver(() => Int, {
    description: "UMKM fostered by this chapter and by every chapter below it, in every territory (an aggregate).",
  })
  umkmCount(@Root() chapter: OkOceChapter, @Ctx() ctx: SubgraphContext): Promise<number> {
    return subtreeUmkmCounts(ctx).load(chapter.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The coordinator's phone number: in clear for office admins, branch officers and agents whose territory covers the chapter's region, masked (+62812******90) for everyone else.",
  })
  coordinatorPhone(@Root() chapter: OkOceChapter, @Ctx() ctx: SubgraphContext): string | null {
    return seesCoordinatorPhoneInClear(ctx.viewer, chapter)
      ? chapter.coordinatorPhone
      : maskPhone(chapter.coordinatorPhone);
  }
}
