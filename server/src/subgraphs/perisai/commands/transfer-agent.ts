import { ref } from "@mikro-orm/core";
import type { Viewer } from "../../../shared/auth/viewer";
import type { Em } from "../../../shared/db/orm";
import { Problems, assertVersion } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { regionContains } from "../domain/territory";
import { AgentStatus } from "../entities/agent-status";
import { AgentTransfer } from "../entities/agent-transfer.entity";
import { Agent } from "../entities/agent.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import type { TransferAgentInput } from "../inputs/transfer-agent.input";
import type { AgentTransferResult } from "../resolvers/payloads";
import { MAX_LONG_TEXT_LENGTH, requiredText } from "../validation/fields";
import { territoryOf } from "../validation/regions";
import { effectiveDate } from "./agent-history";
import { activeOffice } from "./appoint-agent";
import { requireManagedOffice, requireManagedOfficeId } from "./access";
import { auditedValues, recordChange } from "./audit-trail";
import { requireTarget } from "./lookups";

/**
 * Moves an agent to another active office, keeping status and agent number. The move is an AgentTransfer
 * row (from, to, date, reason), not a status-history line: the status does not change.
 */
export async function transferAgent(em: Em, viewer: Viewer, input: TransferAgentInput): Promise<AgentTransferResult> {
  const agent = await requireTarget(em, "agentId", Agent, input.agentId);
  // Both ends of the move must be the viewer's: the office the agent leaves and the one they join.
  requireManagedOffice(viewer, agent.office.id, "agentId", "This agent");
  requireManagedOfficeId(viewer, input.toOfficeId, "toOfficeId", "The destination office");
  assertVersion(agent.version, input.expectedVersion);
  const before = auditedValues(agent);
  const problems = new Problems();
  if (agent.status === AgentStatus.TERMINATED) {
    problems.add("agentId", "A terminated agent cannot be transferred", UserErrorCode.INVALID_TRANSITION);
  }
  const reason = requiredText(problems, "reason", input.reason, MAX_LONG_TEXT_LENGTH);
  const target = await activeOffice(em, problems, "toOfficeId", input.toOfficeId);
  if (target && target.id === agent.office.id) {
    problems.add("toOfficeId", `The agent already belongs to ${target.name}`, UserErrorCode.INVALID);
  }
  const territory = input.territory
    ? await territoryOf(em, problems, input.territory, target?.regionCode ?? null)
    : keptTerritory(problems, agent, target);
  problems.throwIfAny();
  const effectiveOn = await effectiveDate(em, agent, input.effectiveOn);
  const from = await em.findOneOrFail(PerisaiOffice, agent.office.id);
  agent.office = ref(target!);
  agent.territory = territory;
  const transfer = em.create(AgentTransfer, {
    agent: ref(agent),
    fromOffice: ref(from),
    toOffice: ref(target!),
    effectiveOn,
    reason,
  });
  await recordChange(em, viewer, "transferAgent", agent, before);
  return { agent, transfer };
}

function keptTerritory(problems: Problems, agent: Agent, target: PerisaiOffice | null): string[] {
  const outside = target ? agent.territory.filter((code) => !regionContains(target.regionCode, code)) : [];
  if (outside.length) {
    problems.add(
      "territory",
      `The agent's kecamatan ${outside.join(", ")} lie outside ${target!.name} (${target!.regionCode}); give a new territory`,
      UserErrorCode.REQUIRED,
    );
  }
  return agent.territory;
}
