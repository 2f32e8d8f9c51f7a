import type { SubgraphContext } from "../../../shared/graphql/context";
import { decodeGlobalId } from "../../../shared/graphql/global-id";
import { RegionTarget } from "../entities/region-target.entity";

function regionTargetByCode(ctx: SubgraphContext) {
  return ctx.loaders.get<string, RegionTarget | null>("regionTargetByCode", async (codes) => {
    const rows = await ctx.em.find(RegionTarget, { regionCode: { $in: [...codes] } });
    return new Map(rows.map((row) => [row.regionCode, row]));
  });
}

export const regionTargetReference = {
  __resolveReference(reference: { id: string }, ctx: SubgraphContext): Promise<RegionTarget | null> | null {
    const decoded = decodeGlobalId(reference.id);
    return decoded?.typeName === "RegionTarget" ? regionTargetByCode(ctx).load(decoded.localId) : null;
  },
};
