import { useSession } from "./session";

export type Role = "NATIONAL_COORDINATOR" | "OFFICE_ADMIN" | "BRANCH_OFFICER" | "AGENT" | "ANALYST";

/**
 * What each role may attempt, mirroring the server's write rules (the server still decides, and checks the
 * object is in the caller's scope): the UI hides what a role can never do.
 */
const ABILITIES = {
  manageMous: ["NATIONAL_COORDINATOR"],
  manageOffices: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN"],
  manageAgents: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN"],
  manageUmkm: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN", "AGENT"],
  enrolParticipants: ["OFFICE_ADMIN", "AGENT"],
  recordContributions: ["OFFICE_ADMIN", "AGENT"],
  importUmkm: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN"],
  importAgents: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN"],
  revealPersonalData: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN", "BRANCH_OFFICER", "AGENT"],
  viewNetwork: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN", "BRANCH_OFFICER", "ANALYST"],
  viewOffices: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN", "BRANCH_OFFICER", "ANALYST"],
  viewAgents: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN", "BRANCH_OFFICER", "ANALYST", "AGENT"],
  viewMous: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN", "BRANCH_OFFICER", "ANALYST"],
  viewCoverageGaps: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN", "BRANCH_OFFICER", "ANALYST"],
  viewProspects: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN", "BRANCH_OFFICER", "AGENT"],
  viewCommissions: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN", "BRANCH_OFFICER", "AGENT", "ANALYST"],
  closeCommissionMonth: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN"],
  viewFollowUps: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN", "BRANCH_OFFICER", "AGENT", "ANALYST"],
  decideTerminations: ["NATIONAL_COORDINATOR", "OFFICE_ADMIN"],
  setOfficeTargets: ["NATIONAL_COORDINATOR"],
} as const satisfies Record<string, readonly Role[]>;

export type Ability = keyof typeof ABILITIES;

export function roleMay(role: string | undefined, ability: Ability): boolean {
  return role !== undefined && (ABILITIES[ability] as readonly string[]).includes(role);
}

/** `const may = useAbilities(); may("manageAgents") && <button …>` */
export function useAbilities(): (ability: Ability) => boolean {
  const role = useSession()?.user.role;
  return (ability) => roleMay(role, ability);
}
