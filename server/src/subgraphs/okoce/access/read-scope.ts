import type { FilterQuery } from "@mikro-orm/core";
import type { Viewer } from "../../../shared/auth/viewer";
import { regionCodeLevel } from "../domain/region-codes";
import type { Umkm } from "../entities/umkm.entity";

/**
 * The UMKM a viewer may see, as a condition on the kecamatan code. National roles see the whole registry;
 * every other role the kecamatan inside its region prefixes, matched by whole segment like
 * Viewer.seesRegion, and nothing at all when it has none. Chapters and counts are not limited.
 */
export function umkmScopeWhere(viewer: Viewer): FilterQuery<Umkm> {
  const prefixes = viewer.regionPrefixes;
  if (prefixes === null) return {};
  // Only well-formed codes reach SQL, so a prefix can never carry a LIKE wildcard and widen the scope.
  const codes = prefixes.filter((prefix) => regionCodeLevel(prefix) !== null);
  if (codes.length === 0) return { districtCode: { $in: [] } };
  return {
    $or: codes.flatMap((code) => [{ districtCode: code }, { districtCode: { $like: `${code}.%` } }]),
  };
}

/** The same rule as umkmScopeWhere, for a UMKM already loaded (a write's target, a reveal). */
export function seesUmkm(viewer: Viewer, umkm: Pick<Umkm, "districtCode">): boolean {
  return viewer.seesRegion(umkm.districtCode);
}
