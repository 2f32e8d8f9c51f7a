import { firstPagesByParent } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import type { ConnectionShape } from "../../../shared/graphql/relay";
import { OkOceChapter } from "../entities/ok-oce-chapter.entity";
import { RegionUmkmCount } from "../entities/region-umkm-count.entity";
import { CHAPTER_CHILD_ORDER } from "./chapter.loaders";

/** UMKM in each region and below, from the rollup table; a region with no row has none. */
export function umkmCountByRegion(ctx: SubgraphContext) {
  return ctx.loaders.get<string, number>("umkmCountByRegion", async (codes) => {
    const rows = await ctx.em.find(RegionUmkmCount, { regionCode: { $in: [...codes] } });
    const counts = new Map(rows.map((row) => [row.regionCode, row.umkmCount]));
    return new Map(codes.map((code) => [code, counts.get(code) ?? 0]));
  });
}

/** First page of the chapters working in exactly each region asked for, in one statement per page size. */
export function firstChapterPagesByRegion(ctx: SubgraphContext, first: number) {
  return ctx.loaders.get<string, ConnectionShape<OkOceChapter>>(`regionChapters:${first}`, (codes) =>
    firstPagesByParent(ctx.em, codes, {
      entity: OkOceChapter,
      parentProperty: "regionCode",
      orderBy: CHAPTER_CHILD_ORDER,
      first,
    }),
  );
}
