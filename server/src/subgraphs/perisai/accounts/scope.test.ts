import { describe, expect, it } from "vitest";
import { Role } from "../../../shared/auth/role";
import { AgentStatus } from "../entities/agent-status";
import { minimalRegionPrefixes, scopeOf } from "./scope";

const batamTree = [
  { id: 2, regionCode: "21.71" },
  { id: 3, regionCode: "21.71.06" },
  { id: 4, regionCode: "21.71.10" },
  { id: 5, regionCode: "21.71.11" },
];

const agent = { id: 40, officeId: 3, territory: ["21.71.06", "21.71.02"], status: AgentStatus.ACTIVE };

describe("sign-in scope", () => {
  it("keeps the fewest region prefixes, by whole segments", () => {
    expect(minimalRegionPrefixes(["21.71.06", "21.71", "21.71.06.1001", "21.710"])).toEqual(["21.71", "21.710"]);
    expect(minimalRegionPrefixes(["21", "21.71", "31.71", "31.71.01", "31.71.01"])).toEqual(["21", "31.71"]);
    expect(minimalRegionPrefixes([])).toEqual([]);
  });

  it("does not limit the national roles", () => {
    expect(scopeOf({ role: Role.NATIONAL_COORDINATOR })).toEqual({});
    expect(scopeOf({ role: Role.ANALYST, offices: batamTree })).toEqual({});
  });

  it("gives an office admin the office, its sub-offices and their regions", () => {
    expect(scopeOf({ role: Role.OFFICE_ADMIN, offices: [...batamTree].reverse() })).toEqual({
      officeIds: [2, 3, 4, 5],
      regionPrefixes: ["21.71"],
    });
  });

  it("gives a branch officer its offices and names the branch", () => {
    const offices = [...batamTree, { id: 9, regionCode: "21" }, { id: 3, regionCode: "21.71.06" }];
    expect(scopeOf({ role: Role.BRANCH_OFFICER, offices, bpjsOfficeId: 12 })).toEqual({
      officeIds: [2, 3, 4, 5, 9],
      regionPrefixes: ["21"],
      bpjsOfficeId: 12,
    });
    expect(scopeOf({ role: Role.BRANCH_OFFICER, offices: [], bpjsOfficeId: 12 })).toEqual({
      officeIds: [],
      regionPrefixes: [],
      bpjsOfficeId: 12,
    });
  });

  it("gives an agent its own record, its office and its territory", () => {
    expect(scopeOf({ role: Role.AGENT, agent })).toEqual({
      agentId: 40,
      officeIds: [3],
      regionPrefixes: ["21.71.02", "21.71.06"],
    });
    expect(scopeOf({ role: Role.AGENT, agent: { ...agent, status: AgentStatus.CANDIDATE } })).not.toBeNull();
  });

  it("refuses an agent who is suspended, terminated or missing", () => {
    expect(scopeOf({ role: Role.AGENT, agent: { ...agent, status: AgentStatus.SUSPENDED } })).toBeNull();
    expect(scopeOf({ role: Role.AGENT, agent: { ...agent, status: AgentStatus.TERMINATED } })).toBeNull();
    expect(scopeOf({ role: Role.AGENT, agent: null })).toBeNull();
  });
});
