import { describe, expect, it } from "vitest";
import { Role } from "../../../shared/auth/role";
import type { TokenClaims } from "../../../shared/auth/token";
import { Viewer } from "../../../shared/auth/viewer";
import {
  WRITE_ROLES,
  canManagePerisaiOffice,
  mayAttempt,
  mayRevealAgent,
  perisaiOfficeRefusals,
  seesAgent,
  seesAgentPersonalData,
  seesContribution,
  seesParticipant,
  seesPerisaiOffice,
  seesUmkm,
  type OfficePlacement,
  type PerisaiAction,
} from "./access-rules";

function viewer(role: Role, scope: Partial<TokenClaims> = {}): Viewer {
  return Viewer.of({ sub: 1, sid: "s", role, iat: 0, exp: 0, ...scope });
}

// Batam (10) with its sub-office (11); Jakarta (20) is a sibling branch of the tree.
const national = viewer(Role.NATIONAL_COORDINATOR);
const analyst = viewer(Role.ANALYST);
const batamAdmin = viewer(Role.OFFICE_ADMIN, { officeIds: [10, 11], regionPrefixes: ["21.71"] });
const branchOfficer = viewer(Role.BRANCH_OFFICER, { officeIds: [10, 11], regionPrefixes: ["21.71"], bpjsOfficeId: 3 });
const batamAgent = viewer(Role.AGENT, { agentId: 100, officeIds: [10], regionPrefixes: ["21.71.06"] });
const anonymous = Viewer.anonymous();

const ownAgent = { id: 100, officeId: 10 };
const colleague = { id: 101, officeId: 10 };
const subOfficeAgent = { id: 102, officeId: 11 };
const jakartaAgent = { id: 200, officeId: 20 };

describe("who may attempt a perisai mutation", () => {
  const actions = Object.keys(WRITE_ROLES) as PerisaiAction[];
  const allowed = (who: Viewer) => actions.filter((action) => mayAttempt(who, action));

  it("gives national coordinators every write and office admins the offices and agents", () => {
    expect(allowed(national)).toEqual(actions);
    expect(allowed(batamAdmin)).toEqual([
      "createPerisaiOffice",
      "updatePerisaiOffice",
      "appointAgent",
      "activateAgent",
      "suspendAgent",
      "terminateAgent",
      "transferAgent",
      "updateAgent",
      "revealPersonalData",
    ]);
  });

  it("leaves branch officers and agents the reveal only, and analysts and anonymous callers nothing", () => {
    expect(allowed(branchOfficer)).toEqual(["revealPersonalData"]);
    expect(allowed(batamAgent)).toEqual(["revealPersonalData"]);
    expect(allowed(analyst)).toEqual([]);
    expect(allowed(anonymous)).toEqual([]);
  });
});

