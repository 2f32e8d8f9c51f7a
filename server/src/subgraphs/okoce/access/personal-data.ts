import type { Viewer } from "../../../shared/auth/viewer";
import type { OkOceChapter } from "../entities/ok-oce-chapter.entity";
import type { Umkm } from "../entities/umkm.entity";
import { seesUmkm } from "./read-scope";

/**
 * An owner's NIK and phone in clear: office admins, branch officers and agents, for a business in their
 * territory. National coordinators and analysts get them masked, and a coordinator reveals one owner
 * with revealUmkmOwner, which is audited.
 */
export function seesUmkmOwnerInClear(viewer: Viewer, umkm: Pick<Umkm, "districtCode">): boolean {
  return viewer.seesPersonalDataInScope && seesUmkm(viewer, umkm);
}

/**
 * A coordinator's phone in clear: the same operational roles, when their territory covers the chapter's
 * whole region. A national chapter has no region, so no territory covers it.
 */
export function seesCoordinatorPhoneInClear(viewer: Viewer, chapter: Pick<OkOceChapter, "regionCode">): boolean {
  return viewer.seesPersonalDataInScope && chapter.regionCode !== null && viewer.seesRegion(chapter.regionCode);
}
