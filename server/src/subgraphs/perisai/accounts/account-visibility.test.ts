import { describe, expect, it } from "vitest";
import { Role } from "../../../shared/auth/role";
import { Viewer } from "../../../shared/auth/viewer";
import { mayShowAccount, mayShowAgent, mayShowOffice } from "./account-visibility";

const session = { sid: "s", iat: 0, exp: 1 };
const national = Viewer.of({ ...session, sub: 1, role: Role.NATIONAL_COORDINATOR });
const analyst = Viewer.of({ ...session, sub: 5, role: Role.ANALYST });
const batamAdmin = Viewer.of({
  ...session,
  sub: 2,
  role: Role.OFFICE_ADMIN,
  officeIds: [2, 3],
  regionPrefixes: ["21.71"],
});
const agent = Viewer.of({
  ...session,
  sub: 4,
  role: Role.AGENT,
  agentId: 40,
  officeIds: [3],
  regionPrefixes: ["21.71.06"],
});
const anonymous = Viewer.anonymous();

describe("account visibility", () => {
  it("shows an account to its owner and to national coordinators only", () => {
    expect(mayShowAccount(national, 9)).toBe(true);
    expect(mayShowAccount(batamAdmin, 2)).toBe(true);
    expect(mayShowAccount(batamAdmin, 9)).toBe(false);
    expect(mayShowAccount(analyst, 9)).toBe(false);
    expect(mayShowAccount(anonymous, 9)).toBe(false);
  });

  it("shows an account's agent to national roles, the agent and its office's staff", () => {
    expect(mayShowAgent(analyst, { id: 41, officeId: 70 })).toBe(true);
    expect(mayShowAgent(agent, { id: 40, officeId: 3 })).toBe(true);
    expect(mayShowAgent(agent, { id: 41, officeId: 3 })).toBe(false);
    expect(mayShowAgent(batamAdmin, { id: 41, officeId: 3 })).toBe(true);
    expect(mayShowAgent(batamAdmin, { id: 42, officeId: 70 })).toBe(false);
    expect(mayShowAgent(anonymous, { id: 40, officeId: 3 })).toBe(false);
  });

  it("shows an account's office inside the viewer's offices", () => {
    expect(mayShowOffice(batamAdmin, 3)).toBe(true);
    expect(mayShowOffice(batamAdmin, 70)).toBe(false);
    expect(mayShowOffice(national, 70)).toBe(true);
    expect(mayShowOffice(anonymous, 3)).toBe(false);
  });
});
