import { localIdOf } from "../../../shared/graphql/global-id";
import { agentRef, type AgentRef } from "../entities/external/agent.ref";
import { perisaiOfficeRef, type PerisaiOfficeRef } from "../entities/external/perisai-office.ref";
import { RegionRef } from "../entities/external/region.ref";
import { umkmRef, type UmkmRef } from "../entities/external/umkm.ref";

/**
 * Entities owned by other subgraphs that this one extends. The representation carries everything the
 * coverage fields need (the key, and for Region the required umkmCount), so resolving one reads nothing;
 * the field resolvers then batch their reads per request.
 */
export const regionReference = {
  __resolveReference(reference: { code: string; umkmCount?: number }): RegionRef {
    return Object.assign(new RegionRef(), { code: reference.code, umkmCount: reference.umkmCount });
  },
};

function byGlobalId<T>(typeName: string, make: (localId: number) => T) {
  return {
    __resolveReference(reference: { id: string }): T | null {
      const id = localIdOf(reference.id, typeName);
      return id === null ? null : make(id);
    },
  };
}

export const agentReference = byGlobalId<AgentRef>("Agent", agentRef);
export const perisaiOfficeReference = byGlobalId<PerisaiOfficeRef>("PerisaiOffice", perisaiOfficeRef);
export const umkmReference = byGlobalId<UmkmRef>("Umkm", umkmRef);
