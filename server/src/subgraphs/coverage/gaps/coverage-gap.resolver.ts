import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import {
  afterInteger,
  integerKeyedPage,
  PageArgs,
  pageSize,
  type ConnectionShape,
} from "../../../shared/graphql/relay";
import { GraphQLError } from "graphql";
import { regionRef } from "../entities/external/region.ref";
import { CoverageGap, CoverageGapConnection, CoverageGapFilter } from "./coverage-gap";
import { COVERAGE_GAP_SQL, coverageGapBindings } from "./coverage-gap.sql";

interface GapRow {
  code: string;
  registered: number;
  covered: number;
  uncovered: number;
  agents: number;
  total: number;
}

const REGION_PREFIX = /^\d{2}(\.\d{2})?$/;

@Resolver(() => CoverageGap)
export class CoverageGapResolver {
  @Query(() => CoverageGapConnection, {
    description:
      "Kecamatan ranked by coverage gap: first those with uncovered UMKM and no active agent, then by uncovered " +
      "UMKM per active agent. Aggregates only (no personal data), for every signed-in role like Region.coverage.",
  })
  async coverageGaps(
    @Arg("filter", () => CoverageGapFilter, { nullable: true }) filter: CoverageGapFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ConnectionShape<CoverageGap>> {
    const prefix = filter?.regionCode?.trim() || null;
    if (prefix && !REGION_PREFIX.test(prefix)) {
      throw new GraphQLError('regionCode must be a province ("21") or regency ("21.71") code', {
        extensions: { code: "BAD_USER_INPUT", argument: "filter.regionCode" },
      });
    }
    const first = pageSize(page.first);
    const after = afterInteger(page.after);
    const onlyWithGap = filter?.onlyWithGap ?? true;
    const rows = await ctx.em
      .getConnection()
      .execute<GapRow[]>(COVERAGE_GAP_SQL, coverageGapBindings(prefix, onlyWithGap, after, first + 1));
    // The cursor is the last rank shown, so the page starts that many rows into the ranking.
    const nodes = rows.slice(0, first).map((row, index) =>
      Object.assign(new CoverageGap(), {
        rank: after + index + 1,
        kecamatan: regionRef(row.code),
        umkmRegistered: row.registered,
        umkmCovered: row.covered,
        umkmUncovered: row.uncovered,
        activeAgents: row.agents,
        gapScore: row.agents > 0 ? row.uncovered / row.agents : null,
      }),
    );
    const total = rows[0]?.total ?? (after > 0 ? await this.total(ctx, prefix, onlyWithGap) : 0);
    return integerKeyedPage(nodes, { first, after, fetched: rows.length }, total, (node) => node.rank);
  }

  /** Only past the last page: the page query returned no row to carry the total. */
  private async total(ctx: SubgraphContext, prefix: string | null, onlyWithGap: boolean): Promise<number> {
    const rows = await ctx.em
      .getConnection()
      .execute<GapRow[]>(COVERAGE_GAP_SQL, coverageGapBindings(prefix, onlyWithGap, 0, 1));
    return rows[0]?.total ?? 0;
  }
}
