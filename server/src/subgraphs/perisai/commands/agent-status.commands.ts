import type { Viewer } from "../../../shared/auth/viewer";
import type { Em } from "../../../shared/db/orm";
import { assertVersion } from "../../../shared/graphql/mutation";
import { UserErrorCode, UserInputError, userError } from "../../../shared/graphql/user-error";
import { AgentAction, transition } from "../domain/agent-lifecycle";
import { AgentStatus } from "../entities/agent-status";
import { Agent } from "../entities/agent.entity";
import { PerisaiOfficeStatus } from "../entities/perisai-office-status";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import type { AgentStatusChangeInput } from "../inputs/agent-status-change.input";
import type { AgentStatusResult } from "../resolvers/payloads";
import { effectiveDate, recordStatusChange } from "./agent-history";
import { requireManagedOffice } from "./access";
import { auditedValues, recordChange } from "./audit-trail";
import { requireTarget } from "./lookups";

/** Each action is its own mutation, and the mutation's name is the audit entry's action. */
const MUTATIONS = {
  [AgentAction.ACTIVATE]: "activateAgent",
  [AgentAction.SUSPEND]: "suspendAgent",
  [AgentAction.TERMINATE]: "terminateAgent",
} as const;

/** Activate, suspend or terminate: the state machine decides, the history records. */
export async function changeAgentStatus(
  em: Em,
  viewer: Viewer,
  input: AgentStatusChangeInput,
  action: AgentAction,
): Promise<AgentStatusResult> {
  const agent = await requireTarget(em, "agentId", Agent, input.agentId);
  requireManagedOffice(viewer, agent.office.id, "agentId", "This agent");
  assertVersion(agent.version, input.expectedVersion);
  const before = auditedValues(agent);
  const result = transition(agent.status, action, input.reason);
  if (!result.ok)
    throw new UserInputError([userError(result.refusal.field, result.refusal.message, result.refusal.code)]);
  if (result.to === AgentStatus.ACTIVE) await requireActiveOffice(em, agent);
  const effectiveOn = await effectiveDate(em, agent, input.effectiveOn);
  const fromStatus = agent.status;
  agent.status = result.to;
  const statusChange = recordStatusChange(em, agent, fromStatus, effectiveOn, result.reason);
  await recordChange(em, viewer, MUTATIONS[action], agent, before);
  return { agent, statusChange };
}

/** An agent works only while their office runs. */
async function requireActiveOffice(em: Em, agent: Agent): Promise<void> {
  const office = await em.findOneOrFail(PerisaiOffice, agent.office.id);
  if (office.status !== PerisaiOfficeStatus.ACTIVE) {
    throw new UserInputError([
      userError(
        "agentId",
        `${office.name} is ${office.status}; an agent can be activated only in an ACTIVE office (transfer the agent first)`,
        UserErrorCode.INVALID_TRANSITION,
      ),
    ]);
  }
}
