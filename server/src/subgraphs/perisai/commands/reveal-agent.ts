import type { Viewer } from "../../../shared/auth/viewer";
import { checkRevealReason } from "../../../shared/validation/reveal-reason";
import { recordAudit } from "../../../shared/audit/audit";
import type { Em } from "../../../shared/db/orm";
import { Problems } from "../../../shared/graphql/mutation";
import { mayRevealAgent } from "../domain/access-rules";
import { Agent } from "../entities/agent.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import type { RevealAgentPersonalDataInput } from "../inputs/reveal-agent-personal-data.input";
import { agentPlacementOf } from "../resolvers/scope";
import { outsideScope, throwRefusals } from "./access";
import { requireTarget } from "./lookups";

export interface RevealedAgentData {
  nik: string;
  phone: string;
}

/**
 * One agent's NIK and phone in clear, for a stated reason. The audit entry (in the same transaction) says
 * who looked at whose data and why; it holds no personal value itself.
 */
export async function revealAgentPersonalData(
  em: Em,
  viewer: Viewer,
  input: RevealAgentPersonalDataInput,
): Promise<RevealedAgentData> {
  const agent = await requireTarget(em, "agentId", Agent, input.agentId);
  if (!mayRevealAgent(viewer, agentPlacementOf(agent))) throwRefusals([outsideScope("agentId", "This agent")]);
  const problems = new Problems();
  const reason = checkRevealReason(problems, input.reason);
  problems.throwIfAny();
  const office = await em.findOneOrFail(PerisaiOffice, agent.office.id);
  await recordAudit(em, "perisai", viewer, {
    action: "revealPersonalData",
    objectType: "Agent",
    objectId: agent.globalId,
    after: { revealed: ["nik", "phone"], reason },
    scope: { officeId: office.id, regionCode: office.regionCode },
  });
  return { nik: agent.nik, phone: agent.phone };
}
