import { describe, expect, it } from "vitest";
import { Role } from "../../../shared/auth/role";
import { Viewer } from "../../../shared/auth/viewer";
import { seesCoordinatorPhoneInClear, seesUmkmOwnerInClear } from "./personal-data";

function viewer(role: Role, regionPrefixes?: string[]): Viewer {
  return Viewer.of({ sub: 1, sid: "s", role, regionPrefixes, iat: 0, exp: 0 });
}

const lubukBaja = { districtCode: "21.71.06" };
const medan = { districtCode: "12.71.18" };

describe("seesUmkmOwnerInClear", () => {
  it("shows an owner in clear to operational roles whose territory holds the business", () => {
    expect(seesUmkmOwnerInClear(viewer(Role.OFFICE_ADMIN, ["21.71"]), lubukBaja)).toBe(true);
    expect(seesUmkmOwnerInClear(viewer(Role.BRANCH_OFFICER, ["21.71"]), lubukBaja)).toBe(true);
    expect(seesUmkmOwnerInClear(viewer(Role.AGENT, ["21.71.06"]), lubukBaja)).toBe(true);
  });

  it("masks an owner outside the territory", () => {
    expect(seesUmkmOwnerInClear(viewer(Role.OFFICE_ADMIN, ["21.71"]), medan)).toBe(false);
    expect(seesUmkmOwnerInClear(viewer(Role.AGENT, ["21.71.01"]), lubukBaja)).toBe(false);
  });

  it("masks every owner for national coordinators and analysts", () => {
    expect(seesUmkmOwnerInClear(viewer(Role.NATIONAL_COORDINATOR), lubukBaja)).toBe(false);
    expect(seesUmkmOwnerInClear(viewer(Role.ANALYST), lubukBaja)).toBe(false);
  });
});

describe("seesCoordinatorPhoneInClear", () => {
  it("shows the phone in clear when the territory covers the chapter's whole region", () => {
    const batamAdmin = viewer(Role.OFFICE_ADMIN, ["21.71"]);
    expect(seesCoordinatorPhoneInClear(batamAdmin, { regionCode: "21.71" })).toBe(true);
    expect(seesCoordinatorPhoneInClear(batamAdmin, { regionCode: "21.71.06" })).toBe(true);
    expect(seesCoordinatorPhoneInClear(viewer(Role.AGENT, ["21.71.06"]), { regionCode: "21.71.06" })).toBe(true);
  });

  it("masks a chapter above or beside the territory, and the national chapter", () => {
    const batamAdmin = viewer(Role.OFFICE_ADMIN, ["21.71"]);
    expect(seesCoordinatorPhoneInClear(batamAdmin, { regionCode: "21" })).toBe(false);
    expect(seesCoordinatorPhoneInClear(batamAdmin, { regionCode: "12.71" })).toBe(false);
    expect(seesCoordinatorPhoneInClear(batamAdmin, { regionCode: null })).toBe(false);
    expect(seesCoordinatorPhoneInClear(viewer(Role.AGENT, ["21.71.06"]), { regionCode: "21.71" })).toBe(false);
  });

  it("masks every coordinator for national roles", () => {
    expect(seesCoordinatorPhoneInClear(viewer(Role.NATIONAL_COORDINATOR), { regionCode: "21.71" })).toBe(false);
    expect(seesCoordinatorPhoneInClear(viewer(Role.ANALYST), { regionCode: "21.71" })).toBe(false);
  });
});
