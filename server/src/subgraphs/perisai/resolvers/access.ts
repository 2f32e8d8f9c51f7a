import type { SubgraphContext } from "../../../shared/graphql/context";
import { WRITE_ROLES, type PerisaiAction } from "../domain/access-rules";

/** A role that may never do the action gets a FORBIDDEN error before anything runs (anonymous: UNAUTHENTICATED). */
export function requireMayAttempt(ctx: SubgraphContext, action: PerisaiAction): void {
  ctx.viewer.requireRole(...WRITE_ROLES[action]);
}
