import { Role } from "../../../shared/auth/role";
import type { Viewer } from "../../../shared/auth/viewer";

/**
 * Who sees an account: its owner and the national coordinators, who manage accounts. (The audit log shows
 * the actor of each entry a reader may see, whoever that is.)
 */
export function mayShowAccount(viewer: Viewer, accountId: number): boolean {
  return viewer.is(Role.NATIONAL_COORDINATOR) || (viewer.signedIn && viewer.userId === accountId);
}

/** The agent an account belongs to, under the agents' read rule: national roles, the agent, its office's staff. */
export function mayShowAgent(viewer: Viewer, agent: { id: number; officeId: number }): boolean {
  if (viewer.isNational || (viewer.agentId !== null && viewer.agentId === agent.id)) return true;
  return viewer.is(Role.OFFICE_ADMIN, Role.BRANCH_OFFICER) && viewer.seesOffice(agent.officeId);
}

/** The Kantor Perisai an account administers, under the offices' read rule. */
export function mayShowOffice(viewer: Viewer, officeId: number): boolean {
  return viewer.signedIn && viewer.seesOffice(officeId);
}
