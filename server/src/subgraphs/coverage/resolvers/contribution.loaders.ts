import { firstPagesByParent } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import type { ConnectionShape } from "../../../shared/graphql/relay";
import { Contribution } from "../entities/contribution.entity";

/** A participant's contributions list by period. */
export const CONTRIBUTION_ORDER = { period: "asc", id: "asc" } as const;

/** First page of contributions of every participant asked for in this request, in one statement. */
export function contributionPages(ctx: SubgraphContext, first: number) {
  return ctx.loaders.get<number, ConnectionShape<Contribution>>(`contributions:${first}`, (participantIds) =>
    firstPagesByParent(ctx.em, participantIds, {
      entity: Contribution,
      parentProperty: "participant",
      orderBy: CONTRIBUTION_ORDER,
      first,
    }),
  );
}
