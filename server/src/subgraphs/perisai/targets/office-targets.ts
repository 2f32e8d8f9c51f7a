import { GraphQLError } from "graphql";
import type { Viewer } from "../../../shared/auth/viewer";
import { jakartaToday, monthOf } from "../../../shared/calendar";
import type { Em } from "../../../shared/db/orm";
import { ruleInForce } from "../lifecycle/inactivity";
import { monthCount, shiftMonth } from "../lifecycle/months";
import { OfficeTargetRule } from "./office-target-rule.entity";
import { reviewRun, standingOf, type OfficeMonthFigures, type OfficeMonthStanding } from "./target-rules";

/** A progress report covers at most five years. */
export const MAX_PROGRESS_MONTHS = 60;
/** How far back the review list looks for the run of months under the minimum. */
const REVIEW_LOOKBACK_MONTHS = 12;

interface Row {
  office_id: number;
  month: string;
  monthly_target: number | null;
  minimum: number | null;
  target_from: string | null;
  enrolments: number;
}

interface MonthsQuery {
  officeIds: number[] | null;
  from: string;
  to: string;
  /** Only offices that recruit: ACTIVE or UNDER_REVIEW, with at least one agent record. */
  recruitingOnly: boolean;
}

/**
 * One statement for any number of offices and months: the target in force each month (the latest dated
 * office_target row not after it) and the month's enrolments by the office's agents, from coverage's
 * published monthly activity.
 */
async function officeMonths(em: Em, query: MonthsQuery): Promise<Map<number, OfficeMonthFigures[]>> {
  const ids = query.officeIds === null ? null : `{${query.officeIds.join(",")}}`;
  const rows = await em.execute<Row[]>(
    `with "month" as (
       select to_char("d", 'YYYY-MM') as "month"
       from generate_series(?::date, ?::date, interval '1 month') as "d"
     ),
     "office" as (
       select "o"."id" from "perisai"."perisai_office" "o"
       where (?::int[] is null or "o"."id" = any(?::int[]))
         and (not ?::boolean or ("o"."status" in ('ACTIVE', 'UNDER_REVIEW')
           and exists (select 1 from "perisai"."agent" "a" where "a"."office_id" = "o"."id")))
     ),
     "enrolment" as (
       select "m"."office_id", "m"."month", sum("m"."new_participants")::int as "enrolments"
       from "coverage"."published_agent_month" "m"
       where "m"."month" between ? and ? and (?::int[] is null or "m"."office_id" = any(?::int[]))
       group by "m"."office_id", "m"."month"
     )
     select "office"."id" as "office_id", "month"."month", "t"."monthly_target", "t"."minimum",
       "t"."valid_from" as "target_from", coalesce("enrolment"."enrolments", 0) as "enrolments"
     from "office" cross join "month"
     left join lateral (
       select "monthly_target", "minimum", "valid_from" from "perisai"."office_target"
       where "office_id" = "office"."id" and "valid_from" <= "month"."month"
       order by "valid_from" desc limit 1
     ) as "t" on true
     left join "enrolment" on "enrolment"."office_id" = "office"."id" and "enrolment"."month" = "month"."month"
     order by "office"."id", "month"."month"`,
    [`${query.from}-01`, `${query.to}-01`, ids, ids, query.recruitingOnly, query.from, query.to, ids, ids],
  );
  const byOffice = new Map<number, OfficeMonthFigures[]>();
  for (const row of rows) {
    const months = byOffice.get(row.office_id) ?? [];
    months.push({
      month: row.month,
      monthlyTarget: row.monthly_target,
      minimum: row.minimum,
      targetFrom: row.target_from,
      enrolments: Number(row.enrolments),
    });
    byOffice.set(row.office_id, months);
  }
  return byOffice;
}

export async function officeTargetRules(em: Em): Promise<OfficeTargetRule[]> {
  return em.find(OfficeTargetRule, {}, { orderBy: { validFrom: "asc" } });
}

export async function officeTargetRuleOn(em: Em, day: string): Promise<OfficeTargetRule> {
  return ruleInForce(await officeTargetRules(em), day);
}

/** Target, minimum and enrolments of one office, month by month from `from` to `to`. */
export async function officeProgress(
  em: Em,
  officeId: number,
  from: string,
  to: string,
  today = jakartaToday(),
): Promise<OfficeMonthStanding[]> {
  if (to < from) throw new GraphQLError('"to" must not be before "from"', { extensions: { code: "BAD_USER_INPUT" } });
  if (monthCount(from, to) > MAX_PROGRESS_MONTHS) {
    throw new GraphQLError(`A progress report covers at most ${MAX_PROGRESS_MONTHS} months`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  const months = await officeMonths(em, { officeIds: [officeId], from, to, recruitingOnly: false });
  return (months.get(officeId) ?? []).map((month) => standingOf(month, monthOf(today)));
}

export interface ReviewEntry {
  officeId: number;
  months: OfficeMonthStanding[];
  rule: OfficeTargetRule;
}

/**
 * Recruiting offices of the viewer's scope whose last complete months (the rule's reviewMonths or more)
 * were all under the minimum; longest run first.
 */
export async function reviewList(em: Em, viewer: Viewer, today = jakartaToday()): Promise<ReviewEntry[]> {
  const rule = await officeTargetRuleOn(em, today);
  const last = shiftMonth(monthOf(today), -1);
  const from = shiftMonth(last, -(Math.max(rule.reviewMonths, REVIEW_LOOKBACK_MONTHS) - 1));
  const byOffice = await officeMonths(em, { officeIds: viewer.officeIds, from, to: last, recruitingOnly: true });
  const entries: ReviewEntry[] = [];
  for (const [officeId, figures] of byOffice) {
    const run = reviewRun(
      figures.map((month) => standingOf(month, monthOf(today))),
      rule.reviewMonths,
    );
    if (run) entries.push({ officeId, months: run, rule });
  }
  return entries.sort((a, b) => b.months.length - a.months.length || a.officeId - b.officeId);
}
