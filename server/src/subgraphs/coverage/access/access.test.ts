import { describe, expect, it } from "vitest";
import { Role } from "../../../shared/auth/role";
import type { TokenClaims } from "../../../shared/auth/token";
import { Viewer } from "../../../shared/auth/viewer";
import { mayAttachUmkm, mayEnrolThrough, mayRecordFor, mayReveal, showsPersonalData } from "./permissions";
import { inScope, rowScopeOf, scopeCondition, withinScope } from "./row-scope";

function signedIn(role: Role, scope: Omit<TokenClaims, "sub" | "sid" | "role" | "iat" | "exp"> = {}): Viewer {
  return Viewer.of({ sub: 1, sid: "session", role, iat: 0, exp: 1, ...scope });
}

/** Viewers as sign-in builds them: Batam's office (7) and its sub-office (8), agent 70 of office 7. */
const viewers = {
  anonymous: Viewer.anonymous(),
  national: signedIn(Role.NATIONAL_COORDINATOR),
  analyst: signedIn(Role.ANALYST),
  officeAdmin: signedIn(Role.OFFICE_ADMIN, { officeIds: [7, 8], regionPrefixes: ["21.71"] }),
  branchOfficer: signedIn(Role.BRANCH_OFFICER, { officeIds: [7, 8], regionPrefixes: ["21.71"], bpjsOfficeId: 3 }),
  agent: signedIn(Role.AGENT, { officeIds: [7], regionPrefixes: ["21.71.06"], agentId: 70 }),
};

/** A participant of agent 70 (office 7), one of agent 71 (sub-office 8), one of another province. */
const rows = {
  ownAgent: { agentId: 70, officeId: 7 },
  subOffice: { agentId: 71, officeId: 8 },
  elsewhere: { agentId: 90, officeId: 30 },
};

type ViewerName = keyof typeof viewers;
type RowName = keyof typeof rows;

function visibleRows(viewer: ViewerName): RowName[] {
  const scope = rowScopeOf(viewers[viewer]);
  return (Object.keys(rows) as RowName[]).filter((row) => inScope(scope, rows[row]));
}

describe("which participants and contributions a viewer sees", () => {
  it("shows everything to national roles", () => {
    expect(visibleRows("national")).toEqual(["ownAgent", "subOffice", "elsewhere"]);
    expect(visibleRows("analyst")).toEqual(["ownAgent", "subOffice", "elsewhere"]);
  });

  it("shows the rows of their offices to office admins and branch officers", () => {
    expect(visibleRows("officeAdmin")).toEqual(["ownAgent", "subOffice"]);
    expect(visibleRows("branchOfficer")).toEqual(["ownAgent", "subOffice"]);
  });

  it("shows an agent its own participants only, not its office's", () => {
    expect(visibleRows("agent")).toEqual(["ownAgent"]);
  });

  it("shows nothing to an anonymous caller or an agent token without an agent", () => {
    expect(visibleRows("anonymous")).toEqual([]);
    const agentWithoutRecord = signedIn(Role.AGENT, { officeIds: [7] });
    expect(rowScopeOf(agentWithoutRecord)).toEqual({ kind: "nothing" });
  });

  it("turns the scope into the query condition that lists and counts use", () => {
    expect(scopeCondition(rowScopeOf(viewers.analyst))).toEqual({});
    expect(scopeCondition(rowScopeOf(viewers.officeAdmin))).toEqual({ officeId: { $in: [7, 8] } });
    expect(scopeCondition(rowScopeOf(viewers.agent))).toEqual({ agentId: 70 });
    expect(scopeCondition(rowScopeOf(viewers.anonymous))).toEqual({ officeId: { $in: [] } });
  });

  it("narrows a filter to the scope, and leaves it alone for national roles", () => {
    const filter = { officeId: 8 };
    expect(withinScope(viewers.national, filter)).toBe(filter);
    expect(withinScope(viewers.agent, filter)).toEqual({ $and: [{ agentId: 70 }, filter] });
  });
});

describe("personal data in clear", () => {
  it("is shown to operational roles for people of their scope only", () => {
    expect(showsPersonalData(viewers.officeAdmin, rows.subOffice)).toBe(true);
    expect(showsPersonalData(viewers.officeAdmin, rows.elsewhere)).toBe(false);
    expect(showsPersonalData(viewers.branchOfficer, rows.ownAgent)).toBe(true);
    expect(showsPersonalData(viewers.agent, rows.ownAgent)).toBe(true);
    expect(showsPersonalData(viewers.agent, rows.subOffice)).toBe(false);
  });

  it("is never shown to national roles, who see everyone masked", () => {
    expect(showsPersonalData(viewers.national, rows.ownAgent)).toBe(false);
    expect(showsPersonalData(viewers.analyst, rows.ownAgent)).toBe(false);
  });

  it("may be revealed by a national coordinator for anyone, by operational roles within their scope", () => {
    expect(mayReveal(viewers.national, rows.elsewhere)).toBe(true);
    expect(mayReveal(viewers.officeAdmin, rows.subOffice)).toBe(true);
    expect(mayReveal(viewers.officeAdmin, rows.elsewhere)).toBe(false);
    expect(mayReveal(viewers.agent, rows.subOffice)).toBe(false);
    expect(mayReveal(viewers.analyst, rows.ownAgent)).toBe(false);
  });
});

describe("who may write", () => {
  it("lets an agent enrol for itself and an office admin through the agents of its offices", () => {
    expect(mayEnrolThrough(viewers.agent, { id: 70, officeId: 7 })).toBe(true);
    expect(mayEnrolThrough(viewers.agent, { id: 71, officeId: 7 })).toBe(false);
    expect(mayEnrolThrough(viewers.officeAdmin, { id: 71, officeId: 8 })).toBe(true);
    expect(mayEnrolThrough(viewers.officeAdmin, { id: 90, officeId: 30 })).toBe(false);
  });

  it("lets no other role enrol", () => {
    for (const viewer of [viewers.national, viewers.analyst, viewers.branchOfficer, viewers.anonymous]) {
      expect(mayEnrolThrough(viewer, { id: 70, officeId: 7 })).toBe(false);
    }
  });

  it("attaches participants to UMKM of the enrolling viewer's territory only", () => {
    expect(mayAttachUmkm(viewers.officeAdmin, { districtCode: "21.71.06" })).toBe(true);
    expect(mayAttachUmkm(viewers.officeAdmin, { districtCode: "21.72.01" })).toBe(false);
    expect(mayAttachUmkm(viewers.agent, { districtCode: "21.71.06" })).toBe(true);
    expect(mayAttachUmkm(viewers.agent, { districtCode: "21.71.05" })).toBe(false);
  });

  it("records payments for the office admin's participants and the agent's own", () => {
    expect(mayRecordFor(viewers.officeAdmin, rows.subOffice)).toBe(true);
    expect(mayRecordFor(viewers.officeAdmin, rows.elsewhere)).toBe(false);
    expect(mayRecordFor(viewers.agent, rows.ownAgent)).toBe(true);
    expect(mayRecordFor(viewers.agent, rows.subOffice)).toBe(false);
    expect(mayRecordFor(viewers.branchOfficer, rows.ownAgent)).toBe(false);
    expect(mayRecordFor(viewers.national, rows.ownAgent)).toBe(false);
  });
});
