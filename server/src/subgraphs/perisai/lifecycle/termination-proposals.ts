import type { Viewer } from "../../../shared/auth/viewer";
import { firstDayOf, jakartaToday } from "../../../shared/calendar";
import type { Em } from "../../../shared/db/orm";
import type { AgentRule } from "./agent-rule.entity";
import { agentRuleOn } from "./agent-rules";
import { assessInactivity, inactivityWindow, type InactivityAssessment, type MonthActivity } from "./inactivity";

export interface ProposalQuery {
  /** Only agents of this office and the offices below it. */
  officeId?: number | null;
  /** Only this agent (a decision checks one agent). */
  agentId?: number | null;
  /** Every ACTIVE agent matching, proposed or not, with the assessment saying why (a decision explains a refusal). */
  includeNotProposed?: boolean;
  today?: string;
}

export interface AssessedAgent {
  agentId: number;
  agentNumber: string;
  officeId: number;
  countingFrom: string;
  rule: AgentRule;
  assessment: InactivityAssessment;
}

interface Row {
  id: number;
  agent_number: string;
  office_id: number;
  counting_from: string;
  activity: MonthActivity[];
}

/** The day an agent's inactivity counts from: becoming ACTIVE (or appointed), or last kept by an admin. */
const COUNTING_FROM = `to_char(greatest("a"."appointed_on",
  (select max("c"."effective_on") from "perisai"."agent_status_change" "c"
    where "c"."agent_id" = "a"."id" and "c"."to_status" = 'ACTIVE'),
  (select max("d"."decided_on") from "perisai"."termination_decision" "d"
    where "d"."agent_id" = "a"."id" and "d"."decision" = 'KEEP')), 'YYYY-MM-DD')`;

const ACTIVITY = `"coverage"."published_agent_month" "m"
  where "m"."agent_id" = "candidate"."id" and "m"."month" between ? and ?`;

/**
 * One statement for a whole scope: the ACTIVE agents of the viewer's offices (optionally an office's
 * subtree, or one agent) with their activity in the window, read from coverage's published monthly
 * activity. The SQL keeps only proposed agents (inactivity counting from before the window, no activity
 * in it) so the list scales with proposals, not agents; the pure rule then re-assesses each row and
 * builds the evidence, so the list and a decision apply the same rule.
 */
export async function assessAgents(em: Em, viewer: Viewer, query: ProposalQuery = {}): Promise<AssessedAgent[]> {
  const today = query.today ?? jakartaToday();
  const rule = await agentRuleOn(em, today);
  const window = inactivityWindow(rule, today);
  const [first, last] = [window[0], window[window.length - 1]];
  const offices = viewer.officeIds;
  const onlyProposed = !query.includeNotProposed;
  const rows = await em.execute<Row[]>(
    `with recursive "subtree" as (
       select "id" from "perisai"."perisai_office" where "id" = ?::int
       union
       select "child"."id" from "perisai"."perisai_office" "child" join "subtree" on "child"."parent_id" = "subtree"."id"
     ),
     "candidate" as (
       select "a"."id", "a"."agent_number", "a"."office_id", ${COUNTING_FROM} as "counting_from"
       from "perisai"."agent" "a"
       where "a"."status" = 'ACTIVE'
         and (?::int[] is null or "a"."office_id" = any(?::int[]))
         and (?::int is null or "a"."office_id" in (select "id" from "subtree"))
         and (?::int is null or "a"."id" = ?::int)
     )
     select "candidate".*, coalesce((
       select json_agg(json_build_object('month', "m"."month", 'newParticipants', "m"."new_participants",
         'contributions', "m"."contributions_count") order by "m"."month")
       from ${ACTIVITY}), '[]'::json) as "activity"
     from "candidate"
     where not ?::boolean or ("candidate"."counting_from" < ?
       and not exists (select 1 from ${ACTIVITY} and ("m"."new_participants" > 0 or "m"."contributions_count" > 0)))
     order by "candidate"."agent_number"`,
    [
      query.officeId ?? null,
      offices === null ? null : `{${offices.join(",")}}`,
      offices === null ? null : `{${offices.join(",")}}`,
      query.officeId ?? null,
      query.agentId ?? null,
      query.agentId ?? null,
      first,
      last,
      onlyProposed,
      firstDayOf(first),
      first,
      last,
    ],
  );
  return rows
    .map((row) => ({
      agentId: row.id,
      agentNumber: row.agent_number,
      officeId: row.office_id,
      countingFrom: row.counting_from,
      rule,
      assessment: assessInactivity(rule, today, row.counting_from, row.activity),
    }))
    .filter((agent) => !onlyProposed || agent.assessment.proposed);
}
