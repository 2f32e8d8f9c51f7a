import { describe, expect, it } from "vitest";
import { Role } from "../../../shared/auth/role";
import { Viewer } from "../../../shared/auth/viewer";
import { UserInputError } from "../../../shared/graphql/user-error";
import {
  CHAPTER_EDITORS,
  OWNER_REVEALERS,
  requireKecamatanInScope,
  requireUmkmInScope,
  UMKM_EDITORS,
} from "./write-rules";

function viewer(role: Role, regionPrefixes?: string[]): Viewer {
  return Viewer.of({ sub: 1, sid: "s", role, regionPrefixes, iat: 0, exp: 0 });
}

function refusal(work: () => void): unknown {
  try {
    work();
  } catch (error) {
    return error instanceof UserInputError ? error.errors : error;
  }
  return null;
}

describe("who may write", () => {
  it("lets only national coordinators shape the chapter tree", () => {
    expect(CHAPTER_EDITORS).toEqual([Role.NATIONAL_COORDINATOR]);
  });

  it("keeps branch officers and analysts out of the UMKM registry", () => {
    expect(viewer(Role.BRANCH_OFFICER).is(...UMKM_EDITORS)).toBe(false);
    expect(viewer(Role.ANALYST).is(...UMKM_EDITORS)).toBe(false);
    for (const role of [Role.NATIONAL_COORDINATOR, Role.OFFICE_ADMIN, Role.AGENT]) {
      expect(viewer(role).is(...UMKM_EDITORS)).toBe(true);
    }
  });

  it("never lets an analyst reveal an owner", () => {
    expect(viewer(Role.ANALYST).is(...OWNER_REVEALERS)).toBe(false);
    expect(viewer(Role.BRANCH_OFFICER).is(...OWNER_REVEALERS)).toBe(true);
  });
});

describe("requireKecamatanInScope", () => {
  it("refuses a kecamatan outside the territory with FORBIDDEN on the field", () => {
    expect(
      refusal(() => requireKecamatanInScope(viewer(Role.AGENT, ["21.71.06"]), "kecamatanCode", "21.71.01")),
    ).toEqual([expect.objectContaining({ field: ["input", "kecamatanCode"], code: "FORBIDDEN" })]);
  });

  it("accepts a kecamatan inside the territory, and any kecamatan for a national coordinator", () => {
    expect(
      refusal(() => requireKecamatanInScope(viewer(Role.OFFICE_ADMIN, ["21.71"]), "kecamatanCode", "21.71.06")),
    ).toBeNull();
    expect(
      refusal(() => requireKecamatanInScope(viewer(Role.NATIONAL_COORDINATOR), "kecamatanCode", "12.71.18")),
    ).toBeNull();
  });
});

describe("requireUmkmInScope", () => {
  it("refuses a UMKM outside the territory with FORBIDDEN on the id", () => {
    expect(
      refusal(() => requireUmkmInScope(viewer(Role.OFFICE_ADMIN, ["12"]), "id", { districtCode: "21.71.06" })),
    ).toEqual([expect.objectContaining({ field: ["input", "id"], code: "FORBIDDEN" })]);
    expect(refusal(() => requireUmkmInScope(viewer(Role.AGENT, []), "umkmId", { districtCode: "21.71.06" }))).toEqual([
      expect.objectContaining({ field: ["input", "umkmId"], code: "FORBIDDEN" }),
    ]);
  });
});
