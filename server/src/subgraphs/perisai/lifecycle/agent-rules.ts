import type { Em } from "../../../shared/db/orm";
import type { Refusal } from "../domain/refusal";
import { AgentRule } from "./agent-rule.entity";
import { rejoinRefusalOf, ruleInForce } from "./inactivity";

/** Every version of the agent rules, oldest first (a handful of rows). */
export function agentRules(em: Em): Promise<AgentRule[]> {
  return em.find(AgentRule, {}, { orderBy: { validFrom: "asc" } });
}

export async function agentRuleOn(em: Em, day: string): Promise<AgentRule> {
  return ruleInForce(await agentRules(em), day);
}

/**
 * The rejoin check for many people at once (a CSV import): the dated rules are read once, and each call
 * takes the person's last termination day (null: never terminated) and the intended appointment day.
 */
export async function rejoinChecker(em: Em): Promise<(terminatedOn: string | null, onDate: string) => Refusal | null> {
  const rules = await agentRules(em);
  return (terminatedOn, onDate) =>
    terminatedOn ? rejoinRefusalOf(terminatedOn, ruleInForce(rules, terminatedOn), onDate) : null;
}

/**
 * Why a person (by NIK) may not be appointed as an agent on `onDate`: their last agency was terminated
 * less than the configured months before. The wait is the one of the rule in force on the termination
 * day, so the date a person may rejoin is known, and stays, from the day they leave. For appointAgent and
 * the CSV agent import alike.
 */
export async function rejoinRefusal(em: Em, nik: string, onDate: string): Promise<Refusal | null> {
  const rows = await em.execute<{ terminated_on: string | null }[]>(
    `select to_char(max(change."effective_on"), 'YYYY-MM-DD') as "terminated_on"
     from "perisai"."agent_status_change" change join "perisai"."agent" agent on agent."id" = change."agent_id"
     where agent."nik" = ? and change."to_status" = 'TERMINATED'`,
    [nik],
  );
  return (await rejoinChecker(em))(rows[0]?.terminated_on ?? null, onDate);
}
