import { Role } from "../../../shared/auth/role";
import type { Viewer } from "../../../shared/auth/viewer";
import { UserErrorCode, UserInputError, userError } from "../../../shared/graphql/user-error";
import type { Umkm } from "../entities/umkm.entity";
import { seesUmkm } from "./read-scope";

/** The chapter tree is national reference data: only national coordinators shape it. */
export const CHAPTER_EDITORS = [Role.NATIONAL_COORDINATOR] as const;

/** Who keeps the UMKM registry: national coordinators anywhere, office admins and agents in their territory. */
export const UMKM_EDITORS = [Role.NATIONAL_COORDINATOR, Role.OFFICE_ADMIN, Role.AGENT] as const;

/** Who may see one owner's personal data in clear, on the record; never an analyst. */
export const OWNER_REVEALERS = [Role.NATIONAL_COORDINATOR, Role.OFFICE_ADMIN, Role.BRANCH_OFFICER, Role.AGENT] as const;

/** Refuses (FORBIDDEN on the id, nothing written) a UMKM outside the viewer's territory. */
export function requireUmkmInScope(viewer: Viewer, field: string, umkm: Pick<Umkm, "districtCode">): void {
  if (!seesUmkm(viewer, umkm)) {
    throw new UserInputError([userError(field, "This UMKM is outside your territory", UserErrorCode.FORBIDDEN)]);
  }
}

/** Refuses (FORBIDDEN on the field, nothing written) placing a UMKM in a kecamatan outside the territory. */
export function requireKecamatanInScope(viewer: Viewer, field: string, kecamatanCode: string): void {
  if (!seesUmkm(viewer, { districtCode: kecamatanCode })) {
    throw new UserInputError([
      userError(field, `Kecamatan "${kecamatanCode}" is outside your territory`, UserErrorCode.FORBIDDEN),
    ]);
  }
}
