import { firstPagesByParent } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import type { ConnectionShape } from "../../../shared/graphql/relay";
import { rowScopeOf, scopeCondition, withinScope } from "../access/row-scope";
import { Contribution } from "../entities/contribution.entity";

/** A participant's contributions list by period. */
export const CONTRIBUTION_ORDER = { period: "asc", id: "asc" } as const;

/** Contributions by id, within the viewer's scope: one outside it is not found. */
export function contributionById(ctx: SubgraphContext) {
  return ctx.loaders.get<number, Contribution | null>("contributionById", async (ids) => {
    const rows = await ctx.em.find(Contribution, withinScope<Contribution>(ctx.viewer, { id: { $in: [...ids] } }));
    return new Map(rows.map((row) => [row.id, row]));
  });
}

/** First page of the visible contributions of every participant asked for in this request, in one statement. */
export function contributionPages(ctx: SubgraphContext, first: number) {
  return ctx.loaders.get<number, ConnectionShape<Contribution>>(`contributions:${first}`, (participantIds) =>
    firstPagesByParent(ctx.em, participantIds, {
      entity: Contribution,
      parentProperty: "participant",
      orderBy: CONTRIBUTION_ORDER,
      first,
      where: scopeCondition<Contribution>(rowScopeOf(ctx.viewer)),
    }),
  );
}
