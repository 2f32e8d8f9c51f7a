import { QueryOrder, type FilterQuery, type QueryOrderMap } from "@mikro-orm/core";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { PageArgs, paginate } from "../../../shared/graphql/relay";
import { DateScalar } from "../../../shared/graphql/scalars";
import { jakartaToday } from "../../../shared/calendar";
import { BpjsOffice } from "../entities/bpjs-office.entity";
import { OkOceChapterStub } from "../entities/external/okoce-chapter.stub";
import { Mou } from "../entities/mou.entity";
import { MouFilter, MouSortKey } from "../inputs/mou.filter";
import { entityById } from "./entity.loaders";
import { MouConnection } from "./mou.connection";
import { PerisaiOfficeConnection } from "./perisai-office.connection";
import { officeConnectionBy } from "./perisai-office.loaders";
import { containsWord, searchWords } from "./where";

export function mouWhere(filter: MouFilter | undefined): FilterQuery<Mou> {
  const conditions: FilterQuery<Mou>[] = [];
  if (filter?.bpjsOfficeId)
    conditions.push({ bpjsOffice: requireLocalId(filter.bpjsOfficeId, "BpjsOffice", "filter.bpjsOfficeId") });
  if (filter?.chapterId)
    conditions.push({ chapterId: requireLocalId(filter.chapterId, "OkOceChapter", "filter.chapterId") });
  if (filter?.activeOn) {
    conditions.push({ validFrom: { $lte: filter.activeOn } });
    conditions.push({ $or: [{ validUntil: null }, { validUntil: { $gte: filter.activeOn } }] });
  }
  for (const word of searchWords(filter?.search))
    conditions.push({ $or: [{ number: containsWord(word) }, { title: containsWord(word) }] });
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => Mou)
export class MouResolver {
  @Query(() => Mou, { nullable: true, description: "An MoU by its global ID." })
  mou(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Mou | null> {
    return entityById(ctx, Mou).load(requireLocalId(id, "Mou"));
  }

  @Query(() => MouConnection, { description: "MoUs between BPJAMSOSTEK offices and OK OCE chapters, by signing date." })
  mous(
    @Arg("filter", () => MouFilter, { nullable: true }) filter: MouFilter | undefined,
    @Arg("sortKey", () => MouSortKey, { defaultValue: MouSortKey.SIGNED_ON }) sortKey: MouSortKey,
    @Arg("reverse", () => Boolean, { defaultValue: false }) reverse: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const direction = reverse ? QueryOrder.DESC : QueryOrder.ASC;
    const orderBy: QueryOrderMap<Mou> =
      sortKey === MouSortKey.NUMBER ? { number: direction } : { signedOn: direction, id: direction };
    return paginate(ctx.em, Mou, mouWhere(filter), { page, orderBy, info });
  }

  @FieldResolver(() => BpjsOffice, { description: "The BPJAMSOSTEK party." })
  bpjsOffice(@Root() mou: Mou, @Ctx() ctx: SubgraphContext): Promise<BpjsOffice | null> {
    return entityById(ctx, BpjsOffice).load(mou.bpjsOffice.id);
  }

  @FieldResolver(() => OkOceChapterStub, { description: "The OK OCE party." })
  chapter(@Root() mou: Mou): OkOceChapterStub {
    return OkOceChapterStub.ofRow(mou.chapterId);
  }

  @FieldResolver(() => Boolean, { description: "In force on the day given (default today, Asia/Jakarta)." })
  active(@Root() mou: Mou, @Arg("on", () => DateScalar, { nullable: true }) on: string | undefined): boolean {
    return mou.isActiveOn(on ?? jakartaToday());
  }

  @FieldResolver(() => PerisaiOfficeConnection, {
    description: "Kantor Perisai working under this MoU that the viewer may see, by name.",
  })
  perisaiOffices(
    @Root() mou: Mou,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return officeConnectionBy(ctx, "mou", mou.id, page, info);
  }
}
