import type { Viewer } from "../../../shared/auth/viewer";
import { localIdOf } from "../../../shared/graphql/global-id";
import { UserErrorCode, UserInputError, userError } from "../../../shared/graphql/user-error";
import { canManagePerisaiOffice, type OfficePlacement } from "../domain/access-rules";
import type { Refusal } from "../domain/refusal";
import type { PerisaiOffice } from "../entities/perisai-office.entity";

/**
 * Scope checks inside a mutation: a refusal is a FORBIDDEN userError on the field that names the object,
 * thrown at once so the transaction rolls back and nothing (audit entry included) is written.
 */
export function throwRefusals(refusals: Refusal[]): void {
  if (refusals.length) {
    throw new UserInputError(refusals.map((refusal) => userError(refusal.field, refusal.message, refusal.code)));
  }
}

export function outsideScope(field: string, what: string): Refusal {
  return { field, message: `${what} is outside your part of the network`, code: UserErrorCode.FORBIDDEN };
}

/** The office a mutation changes, or whose agents it changes, must be one the viewer manages. */
export function requireManagedOffice(viewer: Viewer, officeId: number, field: string, what: string): void {
  if (!canManagePerisaiOffice(viewer, officeId)) throwRefusals([outsideScope(field, what)]);
}

/**
 * The same for an office an input refers to, checked before anything is loaded so that nothing about an
 * office outside the scope (closed, missing…) shows. A malformed id is left to the input's validation.
 */
export function requireManagedOfficeId(viewer: Viewer, globalId: string, field: string, what: string): void {
  const officeId = localIdOf(globalId, "PerisaiOffice");
  if (officeId !== null) requireManagedOffice(viewer, officeId, field, what);
}

export function officePlacementOf(office: PerisaiOffice): OfficePlacement {
  return {
    parentId: office.parent?.id ?? null,
    regionCode: office.regionCode,
    pioneer: office.pioneer,
    supervisingBranchId: office.supervisingBranch.id,
    mouId: office.mou?.id ?? null,
  };
}
