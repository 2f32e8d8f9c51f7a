import { describe, expect, it } from "vitest";
import { Role } from "../../../shared/auth/role";
import { Viewer } from "../../../shared/auth/viewer";
import { seesUmkm, umkmScopeWhere } from "./read-scope";

function viewer(role: Role, regionPrefixes?: string[]): Viewer {
  return Viewer.of({ sub: 1, sid: "s", role, regionPrefixes, iat: 0, exp: 0 });
}

describe("umkmScopeWhere", () => {
  it("places no condition for national roles, whatever their token carries", () => {
    expect(umkmScopeWhere(viewer(Role.NATIONAL_COORDINATOR))).toEqual({});
    expect(umkmScopeWhere(viewer(Role.ANALYST, ["21.71"]))).toEqual({});
  });

  it("matches each region prefix itself or by whole segment below it", () => {
    expect(umkmScopeWhere(viewer(Role.OFFICE_ADMIN, ["21.71", "12"]))).toEqual({
      $or: [
        { districtCode: "21.71" },
        { districtCode: { $like: "21.71.%" } },
        { districtCode: "12" },
        { districtCode: { $like: "12.%" } },
      ],
    });
  });

  it("matches nothing for a role without a territory, or with prefixes that are not region codes", () => {
    expect(umkmScopeWhere(viewer(Role.AGENT, []))).toEqual({ districtCode: { $in: [] } });
    expect(umkmScopeWhere(viewer(Role.AGENT))).toEqual({ districtCode: { $in: [] } });
    expect(umkmScopeWhere(viewer(Role.OFFICE_ADMIN, ["%", "21.7_"]))).toEqual({ districtCode: { $in: [] } });
  });
});

describe("seesUmkm", () => {
  it("follows the same whole-segment rule as the SQL condition", () => {
    const agent = viewer(Role.AGENT, ["21.71.06"]);
    expect(seesUmkm(agent, { districtCode: "21.71.06" })).toBe(true);
    expect(seesUmkm(agent, { districtCode: "21.71.01" })).toBe(false);
    expect(seesUmkm(viewer(Role.OFFICE_ADMIN, ["21.7"]), { districtCode: "21.71.06" })).toBe(false);
    expect(seesUmkm(viewer(Role.BRANCH_OFFICER, ["21"]), { districtCode: "21.71.06" })).toBe(true);
    expect(seesUmkm(viewer(Role.ANALYST), { districtCode: "12.71.18" })).toBe(true);
  });
});
