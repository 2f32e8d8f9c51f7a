import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { PageArgs, pageSize, type ConnectionShape } from "../../../shared/graphql/relay";
import { GraphQLError } from "graphql";
import { regionRef } from "../entities/external/region.ref";
import { CoverageGap, CoverageGapConnection, CoverageGapFilter } from "./coverage-gap";
import { COVERAGE_GAP_SQL } from "./coverage-gap.sql";

interface GapRow {
  code: string;
  registered: number;
  covered: number;
  uncovered: number;
  agents: number;
  rank: number;
  total: number;
}

const REGION_PREFIX = /^\d{2}(\.\d{2})?$/;

function rankAfter(after: string | undefined): number {
  if (!after) return 0;
  const rank = Number(Buffer.from(after, "base64url").toString("utf8"));
  if (!Number.isInteger(rank) || rank < 1) {
    throw new GraphQLError('"after" is not a cursor of this list', {
      extensions: { code: "BAD_USER_INPUT", argument: "after" },
    });
  }
  return rank;
}

const cursorOf = (rank: number) => Buffer.from(String(rank), "utf8").toString("base64url");

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
    const after = rankAfter(page.after);
    const rows = await ctx.em
      .getConnection()
      .execute<GapRow[]>(COVERAGE_GAP_SQL, [prefix, prefix, filter?.onlyWithGap ?? true, after, first + 1]);
    const nodes = rows.slice(0, first).map((row) =>
      Object.assign(new CoverageGap(), {
        rank: row.rank,
        kecamatan: regionRef(row.code),
        umkmRegistered: row.registered,
        umkmCovered: row.covered,
        umkmUncovered: row.uncovered,
        activeAgents: row.agents,
        gapScore: row.agents > 0 ? row.uncovered / row.agents : null,
      }),
    );
    const total = rows[0]?.total ?? (after > 0 ? await this.total(ctx, prefix, filter?.onlyWithGap ?? true) : 0);
    return {
      nodes,
      edges: nodes.map((node) => ({ node, cursor: cursorOf(node.rank) })),
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: after > 0,
        startCursor: nodes.length ? cursorOf(nodes[0].rank) : null,
        endCursor: nodes.length ? cursorOf(nodes[nodes.length - 1].rank) : null,
      },
      totalCount: total,
    };
  }

  /** Only past the last page: the page query returned no row to carry the total. */
  private async total(ctx: SubgraphContext, prefix: string | null, onlyWithGap: boolean): Promise<number> {
    const rows = await ctx.em.getConnection().execute<GapRow[]>(COVERAGE_GAP_SQL, [prefix, prefix, onlyWithGap, 0, 1]);
    return rows[0]?.total ?? 0;
  }
}
