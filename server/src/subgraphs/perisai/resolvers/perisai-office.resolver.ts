import { QueryOrder, type FilterQuery, type QueryOrderMap } from "@mikro-orm/core";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { PageArgs, paginate } from "../../../shared/graphql/relay";
import { seesPerisaiOffice } from "../domain/access-rules";
import { AgentStatus } from "../entities/agent-status";
import { Agent } from "../entities/agent.entity";
import { BpjsOffice } from "../entities/bpjs-office.entity";
import { OkOceChapterStub } from "../entities/external/okoce-chapter.stub";
import { RegionStub } from "../entities/external/region.stub";
import { Mou } from "../entities/mou.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { PerisaiOfficeFilter, PerisaiOfficeSortKey } from "../inputs/perisai-office.filter";
import { AgentConnection } from "./agent.connection";
import { agentPagesByOffice } from "./agent.loaders";
import { childConnection } from "./child-connection";
import { entityById, loadOptional } from "./entity.loaders";
import { BY_AGENT_NUMBER } from "./orders";
import { PerisaiOfficeConnection } from "./perisai-office.connection";
import { agentCounts, ancestorIds, officeConnectionBy } from "./perisai-office.loaders";
import { agentScope, officeScope, visibleOffice } from "./scope";
import { containsWord, regionPrefix, searchWords } from "./where";

export function perisaiOfficeWhere(filter: PerisaiOfficeFilter | undefined): FilterQuery<PerisaiOffice> {
  const conditions: FilterQuery<PerisaiOffice>[] = [];
  if (filter?.pioneer !== undefined && filter.pioneer !== null) conditions.push({ pioneer: filter.pioneer });
  if (filter?.parentId)
    conditions.push({ parent: requireLocalId(filter.parentId, "PerisaiOffice", "filter.parentId") });
  if (filter?.regionCode) conditions.push(regionPrefix(filter.regionCode));
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.supervisingBranchId) {
    conditions.push({
      supervisingBranch: requireLocalId(filter.supervisingBranchId, "BpjsOffice", "filter.supervisingBranchId"),
    });
  }
  for (const word of searchWords(filter?.search)) conditions.push({ name: containsWord(word) });
  return conditions.length ? { $and: conditions } : {};
}

const SORT_COLUMN = {
  [PerisaiOfficeSortKey.NAME]: "name",
  [PerisaiOfficeSortKey.ESTABLISHED_ON]: "establishedOn",
  [PerisaiOfficeSortKey.CREATED_AT]: "createdAt",
} as const;

@Resolver(() => PerisaiOffice)
export class PerisaiOfficeResolver {
  @Query(() => PerisaiOffice, { nullable: true, description: "A Kantor Perisai by its global ID." })
  async perisaiOffice(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<PerisaiOffice | null> {
    return visibleOffice(ctx.viewer, await entityById(ctx, PerisaiOffice).load(requireLocalId(id, "PerisaiOffice")));
  }

  @Query(() => PerisaiOfficeConnection, { description: "The Kantor Perisai of the network the viewer may see." })
  perisaiOffices(
    @Arg("filter", () => PerisaiOfficeFilter, { nullable: true }) filter: PerisaiOfficeFilter | undefined,
    @Arg("sortKey", () => PerisaiOfficeSortKey, { defaultValue: PerisaiOfficeSortKey.NAME })
    sortKey: PerisaiOfficeSortKey,
    @Arg("reverse", () => Boolean, { defaultValue: false }) reverse: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const direction = reverse ? QueryOrder.DESC : QueryOrder.ASC;
    const orderBy = { [SORT_COLUMN[sortKey]]: direction, id: direction } as QueryOrderMap<PerisaiOffice>;
    const where = { $and: [perisaiOfficeWhere(filter), officeScope(ctx.viewer)] };
    return paginate(ctx.em, PerisaiOffice, where, { page, orderBy, info });
  }

  @FieldResolver(() => PerisaiOffice, {
    nullable: true,
    description: "The office one level up; null at the top or when it is outside the viewer's scope.",
  })
  async parent(@Root() office: PerisaiOffice, @Ctx() ctx: SubgraphContext): Promise<PerisaiOffice | null> {
    return visibleOffice(ctx.viewer, await loadOptional(ctx, PerisaiOffice, office.parent?.id));
  }

  @FieldResolver(() => [PerisaiOffice], {
    description: "The offices above this one that the viewer may see, the top first.",
  })
  async ancestors(@Root() office: PerisaiOffice, @Ctx() ctx: SubgraphContext): Promise<PerisaiOffice[]> {
    const ids = (await ancestorIds(ctx).load(office.id)).filter((id) => seesPerisaiOffice(ctx.viewer, id));
    const found = await entityById(ctx, PerisaiOffice).loadMany([...ids].reverse());
    return found.filter((entry): entry is PerisaiOffice => entry instanceof PerisaiOffice);
  }

  @FieldResolver(() => PerisaiOfficeConnection, { description: "The offices one level down, by name." })
  children(
    @Root() office: PerisaiOffice,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return officeConnectionBy(ctx, "parent", office.id, page, info);
  }

  @FieldResolver(() => AgentConnection, {
    description: "The agents of this office, by agent number (an agent sees their own record only).",
  })
  agents(
    @Root() office: PerisaiOffice,
    @Arg("status", () => AgentStatus, { nullable: true }) status: AgentStatus | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return childConnection(
      page,
      (first) => agentPagesByOffice(ctx, first, status ?? null).load(office.id),
      () =>
        paginate(
          ctx.em,
          Agent,
          { $and: [{ office: office.id, ...(status ? { status } : {}) }, agentScope(ctx.viewer)] },
          { page, orderBy: BY_AGENT_NUMBER, info },
        ),
    );
  }

  @FieldResolver(() => Int, { description: "How many agents the office has, all or of one status." })
  agentCount(
    @Root() office: PerisaiOffice,
    @Arg("status", () => AgentStatus, { nullable: true }) status: AgentStatus | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<number> {
    return agentCounts(ctx, status ?? null).load(office.id);
  }

  @FieldResolver(() => RegionStub)
  region(@Root() office: PerisaiOffice): RegionStub {
    return RegionStub.of(office.regionCode);
  }

  @FieldResolver(() => OkOceChapterStub, { nullable: true, description: "The OK OCE chapter that hosts the office." })
  hostChapter(@Root() office: PerisaiOffice): OkOceChapterStub | null {
    return office.hostChapterId ? OkOceChapterStub.ofRow(office.hostChapterId) : null;
  }

  @FieldResolver(() => BpjsOffice, { description: "The BPJAMSOSTEK Kantor Cabang or Cabang Perintis it works with." })
  supervisingBranch(@Root() office: PerisaiOffice, @Ctx() ctx: SubgraphContext): Promise<BpjsOffice | null> {
    return entityById(ctx, BpjsOffice).load(office.supervisingBranch.id);
  }

  @FieldResolver(() => Mou, { nullable: true, description: "The MoU the office works under." })
  mou(@Root() office: PerisaiOffice, @Ctx() ctx: SubgraphContext): Promise<Mou | null> | null {
    return loadOptional(ctx, Mou, office.mou?.id);
  }
}
