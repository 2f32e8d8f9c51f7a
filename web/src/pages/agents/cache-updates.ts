import type { Cache, OptimisticMutationConfig, UpdatesConfig } from "@urql/exchange-graphcache";

type Status = "ACTIVE" | "SUSPENDED" | "TERMINATED";

/** Where each lifecycle action leads and what may follow (mirrors the API's rules in domain/agent-lifecycle.ts). */
const NEXT_STATUSES: Record<Status, Status[]> = {
  ACTIVE: ["SUSPENDED", "TERMINATED"],
  SUSPENDED: ["ACTIVE", "TERMINATED"],
  TERMINATED: [],
};

interface AgentResult {
  agent?: { id: string; office?: { id: string } | null } | null;
}

/** Every cached page of Query.agents, whatever its filter, sort and cursor, is fetched again on next use. */
function invalidateAgentLists(cache: Cache, officeIds: readonly (string | null | undefined)[]) {
  for (const field of cache.inspectFields("Query")) {
    if (field.fieldName === "agents") cache.invalidate("Query", field.fieldName, field.arguments);
  }
  for (const id of officeIds) {
    if (!id) continue;
    const office = { __typename: "PerisaiOffice", id };
    for (const field of cache.inspectFields(office)) {
      if (field.fieldName === "agents" || field.fieldName === "agentCount")
        cache.invalidate(office, field.fieldName, field.arguments);
    }
  }
}

/** The agent's office before the change, read from the cache (a transfer moves it). */
function cachedOfficeId(cache: Cache, agentId: unknown): string | null {
  if (typeof agentId !== "string") return null;
  const office = cache.resolve({ __typename: "Agent", id: agentId }, "office");
  return typeof office === "string" ? ((cache.resolve(office, "id") as string | null) ?? null) : null;
}

function agentChanged(field: string) {
  return (
    result: Record<string, unknown>,
    args: Record<string, unknown>,
    cache: Cache,
    info: { optimistic?: boolean },
  ) => {
    // The optimistic round changes the agent only; the lists are fetched again once the API has answered.
    if (info.optimistic) return;
    const agent = (result[field] as AgentResult | null)?.agent;
    if (!agent) return;
    const input = args.input as { agentId?: string; toOfficeId?: string } | undefined;
    invalidateAgentLists(cache, [agent.office?.id, input?.toOfficeId]);
  };
}

/**
 * A status change, edit, transfer or appointment moves the agent between filtered and sorted lists: every
 * cached agents list is fetched again, so a list filtered by status never shows the agent's old status.
 */
export const agentUpdates: NonNullable<UpdatesConfig["Mutation"]> = {
  appointAgent: agentChanged("appointAgent"),
  activateAgent: agentChanged("activateAgent"),
  suspendAgent: agentChanged("suspendAgent"),
  terminateAgent: agentChanged("terminateAgent"),
  updateAgent: agentChanged("updateAgent"),
  transferAgent(result, args, cache, info) {
    if (info.optimistic) return;
    const input = args.input as { agentId?: string; toOfficeId?: string };
    // The office in the cache is already the new one: the old office's lists are found through the transfer.
    const transfer = (result.transferAgent as { agent?: { transfers?: { fromOffice?: { id: string } | null }[] } })
      ?.agent?.transfers;
    const fromOffice = transfer?.[transfer.length - 1]?.fromOffice?.id;
    if ((result.transferAgent as AgentResult | null)?.agent)
      invalidateAgentLists(cache, [fromOffice, input.toOfficeId, cachedOfficeId(cache, input.agentId)]);
  },
};

function optimisticStatus(typename: string, status: Status) {
  return (args: Record<string, unknown>) => {
    const input = args.input as { agentId: string };
    // Only the status and what may follow change at once; the history and version come with the answer.
    return {
      __typename: typename,
      agent: { __typename: "Agent", id: input.agentId, status, nextStatuses: NEXT_STATUSES[status] },
      userErrors: [],
    };
  };
}

/** The badge and the actions change the moment a lifecycle action is sent, and roll back if it is refused. */
export const agentOptimistic: OptimisticMutationConfig = {
  activateAgent: optimisticStatus("ActivateAgentPayload", "ACTIVE"),
  suspendAgent: optimisticStatus("SuspendAgentPayload", "SUSPENDED"),
  terminateAgent: optimisticStatus("TerminateAgentPayload", "TERMINATED"),
};
