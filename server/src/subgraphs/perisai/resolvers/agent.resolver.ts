import { QueryOrder, type FilterQuery, type QueryOrderMap } from "@mikro-orm/core";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { PageArgs, paginate } from "../../../shared/graphql/relay";
import { maskNik, maskPhone } from "../../../shared/validation/mask";
import { seesAgentPersonalData } from "../domain/access-rules";
import { nextStatuses } from "../domain/agent-lifecycle";
import { isAgentNumber } from "../domain/agent-number";
import { AgentStatus } from "../entities/agent-status";
import { AgentStatusChange } from "../entities/agent-status-change.entity";
import { AgentTransfer } from "../entities/agent-transfer.entity";
import { Agent } from "../entities/agent.entity";
import { RegionStub } from "../entities/external/region.stub";
import { UmkmStub } from "../entities/external/umkm.stub";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { AgentFilter, AgentSortKey } from "../inputs/agent.filter";
import { AgentConnection } from "./agent.connection";
import { statusHistories, transferHistories } from "./agent.loaders";
import { agentTotalFromRollup } from "./agent.total";
import { entityById } from "./entity.loaders";
import { agentScope, agentPlacementOf, visibleAgent } from "./scope";
import { escapeLike } from "../../../shared/db/like";
import { containsWord, regionPrefix, searchWords } from "./where";

const AGENT_NUMBER_START = /^AP-[\d-]*$/i;

export function agentWhere(filter: AgentFilter | undefined): FilterQuery<Agent> {
  const conditions: FilterQuery<Agent>[] = [];
  if (filter?.officeId)
    conditions.push({ office: requireLocalId(filter.officeId, "PerisaiOffice", "filter.officeId") });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.territoryCode) conditions.push({ territory: { $contains: [filter.territoryCode.trim()] } });
  if (filter?.regionCode) conditions.push({ office: regionPrefix(filter.regionCode) });
  const search = filter?.search?.trim();
  if (search && AGENT_NUMBER_START.test(search))
    conditions.push({ agentNumber: { $like: `${escapeLike(search.toUpperCase())}%` } });
  else for (const word of searchWords(search)) conditions.push({ name: containsWord(word) });
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => Agent)
export class AgentResolver {
  @Query(() => Agent, { nullable: true, description: "An agent by global ID; null outside the viewer's scope." })
  async agent(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Agent | null> {
    return visibleAgent(ctx.viewer, await entityById(ctx, Agent).load(requireLocalId(id, "Agent")));
  }

  @Query(() => Agent, { nullable: true, description: 'An agent by agent number, e.g. "AP-2171-00001".' })
  async agentByNumber(
    @Arg("agentNumber", () => String) agentNumber: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Agent | null> {
    const normalised = agentNumber.trim().toUpperCase();
    if (!isAgentNumber(normalised)) return null;
    return ctx.em.findOne(Agent, { $and: [{ agentNumber: normalised }, agentScope(ctx.viewer)] });
  }

  @Query(() => AgentConnection, {
    description: "Agen Perisai of the offices the viewer may see (an agent: their own record).",
  })
  agents(
    @Arg("filter", () => AgentFilter, { nullable: true }) filter: AgentFilter | undefined,
    @Arg("sortKey", () => AgentSortKey, { defaultValue: AgentSortKey.AGENT_NUMBER }) sortKey: AgentSortKey,
    @Arg("reverse", () => Boolean, { defaultValue: false }) reverse: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const direction = reverse ? QueryOrder.DESC : QueryOrder.ASC;
    const orderBy: QueryOrderMap<Agent> =
      sortKey === AgentSortKey.NAME
        ? { name: direction, id: direction }
        : sortKey === AgentSortKey.APPOINTED_ON
          ? { appointedOn: direction, id: direction }
          : { agentNumber: direction };
    const where = { $and: [agentWhere(filter), agentScope(ctx.viewer)] };
    const total = agentTotalFromRollup(ctx, filter) ?? undefined;
    return paginate(ctx.em, Agent, where, { page, orderBy, info, total });
  }

  // An agent is visible through their office's scope (or is the viewer), so their office is visible with them.
  @FieldResolver(() => PerisaiOffice, { description: "The Kantor Perisai the agent belongs to." })
  office(@Root() agent: Agent, @Ctx() ctx: SubgraphContext): Promise<PerisaiOffice | null> {
    return entityById(ctx, PerisaiOffice).load(agent.office.id);
  }

  @FieldResolver(() => UmkmStub, { nullable: true, description: "The UMKM the agent owns (okoce registry)." })
  umkm(@Root() agent: Agent): UmkmStub | null {
    return agent.umkmId ? UmkmStub.ofRow(agent.umkmId) : null;
  }

  @FieldResolver(() => [RegionStub], { description: "The kecamatan the agent works in." })
  territory(@Root() agent: Agent): RegionStub[] {
    return agent.territory.map((code) => RegionStub.of(code));
  }

  @FieldResolver(() => [AgentStatusChange], { description: "Every status change, oldest first (by effective date)." })
  statusHistory(@Root() agent: Agent, @Ctx() ctx: SubgraphContext): Promise<AgentStatusChange[]> {
    return statusHistories(ctx).load(agent.id);
  }

  @FieldResolver(() => [AgentTransfer], { description: "Moves between offices, oldest first." })
  transfers(@Root() agent: Agent, @Ctx() ctx: SubgraphContext): Promise<AgentTransfer[]> {
    return transferHistories(ctx).load(agent.id);
  }

  @FieldResolver(() => String, {
    description:
      "NIK: in clear for an office admin, branch officer or the agent themself within their scope; otherwise masked (only the province and regency digits show). revealAgentPersonalData shows it, audited.",
  })
  nik(@Root() agent: Agent, @Ctx() ctx: SubgraphContext): string {
    return seesAgentPersonalData(ctx.viewer, agentPlacementOf(agent)) ? agent.nik : (maskNik(agent.nik) ?? "");
  }

  @FieldResolver(() => String, {
    description: "Phone number (+62…): in clear on the same terms as the NIK, otherwise masked.",
  })
  phone(@Root() agent: Agent, @Ctx() ctx: SubgraphContext): string {
    return seesAgentPersonalData(ctx.viewer, agentPlacementOf(agent)) ? agent.phone : (maskPhone(agent.phone) ?? "");
  }

  @FieldResolver(() => [AgentStatus], { description: "The statuses this agent can be moved to now." })
  nextStatuses(@Root() agent: Agent): AgentStatus[] {
    return nextStatuses(agent.status);
  }
}
