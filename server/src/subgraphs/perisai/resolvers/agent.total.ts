import { Role } from "../../../shared/auth/role";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId } from "../../../shared/graphql/global-id";
import type { AgentFilter } from "../inputs/agent.filter";
import { regionAndBelow } from "./where";

/**
 * The totalCount of an agent list read from perisai.office_agent_count (agents per office and status, kept by
 * triggers): at most four rows per office in scope instead of every matching agent. Null when the list needs
 * the agents themselves: a search, a territory, or an agent viewer, who sees only their own record.
 */
export function agentTotalFromRollup(
  ctx: SubgraphContext,
  filter: AgentFilter | undefined,
): (() => Promise<number>) | null {
  if (filter?.search?.trim() || filter?.territoryCode || ctx.viewer.is(Role.AGENT)) return null;
  const conditions: string[] = [];
  const values: (string | number)[] = [];
  if (filter?.officeId) {
    conditions.push('"c"."office_id" = ?');
    values.push(requireLocalId(filter.officeId, "PerisaiOffice", "filter.officeId"));
  }
  if (filter?.status) {
    conditions.push('"c"."status" = ?');
    values.push(filter.status);
  }
  const offices = ctx.viewer.officeIds;
  if (offices !== null) {
    conditions.push('"c"."office_id" = any(?::int[])');
    values.push(`{${offices.join(",")}}`);
  }
  if (filter?.regionCode) {
    const region = regionAndBelow(filter.regionCode);
    conditions.push(
      '"c"."office_id" in (select "id" from "perisai"."perisai_office" where "region_code" = ? or "region_code" like ?)',
    );
    values.push(region.code, region.below);
  }
  const where = conditions.length ? `where ${conditions.join(" and ")}` : "";
  return async () => {
    const [{ total }] = await ctx.em
      .getConnection()
      .execute<{ total: number }[]>(
        `select coalesce(sum("c"."agents"), 0)::int as "total" from "perisai"."office_agent_count" "c" ${where}`,
        values,
      );
    return total;
  };
}
