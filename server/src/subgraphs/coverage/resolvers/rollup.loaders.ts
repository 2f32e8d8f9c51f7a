import type { SubgraphContext } from "../../../shared/graphql/context";
import { AgentCoverage } from "../entities/rollups/agent-coverage.entity";
import { OfficeCoverage } from "../entities/rollups/office-coverage.entity";
import { UmkmCoverageRow } from "../entities/rollups/umkm-coverage-row.entity";

/** Coverage figures of every agent asked for in this request; an agent without a row has all zeros. */
export function agentCoverage(ctx: SubgraphContext) {
  return ctx.loaders.get<number, AgentCoverage>("agentCoverage", async (ids) => {
    const rows = await ctx.em.find(AgentCoverage, { agentId: { $in: [...ids] } });
    const found = new Map(rows.map((row) => [row.agentId, row]));
    return ids.map((id) => found.get(id) ?? Object.assign(new AgentCoverage(), { agentId: id }));
  });
}

export function officeCoverage(ctx: SubgraphContext) {
  return ctx.loaders.get<number, OfficeCoverage>("officeCoverage", async (ids) => {
    const rows = await ctx.em.find(OfficeCoverage, { officeId: { $in: [...ids] } });
    const found = new Map(rows.map((row) => [row.officeId, row]));
    return ids.map((id) => found.get(id) ?? Object.assign(new OfficeCoverage(), { officeId: id }));
  });
}

/** Whether each UMKM asked for has at least one ACTIVE participant. */
export function umkmCovered(ctx: SubgraphContext) {
  return ctx.loaders.get<number, boolean>("umkmCovered", async (ids) => {
    const rows = await ctx.em.find(UmkmCoverageRow, { umkmId: { $in: [...ids] } });
    const active = new Map(rows.map((row) => [row.umkmId, row.participantsActive > 0]));
    return ids.map((id) => active.get(id) ?? false);
  });
}

export interface RegionCounts {
  participantsActive: number;
  participantsTotal: number;
  umkmCovered: number;
  umkmTarget: number | null;
  targetSource: string | null;
}

/** The rollup row and the official target of every region asked for, in one statement. */
export function regionCounts(ctx: SubgraphContext) {
  return ctx.loaders.get<string, RegionCounts>("regionCounts", async (codes) => {
    const rows = await ctx.em
      .getConnection()
      .execute<
        { code: string; active: number; total: number; covered: number; target: number | null; source: string | null }[]
      >(
        `select c.code, coalesce(r.participants_active, 0) as active, coalesce(r.participants_total, 0) as total,
         coalesce(r.umkm_covered, 0) as covered, t.umkm_target as target, t.source
       from unnest(array[${codes.map(() => "?").join(", ")}]::text[]) as c(code)
       left join coverage.region_coverage r on r.region_code = c.code
       left join coverage.region_target t on t.region_code = c.code`,
        [...codes],
      );
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return codes.map((code) => {
      const row = byCode.get(code)!;
      return {
        participantsActive: row.active,
        participantsTotal: row.total,
        umkmCovered: row.covered,
        umkmTarget: row.target,
        targetSource: row.source,
      };
    });
  });
}
