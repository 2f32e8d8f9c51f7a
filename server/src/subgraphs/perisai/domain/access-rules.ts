import { Role } from "../../../shared/auth/role";
import type { Viewer } from "../../../shared/auth/viewer";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import type { Refusal } from "./refusal";

/**
 * Who may see and change what in the perisai domain. Pure functions of the viewer (whose scope was resolved
 * at sign-in) and of the facts of one object; the resolvers and commands load the facts and ask these.
 */

const { NATIONAL_COORDINATOR, OFFICE_ADMIN, BRANCH_OFFICER, AGENT } = Role;

/**
 * The roles that may ever attempt each mutation (anyone else gets a FORBIDDEN error and nothing runs); the
 * key is also the action of the audit entry. Whether the object is in the caller's scope is checked after.
 */
export const WRITE_ROLES = {
  createBpjsOffice: [NATIONAL_COORDINATOR],
  updateBpjsOffice: [NATIONAL_COORDINATOR],
  createMou: [NATIONAL_COORDINATOR],
  updateMou: [NATIONAL_COORDINATOR],
  createPerisaiOffice: [NATIONAL_COORDINATOR, OFFICE_ADMIN],
  updatePerisaiOffice: [NATIONAL_COORDINATOR, OFFICE_ADMIN],
  appointAgent: [NATIONAL_COORDINATOR, OFFICE_ADMIN],
  activateAgent: [NATIONAL_COORDINATOR, OFFICE_ADMIN],
  suspendAgent: [NATIONAL_COORDINATOR, OFFICE_ADMIN],
  terminateAgent: [NATIONAL_COORDINATOR, OFFICE_ADMIN],
  transferAgent: [NATIONAL_COORDINATOR, OFFICE_ADMIN],
  updateAgent: [NATIONAL_COORDINATOR, OFFICE_ADMIN],
  // Analysts work with masked data only; everyone else reveals people of their own scope.
  revealPersonalData: [NATIONAL_COORDINATOR, OFFICE_ADMIN, BRANCH_OFFICER, AGENT],
} as const satisfies Record<string, readonly Role[]>;

export type PerisaiAction = keyof typeof WRITE_ROLES;

export function mayAttempt(viewer: Viewer, action: PerisaiAction): boolean {
  return viewer.is(...WRITE_ROLES[action]);
}

/** An agent as far as access is concerned: who they are and which office they belong to. */
export interface AgentPlacement {
  id: number;
  officeId: number;
}

/** A Kantor Perisai is visible inside the viewer's offices (an office admin's office and those below it). */
export function seesPerisaiOffice(viewer: Viewer, officeId: number): boolean {
  return viewer.signedIn && viewer.seesOffice(officeId);
}

/** Agents are visible with their office; an agent sees their own record only. */
export function seesAgent(viewer: Viewer, agent: AgentPlacement): boolean {
  if (!viewer.signedIn) return false;
  if (viewer.is(AGENT)) return viewer.agentId === agent.id;
  return viewer.seesOffice(agent.officeId);
}

/** NIK and phone in clear: operational roles, for agents in their scope; everyone else reads them masked. */
export function seesAgentPersonalData(viewer: Viewer, agent: AgentPlacement): boolean {
  return viewer.seesPersonalDataInScope && seesAgent(viewer, agent);
}

/** The deliberate, audited reveal: a national coordinator for anyone, the operational roles in their scope. */
export function mayRevealAgent(viewer: Viewer, agent: AgentPlacement): boolean {
  if (!mayAttempt(viewer, "revealPersonalData")) return false;
  return viewer.is(NATIONAL_COORDINATOR) || seesAgent(viewer, agent);
}

/** A participant (coverage subgraph) by the agent who enrolled them and the office they belong to. */
export function seesParticipant(
  viewer: Viewer,
  participant: { agentId: number | null; officeId: number | null },
): boolean {
  if (!viewer.signedIn) return false;
  if (viewer.isNational) return true;
  if (viewer.is(AGENT)) return participant.agentId !== null && participant.agentId === viewer.agentId;
  return participant.officeId !== null && viewer.seesOffice(participant.officeId);
}

/** A UMKM (okoce subgraph) by the kecamatan it is registered in. */
export function seesUmkm(viewer: Viewer, districtCode: string): boolean {
  return viewer.signedIn && viewer.seesRegion(districtCode);
}

/**
 * A contribution's scope is its participant's, which perisai cannot read (coverage publishes no view of
 * contributions): node(id:) answers one for the national roles only.
 */
export function seesContribution(viewer: Viewer): boolean {
  return viewer.signedIn && viewer.isNational;
}

/** Offices whose record and agents the viewer may change: any for a national coordinator, an admin's own. */
export function canManagePerisaiOffice(viewer: Viewer, officeId: number): boolean {
  if (viewer.is(NATIONAL_COORDINATOR)) return true;
  return viewer.is(OFFICE_ADMIN) && viewer.seesOffice(officeId);
}

/** The facts of a Kantor Perisai that decide whether an office admin may write it. */
export interface OfficePlacement {
  parentId: number | null;
  regionCode: string;
  pioneer: boolean;
  supervisingBranchId: number;
  mouId: number | null;
}

const OUTSIDE = "is outside your part of the network";

/**
 * What an office admin may not do to an office in their scope (a national coordinator may do all of it):
 * place it under an office outside their scope or at the top, move it to a region outside theirs, or
 * change what the national level decides (pioneer flag, supervising branch, MoU). A new office inherits
 * the branch and MoU of its parent. `current` is null for a new office.
 */
export function perisaiOfficeRefusals(
  viewer: Viewer,
  proposed: OfficePlacement,
  current: OfficePlacement | null,
  parent: OfficePlacement | null,
): Refusal[] {
  if (viewer.is(NATIONAL_COORDINATOR)) return [];
  const refusals: Refusal[] = [];
  const forbid = (field: string, message: string) => refusals.push({ field, message, code: UserErrorCode.FORBIDDEN });
  if (!current || proposed.parentId !== current.parentId) {
    if (proposed.parentId === null) forbid("parentId", "Only a national coordinator places an office at the top");
    else if (!viewer.seesOffice(proposed.parentId)) forbid("parentId", `The parent office ${OUTSIDE}`);
  }
  if ((!current || proposed.regionCode !== current.regionCode) && !viewer.seesRegion(proposed.regionCode)) {
    forbid("regionCode", `Region ${proposed.regionCode} ${OUTSIDE}`);
  }
  if (proposed.pioneer !== (current?.pioneer ?? false)) {
    forbid("pioneer", "Only a national coordinator names the pioneer office");
  }
  const inherited = current ?? parent;
  if (inherited && proposed.supervisingBranchId !== inherited.supervisingBranchId) {
    forbid("supervisingBranchId", "Only a national coordinator assigns the supervising branch");
  }
  // A new office may leave the MoU out; one it names must be its parent's.
  const mouChanged = current
    ? proposed.mouId !== current.mouId
    : parent !== null && proposed.mouId !== null && proposed.mouId !== parent.mouId;
  if (mouChanged) forbid("mouId", "Only a national coordinator assigns the MoU an office works under");
  return refusals;
}
