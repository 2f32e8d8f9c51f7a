import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { MonthlyTotalsFilter } from "../inputs/monthly-totals.filter";
import { MonthlyTotal } from "../types/monthly-total";

@Resolver(() => MonthlyTotal)
export class MonthlyTotalResolver {
  @Query(() => [MonthlyTotal], {
    description: "Enrolments and contributions per month, oldest first, from the monthly rollup (one row per month).",
  })
  async monthlyTotals(
    @Arg("filter", () => MonthlyTotalsFilter, { nullable: true }) filter: MonthlyTotalsFilter | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<MonthlyTotal[]> {
    const conditions: string[] = [];
    const params: (string | number)[] = [];
    const where = (condition: string, value: string | number) => {
      conditions.push(condition);
      params.push(value);
    };
    if (filter?.officeId) where("office_id = ?", requireLocalId(filter.officeId, "PerisaiOffice", "filter.officeId"));
    if (filter?.agentId) where("agent_id = ?", requireLocalId(filter.agentId, "Agent", "filter.agentId"));
    if (filter?.periodFrom) where("period >= ?", filter.periodFrom);
    if (filter?.periodTo) where("period <= ?", filter.periodTo);
    const rows = await ctx.em
      .getConnection()
      .execute<{ period: string; enrolments: string; contributions_total: string; contributions_count: string }[]>(
        `select period, sum(enrolments) as enrolments, sum(contributions_total) as contributions_total,
         sum(contributions_count) as contributions_count
       from coverage.monthly_totals ${conditions.length ? `where ${conditions.join(" and ")}` : ""}
       group by period order by period`,
        params,
      );
    return rows.map((row) =>
      Object.assign(new MonthlyTotal(), {
        period: row.period,
        enrolments: Number(row.enrolments),
        contributionsTotal: Number(row.contributions_total),
        contributionsCount: Number(row.contributions_count),
      }),
    );
  }
}
