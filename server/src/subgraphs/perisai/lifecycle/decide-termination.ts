import { ref } from "@mikro-orm/core";
import { recordAudit } from "../../../shared/audit/audit";
import type { Viewer } from "../../../shared/auth/viewer";
import { jakartaToday } from "../../../shared/calendar";
import type { Em } from "../../../shared/db/orm";
import { assertVersion } from "../../../shared/graphql/mutation";
import { UserErrorCode, UserInputError, userError } from "../../../shared/graphql/user-error";
import { requireManagedOffice } from "../commands/access";
import { changeAgentStatus } from "../commands/agent-status.commands";
import { requireTarget } from "../commands/lookups";
import { AgentAction } from "../domain/agent-lifecycle";
import type { AgentStatusChange } from "../entities/agent-status-change.entity";
import { Agent } from "../entities/agent.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { TerminationDecision, TerminationDecisionKind } from "./termination-decision.entity";
import type { DecideTerminationProposalInput } from "./termination-proposal.type";
import { assessAgents } from "./termination-proposals";

export interface DecisionResult {
  agent: Agent;
  decision: TerminationDecision;
  statusChange: AgentStatusChange | null;
}

/**
 * An office admin's (or national coordinator's) decision on a proposal: only an agent proposed today can
 * be decided on. TERMINATE goes through the ordinary termination (dated history line, terminateAgent audit
 * entry); both decisions are stored with the months they were based on and audited.
 */
export async function decideTerminationProposal(
  em: Em,
  viewer: Viewer,
  input: DecideTerminationProposalInput,
): Promise<DecisionResult> {
  const agent = await requireTarget(em, "agentId", Agent, input.agentId);
  requireManagedOffice(viewer, agent.office.id, "agentId", "This agent");
  if (input.expectedVersion !== null && input.expectedVersion !== undefined)
    assertVersion(agent.version, input.expectedVersion);
  const reason = input.reason?.trim();
  if (!reason)
    throw new UserInputError([userError("reason", "Say why the agent is terminated or kept", UserErrorCode.REQUIRED)]);
  const today = jakartaToday();
  const [assessed] = await assessAgents(em, viewer, { agentId: agent.id, includeNotProposed: true, today });
  if (!assessed?.assessment.proposed) {
    const why = assessed && !assessed.assessment.proposed ? assessed.assessment.why : `the agent is ${agent.status}`;
    throw new UserInputError([
      userError(
        "agentId",
        `${agent.agentNumber} is not proposed for termination: ${why}`,
        UserErrorCode.INVALID_TRANSITION,
      ),
    ]);
  }
  const months = assessed.assessment.months;
  let statusChange: AgentStatusChange | null = null;
  if (input.decision === TerminationDecisionKind.TERMINATE) {
    const span = `${months[0].month} s.d. ${months[months.length - 1].month}`;
    const result = await changeAgentStatus(
      em,
      viewer,
      {
        agentId: input.agentId,
        reason: `${reason} (usulan pemberhentian: tanpa peserta baru dan tanpa iuran ${span})`,
        effectiveOn: today,
        expectedVersion: agent.version,
      },
      AgentAction.TERMINATE,
    );
    statusChange = result.statusChange;
  }
  const decision = em.create(TerminationDecision, {
    agent: ref(agent),
    decision: input.decision,
    reason,
    decidedOn: today,
    decidedByUserId: viewer.userId,
    rule: ref(assessed.rule),
    months,
  });
  await em.flush();
  const office = await em.findOneOrFail(PerisaiOffice, agent.office.id);
  await recordAudit(em, "perisai", viewer, {
    action: "decideTerminationProposal",
    objectType: "Agent",
    objectId: agent.globalId,
    before: null,
    after: {
      decision: decision.decision,
      reason,
      decidedOn: today,
      ruleValidFrom: assessed.rule.validFrom,
      inactiveMonths: assessed.rule.inactiveMonths,
      countingFrom: assessed.countingFrom,
      months,
    },
    scope: { officeId: office.id, regionCode: office.regionCode },
  });
  return { agent, decision, statusChange };
}
