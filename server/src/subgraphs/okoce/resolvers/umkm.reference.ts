import type { SubgraphContext } from "../../../shared/graphql/context";
import { localIdOf } from "../../../shared/graphql/global-id";
import type { Umkm } from "../entities/umkm.entity";
import { visibleUmkmById } from "./umkm.loaders";

/**
 * Other subgraphs refer to a UMKM by its global id; every lookup of a request shares one statement, and a
 * UMKM outside the viewer's territory resolves to null.
 */
export const umkmReference = {
  __resolveReference(reference: { id: string }, ctx: SubgraphContext): Promise<Umkm | null> | null {
    const id = localIdOf(reference.id, "Umkm");
    return id === null ? null : visibleUmkmById(ctx).load(id);
  },
};
