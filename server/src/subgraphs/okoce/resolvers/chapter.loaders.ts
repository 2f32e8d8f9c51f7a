import { firstPagesByParent } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { groupBy } from "../../../shared/graphql/loaders";
import type { ConnectionShape } from "../../../shared/graphql/relay";
import { umkmScopeWhere } from "../access/read-scope";
import { placeholders, sql } from "../db/sql";
import { OkOceChapter } from "../entities/ok-oce-chapter.entity";
import { Umkm } from "../entities/umkm.entity";

/** Children and fostered UMKM are listed by name; the id breaks ties and keeps cursors unique. */
export const CHAPTER_CHILD_ORDER = { name: "asc", id: "asc" } as const;
export const CHAPTER_UMKM_ORDER = { businessName: "asc", id: "asc" } as const;

/** Far deeper than any real hierarchy; only stops a loop that bad data could make. */
const MAX_DEPTH = 32;

export function chapterById(ctx: SubgraphContext) {
  return ctx.loaders.get<number, OkOceChapter | null>("chapterById", async (ids) => {
    const rows = await ctx.em.find(OkOceChapter, { id: { $in: [...ids] } });
    return new Map(rows.map((row) => [row.id, row]));
  });
}

/** Ancestors of many chapters in one recursive statement, the root first. */
export function chapterAncestors(ctx: SubgraphContext) {
  return ctx.loaders.get<number, OkOceChapter[]>("chapterAncestors", async (ids) => {
    const rows = await sql<Record<string, unknown> & { __origin: number }>(
      ctx.em,
      `with recursive up ("origin", "ancestor_id", "depth") as (
         select "id", "parent_id", 1 from "okoce"."chapter" where "id" in (${placeholders(ids)}) and "parent_id" is not null
         union all
         select up."origin", c."parent_id", up."depth" + 1 from up join "okoce"."chapter" c on c."id" = up."ancestor_id"
         where c."parent_id" is not null and up."depth" < ?
       )
       select up."origin" as "__origin", c.* from up join "okoce"."chapter" c on c."id" = up."ancestor_id"
       order by up."origin", up."depth" desc`,
      [...ids, MAX_DEPTH],
    );
    const chapters = rows.map(({ __origin, ...columns }) => ({
      origin: __origin,
      chapter: ctx.em.map(OkOceChapter, columns),
    }));
    const byOrigin = groupBy(chapters, (entry) => entry.origin);
    return new Map(ids.map((id) => [id, (byOrigin.get(id) ?? []).map((entry) => entry.chapter)]));
  });
}

/** UMKM fostered by each chapter and by every chapter below it, one statement for all chapters asked for. */
export function subtreeUmkmCounts(ctx: SubgraphContext) {
  return ctx.loaders.get<number, number>("subtreeUmkmCounts", async (ids) => {
    const rows = await sql<{ root: number; count: number }>(
      ctx.em,
      `with recursive subtree ("root", "id") as (
         select "id", "id" from "okoce"."chapter" where "id" in (${placeholders(ids)})
         union
         select subtree."root", c."id" from subtree join "okoce"."chapter" c on c."parent_id" = subtree."id"
       )
       select subtree."root", count(*)::integer as "count"
       from subtree join "okoce"."umkm" u on u."chapter_id" = subtree."id" group by subtree."root"`,
      [...ids],
    );
    const counts = new Map(rows.map((row) => [Number(row.root), row.count]));
    return new Map(ids.map((id) => [id, counts.get(id) ?? 0]));
  });
}

/** First page of direct children for every chapter asked for, in one statement per page size. */
export function firstChildPages(ctx: SubgraphContext, first: number) {
  return ctx.loaders.get<number, ConnectionShape<OkOceChapter>>(`chapterChildren:${first}`, (ids) =>
    firstPagesByParent(ctx.em, ids, {
      entity: OkOceChapter,
      parentProperty: "parent",
      orderBy: CHAPTER_CHILD_ORDER,
      first,
    }),
  );
}

/** First page of the UMKM of the viewer's territory each chapter fosters directly, one statement per page size. */
export function firstUmkmPages(ctx: SubgraphContext, first: number) {
  return ctx.loaders.get<number, ConnectionShape<Umkm>>(`chapterUmkms:${first}`, (ids) =>
    firstPagesByParent(ctx.em, ids, {
      entity: Umkm,
      parentProperty: "chapter",
      orderBy: CHAPTER_UMKM_ORDER,
      first,
      where: umkmScopeWhere(ctx.viewer),
    }),
  );
}
