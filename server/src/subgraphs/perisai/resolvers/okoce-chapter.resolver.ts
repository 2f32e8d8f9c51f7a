import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { localIdOf } from "../../../shared/graphql/global-id";
import { emptyConnection, PageArgs, paginate } from "../../../shared/graphql/relay";
import { OkOceChapterStub } from "../entities/external/okoce-chapter.stub";
import { Mou } from "../entities/mou.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { mouPagesByChapter } from "./mou.loaders";
import { childConnection } from "./child-connection";
import { MouConnection } from "./mou.connection";
import { BY_SIGNED_ON } from "./orders";
import { PerisaiOfficeConnection } from "./perisai-office.connection";
import { officeConnectionBy } from "./perisai-office.loaders";

/** Perisai's fields on the okoce subgraph's OkOceChapter. */
@Resolver(() => OkOceChapterStub)
export class OkOceChapterExtensionResolver {
  @FieldResolver(() => MouConnection, {
    description: "MoUs the chapter signed with BPJAMSOSTEK offices, oldest first.",
  })
  async mous(
    @Root() chapter: OkOceChapterStub,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const chapterId = localIdOf(chapter.id, "OkOceChapter");
    if (chapterId === null) return emptyConnection<Mou>();
    return childConnection(
      page,
      (first) => mouPagesByChapter(ctx, first).load(chapterId),
      () => paginate(ctx.em, Mou, { chapterId }, { page, orderBy: BY_SIGNED_ON, info }),
    );
  }

  @FieldResolver(() => PerisaiOfficeConnection, {
    description: "Kantor Perisai the chapter hosts that the viewer may see, by name.",
  })
  async perisaiOffices(
    @Root() chapter: OkOceChapterStub,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const chapterId = localIdOf(chapter.id, "OkOceChapter");
    if (chapterId === null) return emptyConnection<PerisaiOffice>();
    return officeConnectionBy(ctx, "hostChapterId", chapterId, page, info);
  }
}
