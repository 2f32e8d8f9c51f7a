import { Region, regionRef } from "../entities/external/region";

/**
 * The gateway asks for umkmCount and chapters by region code; the code is all this subgraph needs, so no
 * lookup (whether the region exists is the regions subgraph's answer).
 */
export const regionReference = {
  __resolveReference(reference: { code: string }): Region {
    return regionRef(reference.code);
  },
};
