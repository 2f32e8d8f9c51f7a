import { UserErrorCode } from "../../../shared/graphql/user-error";
import { AgentStatus } from "../entities/agent-status";
import type { Refusal } from "./refusal";

export enum AgentAction {
  ACTIVATE = "ACTIVATE",
  SUSPEND = "SUSPEND",
  TERMINATE = "TERMINATE",
}

interface Rule {
  from: readonly AgentStatus[];
  to: AgentStatus;
  reasonRequired: boolean;
  verb: string;
}

const RULES: Record<AgentAction, Rule> = {
  [AgentAction.ACTIVATE]: {
    from: [AgentStatus.CANDIDATE, AgentStatus.SUSPENDED],
    to: AgentStatus.ACTIVE,
    reasonRequired: false,
    verb: "activated",
  },
  [AgentAction.SUSPEND]: {
    from: [AgentStatus.ACTIVE],
    to: AgentStatus.SUSPENDED,
    reasonRequired: true,
    verb: "suspended",
  },
  [AgentAction.TERMINATE]: {
    from: [AgentStatus.CANDIDATE, AgentStatus.ACTIVE, AgentStatus.SUSPENDED],
    to: AgentStatus.TERMINATED,
    reasonRequired: true,
    verb: "terminated",
  },
};

export type Transition = { ok: true; to: AgentStatus; reason: string | null } | { ok: false; refusal: Refusal };

/** The status an action leads to from the current one, or why it may not happen. */
export function transition(current: AgentStatus, action: AgentAction, reason: string | null | undefined): Transition {
  const rule = RULES[action];
  if (!rule.from.includes(current)) {
    const message =
      current === AgentStatus.TERMINATED
        ? "A terminated agent cannot be changed; appoint the person again as a new agent"
        : `A ${current} agent cannot be ${rule.verb}; only ${rule.from.join(" or ")} agents can`;
    return { ok: false, refusal: { field: "agentId", message, code: UserErrorCode.INVALID_TRANSITION } };
  }
  const trimmed = reason?.trim() || null;
  if (rule.reasonRequired && !trimmed) {
    return {
      ok: false,
      refusal: { field: "reason", message: `Say why the agent is ${rule.verb}`, code: UserErrorCode.REQUIRED },
    };
  }
  return { ok: true, to: rule.to, reason: trimmed };
}

/** Statuses an agent can move to from `current` (for clients that offer only the allowed actions). */
export function nextStatuses(current: AgentStatus): AgentStatus[] {
  return Object.values(RULES)
    .filter((rule) => rule.from.includes(current))
    .map((rule) => rule.to);
}

/**
 * A change is dated on or after the agent's last change and never in the future, so the history reads in
 * order and a status is never back-dated under an existing one.
 */
export function effectiveDateRefusal(effectiveOn: string, today: string, lastChangeOn: string | null): Refusal | null {
  if (effectiveOn > today) {
    return {
      field: "effectiveOn",
      message: `The date cannot be in the future (today is ${today})`,
      code: UserErrorCode.OUT_OF_RANGE,
    };
  }
  if (lastChangeOn && effectiveOn < lastChangeOn) {
    return {
      field: "effectiveOn",
      message: `The date cannot be before the agent's last change on ${lastChangeOn}`,
      code: UserErrorCode.OUT_OF_RANGE,
    };
  }
  return null;
}
