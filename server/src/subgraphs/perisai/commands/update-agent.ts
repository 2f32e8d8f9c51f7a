import type { Viewer } from "../../../shared/auth/viewer";
import type { Em } from "../../../shared/db/orm";
import { Problems, assertVersion } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { AgentStatus } from "../entities/agent-status";
import { Agent } from "../entities/agent.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import type { UpdateAgentInput } from "../inputs/update-agent.input";
import type { AgentResult } from "../resolvers/payloads";
import { given, requiredText } from "../validation/fields";
import { territoryOf } from "../validation/regions";
import { validPhone } from "./appoint-agent";
import { requireManagedOffice } from "./access";
import { auditedValues, recordChange } from "./audit-trail";
import { requireTarget } from "./lookups";

/** Corrects name, phone or territory; a terminated record is history and stays as it was. */
export async function updateAgent(em: Em, viewer: Viewer, input: UpdateAgentInput): Promise<AgentResult> {
  const agent = await requireTarget(em, "agentId", Agent, input.agentId);
  requireManagedOffice(viewer, agent.office.id, "agentId", "This agent");
  assertVersion(agent.version, input.expectedVersion);
  const before = auditedValues(agent);
  const problems = new Problems();
  if (agent.status === AgentStatus.TERMINATED) {
    problems.add("agentId", "A terminated agent's record cannot be changed", UserErrorCode.INVALID_TRANSITION);
    problems.throwIfAny();
  }
  if (given(input.name)) agent.name = requiredText(problems, "name", input.name);
  if (given(input.phone)) agent.phone = validPhone(problems, input.phone) ?? agent.phone;
  if (given(input.territory)) {
    const office = await em.findOneOrFail(PerisaiOffice, agent.office.id);
    agent.territory = await territoryOf(em, problems, input.territory ?? [], office.regionCode);
  }
  problems.throwIfAny();
  await recordChange(em, viewer, "updateAgent", agent, before);
  return { agent };
}
