import { GraphQLError } from "graphql";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { rowScopeOf } from "../access/row-scope";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import { MonthlyTotalsFilter } from "../inputs/monthly-totals.filter";
import { MonthlyTotal } from "../types/monthly-total";

@Resolver(() => MonthlyTotal)
export class MonthlyTotalResolver {
  @Query(() => [MonthlyTotal], {
    description:
      "Enrolments and contributions per month, oldest first, from the monthly rollup (one row per month). The " +
      "national series is open to every signed-in role, like Region.coverage; an office's or an agent's only to " +
      "those who see that office or agent (FORBIDDEN otherwise).",
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
    const officeId = filter?.officeId ? requireLocalId(filter.officeId, "PerisaiOffice", "filter.officeId") : null;
    const agentId = filter?.agentId ? requireLocalId(filter.agentId, "Agent", "filter.agentId") : null;
    await this.checkScope(ctx, officeId, agentId);
    if (officeId !== null) where("office_id = ?", officeId);
    if (agentId !== null) where("agent_id = ?", agentId);
    if (filter?.periodFrom) where("period >= ?", filter.periodFrom);
    if (filter?.periodTo) where("period <= ?", filter.periodTo);
    const rows = await ctx.em
      .getConnection()
      .execute<{ period: string; enrolments: string; contributions_total: string; contributions_count: string }[]>(
        `select period, sum(enrolments) as enrolments, sum(contributions_total) as contributions_total,
         sum(contributions_count) as contributions_count
       from coverage.${officeId === null && agentId === null ? "national_monthly_totals" : "monthly_totals"}
       ${conditions.length ? `where ${conditions.join(" and ")}` : ""}
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

  /** One office's or agent's figures are theirs: visible only where the office or agent is. */
  private async checkScope(ctx: SubgraphContext, officeId: number | null, agentId: number | null): Promise<void> {
    const scope = rowScopeOf(ctx.viewer);
    if (scope.kind === "everything" || (officeId === null && agentId === null)) return;
    let allowed = false;
    if (scope.kind === "agent") allowed = officeId === null && agentId === scope.agentId;
    if (scope.kind === "offices") {
      const agentOffice =
        agentId === null
          ? null
          : ((
              await ctx.em
                .getConnection()
                .execute<{ office_id: number }[]>("select office_id from perisai.published_agent where id = ?", [
                  agentId,
                ])
            )[0]?.office_id ?? -1);
      allowed =
        (officeId === null || scope.officeIds.includes(officeId)) &&
        (agentOffice === null || scope.officeIds.includes(agentOffice));
    }
    if (!allowed) {
      throw new GraphQLError("These figures belong to an office or agent outside your part of the network", {
        extensions: { code: "FORBIDDEN" },
      });
    }
  }
}
