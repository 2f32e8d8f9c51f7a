import { findByKeys } from "../../../shared/db/find-by-keys";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { AgentCoverage } from "../entities/rollups/agent-coverage.entity";
import { OfficeCoverage } from "../entities/rollups/office-coverage.entity";
import { UmkmCoverageRow } from "../entities/rollups/umkm-coverage-row.entity";

/**
 * The figures of an agent or office without a rollup row yet. A plain value: constructing an entity would have
 * MikroORM set up change tracking on an object that is only ever read, once for every such row on a page.
 */
const NO_FIGURES = {
  participantsActive: 0,
  participantsTotal: 0,
  contributionsTotal: 0,
  contributionsCount: 0,
  lastPeriod: null,
} as const;

/** Coverage figures of every agent asked for in this request; an agent without a row has all zeros. */
export function agentCoverage(ctx: SubgraphContext) {
  return ctx.loaders.get<number, AgentCoverage>("agentCoverage", async (ids) => {
    const rows = await findByKeys(ctx.em, AgentCoverage, "agentId", ids);
    const found = new Map(rows.map((row) => [row.agentId, row]));
    return ids.map((id) => found.get(id) ?? { ...NO_FIGURES, agentId: id });
  });
}

export function officeCoverage(ctx: SubgraphContext) {
  return ctx.loaders.get<number, OfficeCoverage>("officeCoverage", async (ids) => {
    const rows = await findByKeys(ctx.em, OfficeCoverage, "officeId", ids);
    const found = new Map(rows.map((row) => [row.officeId, row]));
    return ids.map((id) => found.get(id) ?? { ...NO_FIGURES, officeId: id });
  });
}

/** Whether each UMKM asked for has at least one ACTIVE participant. */
export function umkmCovered(ctx: SubgraphContext) {
  return ctx.loaders.get<number, boolean>("umkmCovered", async (ids) => {
    const rows = await findByKeys(ctx.em, UmkmCoverageRow, "umkmId", ids);
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

/** A region code: digits and dots ("21", "21.71.06"); no other text can name a rollup row. */
const REGION_CODE = /^[\d.]+$/;

/**
 * The rollup row and the official target of every region asked for, in one statement. The codes filter each
 * table with `= any`, which the planner answers by key; joined to an unnest of the codes, it read the whole rollup.
 */
export function regionCounts(ctx: SubgraphContext) {
  return ctx.loaders.get<string, RegionCounts>("regionCounts", async (codes) => {
    // An array literal ("{21,21.71}"): the driver would spread a JS array into a list of parameters.
    const lookup = `{${codes.filter((code) => REGION_CODE.test(code)).join(",")}}`;
    const rows = await ctx.em
      .getConnection()
      .execute<
        { code: string; active: number; total: number; covered: number; target: number | null; source: string | null }[]
      >(
        `select coalesce(r.region_code, t.region_code) as code, coalesce(r.participants_active, 0) as active,
         coalesce(r.participants_total, 0) as total, coalesce(r.umkm_covered, 0) as covered,
         t.umkm_target as target, t.source
       from (select * from coverage.region_coverage where region_code = any(?::text[])) r
       full join (select * from coverage.region_target where region_code = any(?::text[])) t
         on t.region_code = r.region_code`,
        [lookup, lookup],
      );
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return codes.map((code) => {
      const row = byCode.get(code);
      return {
        participantsActive: row?.active ?? 0,
        participantsTotal: row?.total ?? 0,
        umkmCovered: row?.covered ?? 0,
        umkmTarget: row?.target ?? null,
        targetSource: row?.source ?? null,
      };
    });
  });
}
