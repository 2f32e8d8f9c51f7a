import type { FilterQuery } from "@mikro-orm/core";
import { firstPagesByParent } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import type { ConnectionShape } from "../../../shared/graphql/relay";
import { rowScopeOf, scopeCondition, withinScope } from "../access/row-scope";
import { Participant } from "../entities/participant.entity";

/** Participants under a parent (an agent, an office, a UMKM) list in enrolment order. */
export const PARTICIPANT_ORDER = { registeredOn: "asc", id: "asc" } as const;

/** Participants by id, within the viewer's scope: one outside it is not found. */
export function participantById(ctx: SubgraphContext) {
  return ctx.loaders.get<number, Participant | null>("participantById", async (ids) => {
    const rows = await ctx.em.find(Participant, withinScope<Participant>(ctx.viewer, { id: { $in: [...ids] } }));
    return new Map(rows.map((row) => [row.id, row]));
  });
}

/** First page of the visible participants of every agent or UMKM asked for in this request, in one statement. */
export function participantPagesBy(ctx: SubgraphContext, parentProperty: "agentId" | "umkmId", first: number) {
  return ctx.loaders.get<number, ConnectionShape<Participant>>(`participants:${parentProperty}:${first}`, (keys) =>
    firstPagesByParent(ctx.em, keys, {
      entity: Participant,
      parentProperty,
      orderBy: PARTICIPANT_ORDER,
      first,
      where: scopeCondition<Participant>(rowScopeOf(ctx.viewer)),
    }),
  );
}

/**
 * First page of the filtered participants of every office asked for; offices sharing a filter share a
 * statement. The caller passes the filter already narrowed to the viewer's scope.
 */
export function officeParticipantPages(ctx: SubgraphContext, where: FilterQuery<Participant>, first: number) {
  return ctx.loaders.get<number, ConnectionShape<Participant>>(
    `participants:officeId:${first}:${JSON.stringify(where)}`,
    (keys) =>
      firstPagesByParent(ctx.em, keys, {
        entity: Participant,
        parentProperty: "officeId",
        orderBy: PARTICIPANT_ORDER,
        first,
        where,
      }),
  );
}
