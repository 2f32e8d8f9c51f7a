import { firstPagesByParent } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { groupBy } from "../../../shared/graphql/loaders";
import type { ConnectionShape } from "../../../shared/graphql/relay";
import { AgentStatus } from "../entities/agent-status";
import { AgentStatusChange } from "../entities/agent-status-change.entity";
import { AgentTransfer } from "../entities/agent-transfer.entity";
import { Agent } from "../entities/agent.entity";
import { BY_AGENT_NUMBER } from "./orders";
import { agentScope } from "./scope";

/** First pages of the agents of many offices, those of the viewer's scope only. */
export function agentPagesByOffice(ctx: SubgraphContext, first: number, status: AgentStatus | null) {
  return ctx.loaders.get<number, ConnectionShape<Agent>>(`agentsByOffice:${status ?? "ALL"}:${first}`, (officeIds) => {
    const where = { $and: [status ? { status } : {}, agentScope(ctx.viewer)] };
    return firstPagesByParent(ctx.em, officeIds, {
      entity: Agent,
      parentProperty: "office",
      orderBy: BY_AGENT_NUMBER,
      first,
      where,
    });
  });
}

export function statusHistories(ctx: SubgraphContext) {
  return ctx.loaders.get<number, AgentStatusChange[]>("agentStatusHistory", async (agentIds) => {
    const rows = await ctx.em.find(
      AgentStatusChange,
      { agent: { $in: [...agentIds] } },
      { orderBy: { effectiveOn: "asc", id: "asc" } },
    );
    const byAgent = groupBy(rows, (row) => row.agent.id);
    return agentIds.map((id) => byAgent.get(id) ?? []);
  });
}

export function transferHistories(ctx: SubgraphContext) {
  return ctx.loaders.get<number, AgentTransfer[]>("agentTransfers", async (agentIds) => {
    const rows = await ctx.em.find(
      AgentTransfer,
      { agent: { $in: [...agentIds] } },
      { orderBy: { effectiveOn: "asc", id: "asc" } },
    );
    const byAgent = groupBy(rows, (row) => row.agent.id);
    return agentIds.map((id) => byAgent.get(id) ?? []);
  });
}

/** The agent record of a UMKM's owner: the one still serving, otherwise the latest. */
export function ownerAgents(ctx: SubgraphContext) {
  return ctx.loaders.get<number, Agent | null>("ownerAgentByUmkm", async (umkmIds) => {
    const rows = await ctx.em.find(Agent, { umkmId: { $in: [...umkmIds] } }, { orderBy: { id: "desc" } });
    const owners = new Map<number, Agent>();
    for (const agent of rows) {
      const current = owners.get(agent.umkmId!);
      if (!current || (current.status === AgentStatus.TERMINATED && agent.status !== AgentStatus.TERMINATED)) {
        owners.set(agent.umkmId!, agent);
      }
    }
    return owners;
  });
}
