import type { SubgraphContext } from "../../../shared/graphql/context";
import { decodeGlobalId } from "../../../shared/graphql/global-id";
import type { Region } from "../entities/region.entity";
import { regionByCode } from "./region.loaders";

/** Other subgraphs refer to a region by its code, or by its global id through node(id:). */
export const regionReference = {
  __resolveReference(reference: { code?: string; id?: string }, ctx: SubgraphContext): Promise<Region | null> | null {
    const code = reference.code ?? (reference.id ? decodeGlobalId(reference.id)?.localId : undefined);
    return code ? regionByCode(ctx).load(code) : null;
  },
};
