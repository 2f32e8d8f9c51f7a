import type { FilterQuery } from "@mikro-orm/core";
import { Role } from "../../../shared/auth/role";
import type { Viewer } from "../../../shared/auth/viewer";

/** Where a participant, or one of its contributions, sits in the network. */
export interface PlacedRow {
  agentId: number;
  officeId: number;
}

/**
 * Which participants and contributions a viewer sees. A contribution carries its participant's agent and
 * office, so one rule serves both, and a visible contribution always has a visible participant.
 */
export type RowScope =
  | { kind: "everything" }
  | { kind: "offices"; officeIds: readonly number[] }
  | { kind: "agent"; agentId: number }
  | { kind: "nothing" };

const EVERYTHING: RowScope = { kind: "everything" };
const NOTHING: RowScope = { kind: "nothing" };

export function rowScopeOf(viewer: Viewer): RowScope {
  if (!viewer.signedIn) return NOTHING;
  if (viewer.isNational) return EVERYTHING;
  if (viewer.is(Role.AGENT)) return viewer.agentId === null ? NOTHING : { kind: "agent", agentId: viewer.agentId };
  if (viewer.is(Role.OFFICE_ADMIN, Role.BRANCH_OFFICER)) return { kind: "offices", officeIds: viewer.officeIds ?? [] };
  return NOTHING;
}

export function inScope(scope: RowScope, row: PlacedRow): boolean {
  switch (scope.kind) {
    case "everything":
      return true;
    case "offices":
      return scope.officeIds.includes(row.officeId);
    case "agent":
      return row.agentId === scope.agentId;
    case "nothing":
      return false;
  }
}

/** The same rule as a query condition: lists, counts and pages never reach a row outside the scope. */
export function scopeCondition<T extends PlacedRow>(scope: RowScope): FilterQuery<T> {
  switch (scope.kind) {
    case "everything":
      return {};
    case "offices":
      return { officeId: { $in: [...scope.officeIds] } } as FilterQuery<T>;
    case "agent":
      return { agentId: scope.agentId } as FilterQuery<T>;
    case "nothing":
      return { officeId: { $in: [] } } as FilterQuery<T>;
  }
}

/** A filter narrowed to the viewer's scope. */
export function withinScope<T extends PlacedRow>(viewer: Viewer, where: FilterQuery<T>): FilterQuery<T> {
  const scope = scopeCondition<T>(rowScopeOf(viewer));
  return Object.keys(scope).length ? ({ $and: [scope, where] } as FilterQuery<T>) : where;
}
