import { findByKeys } from "../../../shared/db/find-by-keys";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { firstPagesByParent } from "../../../shared/graphql/batched-connection";
import type { ConnectionShape } from "../../../shared/graphql/relay";
import { Region } from "../entities/region.entity";

export function regionByCode(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Region | null>("regionByCode", async (codes) => {
    const rows = await findByKeys(ctx.em, Region, "code", codes);
    return new Map(rows.map((row) => [row.code, row]));
  });
}

/** First page of children for every parent asked for in this request, in one statement per page size. */
export function firstChildPages(ctx: SubgraphContext, first: number) {
  return ctx.loaders.get<string, ConnectionShape<Region>>(`regionChildren:${first}`, (codes) =>
    firstPagesByParent(ctx.em, codes, {
      entity: Region,
      parentProperty: "parentCode",
      orderBy: { code: "asc" },
      first,
    }),
  );
}