describe("what each role sees", () => {
  it("shows offices inside the viewer's offices only", () => {
    expect([10, 11, 20].map((id) => seesPerisaiOffice(national, id))).toEqual([true, true, true]);
    expect([10, 11, 20].map((id) => seesPerisaiOffice(analyst, id))).toEqual([true, true, true]);
    expect([10, 11, 20].map((id) => seesPerisaiOffice(batamAdmin, id))).toEqual([true, true, false]);
    expect([10, 11, 20].map((id) => seesPerisaiOffice(branchOfficer, id))).toEqual([true, true, false]);
    expect([10, 11, 20].map((id) => seesPerisaiOffice(batamAgent, id))).toEqual([true, false, false]);
    expect(seesPerisaiOffice(anonymous, 10)).toBe(false);
  });

  it("shows agents with their office, and an agent only themself", () => {
    const agents = [ownAgent, colleague, subOfficeAgent, jakartaAgent];
    expect(agents.map((agent) => seesAgent(analyst, agent))).toEqual([true, true, true, true]);
    expect(agents.map((agent) => seesAgent(batamAdmin, agent))).toEqual([true, true, true, false]);
    expect(agents.map((agent) => seesAgent(branchOfficer, agent))).toEqual([true, true, true, false]);
    expect(agents.map((agent) => seesAgent(batamAgent, agent))).toEqual([true, false, false, false]);
    expect(seesAgent(anonymous, ownAgent)).toBe(false);
  });

  it("shows NIK and phone in clear to operational roles in scope, never to national roles", () => {
    expect(seesAgentPersonalData(national, ownAgent)).toBe(false);
    expect(seesAgentPersonalData(analyst, ownAgent)).toBe(false);
    expect(seesAgentPersonalData(batamAdmin, subOfficeAgent)).toBe(true);
    expect(seesAgentPersonalData(batamAdmin, jakartaAgent)).toBe(false);
    expect(seesAgentPersonalData(branchOfficer, colleague)).toBe(true);
    expect(seesAgentPersonalData(batamAgent, ownAgent)).toBe(true);
    expect(seesAgentPersonalData(batamAgent, colleague)).toBe(false);
  });

  it("shows participants by office, or by enrolling agent to an agent", () => {
    const batamParticipant = { agentId: 100, officeId: 10 };
    const colleagueParticipant = { agentId: 101, officeId: 10 };
    const jakartaParticipant = { agentId: 200, officeId: 20 };
    expect(seesParticipant(analyst, jakartaParticipant)).toBe(true);
    expect(seesParticipant(batamAdmin, colleagueParticipant)).toBe(true);
    expect(seesParticipant(batamAdmin, jakartaParticipant)).toBe(false);
    expect(seesParticipant(batamAgent, batamParticipant)).toBe(true);
    expect(seesParticipant(batamAgent, colleagueParticipant)).toBe(false);
    expect(seesParticipant(batamAgent, { agentId: null, officeId: 10 })).toBe(false);
    expect(seesParticipant(anonymous, batamParticipant)).toBe(false);
  });

  it("shows UMKM by kecamatan inside the viewer's regions, and contributions by id to national roles", () => {
    expect(seesUmkm(batamAdmin, "21.71.06")).toBe(true);
    expect(seesUmkm(batamAdmin, "31.71.01")).toBe(false);
    expect(seesUmkm(batamAgent, "21.71.04")).toBe(false);
    expect(seesUmkm(analyst, "31.71.01")).toBe(true);
    expect(seesUmkm(anonymous, "21.71.06")).toBe(false);
    expect([national, analyst, batamAdmin, batamAgent, anonymous].map(seesContribution)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe("personal-data reveal", () => {
  it("lets a national coordinator reveal anyone and the operational roles people of their scope", () => {
    expect(mayRevealAgent(national, jakartaAgent)).toBe(true);
    expect(mayRevealAgent(batamAdmin, subOfficeAgent)).toBe(true);
    expect(mayRevealAgent(batamAdmin, jakartaAgent)).toBe(false);
    expect(mayRevealAgent(branchOfficer, colleague)).toBe(true);
    expect(mayRevealAgent(batamAgent, ownAgent)).toBe(true);
    expect(mayRevealAgent(batamAgent, colleague)).toBe(false);
  });

  it("never lets an analyst reveal", () => {
    expect(mayRevealAgent(analyst, ownAgent)).toBe(false);
  });
});

describe("writing Kantor Perisai", () => {
  it("lets national coordinators manage every office and admins the offices of their scope", () => {
    expect(canManagePerisaiOffice(national, 20)).toBe(true);
    expect(canManagePerisaiOffice(batamAdmin, 11)).toBe(true);
    expect(canManagePerisaiOffice(batamAdmin, 20)).toBe(false);
    expect(canManagePerisaiOffice(branchOfficer, 10)).toBe(false);
    expect(canManagePerisaiOffice(batamAgent, 10)).toBe(false);
    expect(canManagePerisaiOffice(analyst, 10)).toBe(false);
  });

  const batam: OfficePlacement = {
    parentId: 1,
    regionCode: "21.71",
    pioneer: true,
    supervisingBranchId: 3,
    mouId: 5,
  };
  const subOffice: OfficePlacement = { ...batam, parentId: 10, regionCode: "21.71.06", pioneer: false };
  const fields = (refusals: { field: string; code: string }[]) =>
    refusals.map((refusal) => `${refusal.field}:${refusal.code}`);

  it("lets an admin open an office below one of theirs, inheriting its branch and MoU", () => {
    expect(perisaiOfficeRefusals(batamAdmin, subOffice, null, batam)).toEqual([]);
    expect(perisaiOfficeRefusals(batamAdmin, { ...subOffice, mouId: null }, null, batam)).toEqual([]);
  });

  it("refuses an admin's new office at the top, under a sibling, outside their region or with other terms", () => {
    expect(fields(perisaiOfficeRefusals(batamAdmin, { ...subOffice, parentId: null }, null, null))).toEqual([
      "parentId:FORBIDDEN",
    ]);
    expect(fields(perisaiOfficeRefusals(batamAdmin, { ...subOffice, parentId: 20 }, null, batam))).toEqual([
      "parentId:FORBIDDEN",
    ]);
    expect(fields(perisaiOfficeRefusals(batamAdmin, { ...subOffice, regionCode: "31.71" }, null, batam))).toEqual([
      "regionCode:FORBIDDEN",
    ]);
    const otherTerms = { ...subOffice, pioneer: true, supervisingBranchId: 4, mouId: 6 };
    expect(fields(perisaiOfficeRefusals(batamAdmin, otherTerms, null, batam))).toEqual([
      "pioneer:FORBIDDEN",
      "supervisingBranchId:FORBIDDEN",
      "mouId:FORBIDDEN",
    ]);
  });

  it("lets an admin edit their own top office in place, but not move it or change its national terms", () => {
    expect(perisaiOfficeRefusals(batamAdmin, { ...batam }, batam, null)).toEqual([]);
    expect(fields(perisaiOfficeRefusals(batamAdmin, { ...batam, parentId: null }, batam, null))).toEqual([
      "parentId:FORBIDDEN",
    ]);
    expect(fields(perisaiOfficeRefusals(batamAdmin, { ...batam, pioneer: false, mouId: null }, batam, null))).toEqual([
      "pioneer:FORBIDDEN",
      "mouId:FORBIDDEN",
    ]);
  });

  it("lets an admin move a sub-office between offices of theirs, not out of them", () => {
    const moved = { ...subOffice, parentId: 11 };
    expect(perisaiOfficeRefusals(batamAdmin, moved, subOffice, null)).toEqual([]);
    expect(fields(perisaiOfficeRefusals(batamAdmin, { ...subOffice, parentId: 20 }, subOffice, null))).toEqual([
      "parentId:FORBIDDEN",
    ]);
  });

  it("refuses nothing to a national coordinator", () => {
    const anything = { ...subOffice, parentId: null, regionCode: "31.71", pioneer: true, supervisingBranchId: 9 };
    expect(perisaiOfficeRefusals(national, anything, subOffice, null)).toEqual([]);
  });
});
