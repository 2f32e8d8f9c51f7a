import { Role } from "../../../shared/auth/role";
import type { Viewer } from "../../../shared/auth/viewer";
import { inScope, rowScopeOf, type PlacedRow } from "./row-scope";

/** Enrolments are the field work of agents and their office admins; national roles manage offices and MoUs. */
export const ENROLLING_ROLES = [Role.OFFICE_ADMIN, Role.AGENT];
export const RECORDING_ROLES = [Role.OFFICE_ADMIN, Role.AGENT];
export const TARGET_SETTING_ROLES = [Role.NATIONAL_COORDINATOR];
/** Analysts work with masked data only; they never reveal a person. */
export const REVEALING_ROLES = [Role.NATIONAL_COORDINATOR, Role.OFFICE_ADMIN, Role.BRANCH_OFFICER, Role.AGENT];

/** An agent enrols for itself; an office admin through any agent of its offices. */
export function mayEnrolThrough(viewer: Viewer, agent: { id: number; officeId: number }): boolean {
  if (viewer.is(Role.AGENT)) return agent.id === viewer.agentId;
  if (viewer.is(Role.OFFICE_ADMIN)) return viewer.seesOffice(agent.officeId);
  return false;
}

/** A participant may be attached to a UMKM of the viewer's territory only. */
export function mayAttachUmkm(viewer: Viewer, umkm: { districtCode: string }): boolean {
  return viewer.is(...ENROLLING_ROLES) && viewer.seesRegion(umkm.districtCode);
}

/** Payments are recorded by the participant's agent or an admin of the participant's office. */
export function mayRecordFor(viewer: Viewer, participant: PlacedRow): boolean {
  return viewer.is(...RECORDING_ROLES) && inScope(rowScopeOf(viewer), participant);
}

/** NIK, phone and birth date in clear: operational roles, for the people of their own scope. */
export function showsPersonalData(viewer: Viewer, participant: PlacedRow): boolean {
  return viewer.seesPersonalDataInScope && inScope(rowScopeOf(viewer), participant);
}

/** The audited reveal: a national coordinator for anyone, operational roles within their scope. */
export function mayReveal(viewer: Viewer, participant: PlacedRow): boolean {
  return viewer.is(Role.NATIONAL_COORDINATOR) || showsPersonalData(viewer, participant);
}
