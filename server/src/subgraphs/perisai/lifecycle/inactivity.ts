import { addMonths, firstDayOf, monthOf } from "../../../shared/calendar";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import type { Refusal } from "../domain/refusal";
import { monthsBetween, shiftMonth } from "./months";

/**
 * The agent lifecycle rules of DESIGN §3 as pure functions of dated configuration: an agent with N
 * consecutive complete months without a new participant and without a contribution is proposed for
 * termination; a terminated person may rejoin M months after the termination took effect.
 */
export interface AgentRuleTerms {
  /** First day the rule applies ("YYYY-MM-DD"). */
  validFrom: string;
  inactiveMonths: number;
  rejoinAfterMonths: number;
}

export interface MonthActivity {
  month: string;
  newParticipants: number;
  contributions: number;
}

/** The rule in force on `day`: the latest that started on or before it; before the first, the first. */
export function ruleInForce<T extends { validFrom: string }>(rules: readonly T[], day: string): T {
  const sorted = [...rules].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  if (!sorted.length) throw new Error("No rule is configured");
  return sorted.filter((rule) => rule.validFrom <= day).pop() ?? sorted[0];
}

/** The complete months a proposal made on `today` looks at: the N months before the current one. */
export function inactivityWindow(rule: Pick<AgentRuleTerms, "inactiveMonths">, today: string): string[] {
  const current = monthOf(today);
  return monthsBetween(shiftMonth(current, -rule.inactiveMonths), shiftMonth(current, -1));
}

export type InactivityAssessment =
  { proposed: true; months: MonthActivity[] } | { proposed: false; why: string; months: MonthActivity[] };

/**
 * Whether an agent is proposed for termination on `today`. `countingFrom` is the first day the agent's
 * inactivity can count from: the day they became ACTIVE, or the day an office admin last kept them; every
 * month of the window must start after it, so an agent appointed or kept less than N months ago is not
 * proposed. `activity` may hold any months (and several rows per month); missing months count as zero.
 */
export function assessInactivity(
  rule: Pick<AgentRuleTerms, "inactiveMonths">,
  today: string,
  countingFrom: string,
  activity: readonly MonthActivity[],
): InactivityAssessment {
  const window = inactivityWindow(rule, today);
  const months = window.map((month) => {
    const rows = activity.filter((row) => row.month === month);
    return {
      month,
      newParticipants: rows.reduce((sum, row) => sum + row.newParticipants, 0),
      contributions: rows.reduce((sum, row) => sum + row.contributions, 0),
    };
  });
  if (countingFrom >= firstDayOf(window[0])) {
    return {
      proposed: false,
      why: `inactivity counts only from ${countingFrom}: ${rule.inactiveMonths} complete months have not passed since`,
      months,
    };
  }
  const active = months.filter((month) => month.newParticipants > 0 || month.contributions > 0);
  if (active.length) {
    return {
      proposed: false,
      why: `there was activity in ${active.map((month) => month.month).join(", ")}`,
      months,
    };
  }
  return { proposed: true, months };
}

/** The first day a person whose agency was terminated on `terminatedOn` may be appointed again. */
export function rejoinDate(terminatedOn: string, rule: Pick<AgentRuleTerms, "rejoinAfterMonths">): string {
  return addMonths(terminatedOn, rule.rejoinAfterMonths);
}

/** Refuses an appointment on `appointedOn` of a person terminated on `terminatedOn`, before the wait is over. */
export function rejoinRefusalOf(
  terminatedOn: string | null,
  rule: Pick<AgentRuleTerms, "rejoinAfterMonths">,
  appointedOn: string,
): Refusal | null {
  if (!terminatedOn) return null;
  const from = rejoinDate(terminatedOn, rule);
  if (appointedOn >= from) return null;
  return {
    field: "nik",
    message:
      `This person's agency was terminated on ${terminatedOn}; they may be appointed again from ${from} ` +
      `(${rule.rejoinAfterMonths} months after the termination)`,
    code: UserErrorCode.INVALID_TRANSITION,
  };
}
