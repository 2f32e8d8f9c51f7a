import { ref } from "@mikro-orm/core";
import type { Em } from "../../../shared/db/orm";
import { UserInputError, userError } from "../../../shared/graphql/user-error";
import { effectiveDateRefusal } from "../domain/agent-lifecycle";
import { jakartaToday } from "../../../shared/calendar";
import type { AgentStatus } from "../entities/agent-status";
import { AgentStatusChange } from "../entities/agent-status-change.entity";
import type { Agent } from "../entities/agent.entity";

/** The day of the agent's latest status change or transfer: nothing may be dated before it. */
export async function lastChangeOn(em: Em, agentId: number): Promise<string | null> {
  const rows = await em.execute<{ last: string | null }[]>(
    `select greatest(
       (select max("effective_on") from "perisai"."agent_status_change" where "agent_id" = ?),
       (select max("effective_on") from "perisai"."agent_transfer" where "agent_id" = ?)
     ) as "last"`,
    [agentId, agentId],
  );
  return rows[0]?.last ?? null;
}

/** The effective date of a change: the input's, or today in Jakarta; refused when out of order. */
export async function effectiveDate(em: Em, agent: Agent, requested: string | null | undefined): Promise<string> {
  const today = jakartaToday();
  const effectiveOn = requested ?? today;
  const refusal = effectiveDateRefusal(effectiveOn, today, await lastChangeOn(em, agent.id));
  if (refusal) throw new UserInputError([userError(refusal.field, refusal.message, refusal.code)]);
  return effectiveOn;
}

/** Every status change writes its history line in the same transaction. */
export function recordStatusChange(
  em: Em,
  agent: Agent,
  fromStatus: AgentStatus | null,
  effectiveOn: string,
  reason: string | null,
): AgentStatusChange {
  return em.create(AgentStatusChange, { agent: ref(agent), fromStatus, toStatus: agent.status, effectiveOn, reason });
}
