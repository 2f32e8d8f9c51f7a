import type { SubgraphContext } from "../../../shared/graphql/context";
import { umkmScopeWhere } from "../access/read-scope";
import { Umkm } from "../entities/umkm.entity";

/** UMKM by id as the viewer may see them: one outside their territory comes back null, as if it did not exist. */
export function visibleUmkmById(ctx: SubgraphContext) {
  return ctx.loaders.get<number, Umkm | null>("visibleUmkmById", async (ids) => {
    const rows = await ctx.em.find(Umkm, { $and: [{ id: { $in: [...ids] } }, umkmScopeWhere(ctx.viewer)] });
    return new Map(rows.map((row) => [row.id, row]));
  });
}
