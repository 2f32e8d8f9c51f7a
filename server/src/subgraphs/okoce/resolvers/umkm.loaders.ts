import type { SubgraphContext } from "../../../shared/graphql/context";
import { Umkm } from "../entities/umkm.entity";

export function umkmById(ctx: SubgraphContext) {
  return ctx.loaders.get<number, Umkm | null>("umkmById", async (ids) => {
    const rows = await ctx.em.find(Umkm, { id: { $in: [...ids] } });
    return new Map(rows.map((row) => [row.id, row]));
  });
}
