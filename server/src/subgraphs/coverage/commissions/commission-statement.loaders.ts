import type { EntityName, FilterQuery, QueryOrderMap } from "@mikro-orm/core";
import { childPageKey, firstPagesByParent } from "../../../shared/graphql/batched-connection";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { paginate, type ConnectionShape, type PageArgs } from "../../../shared/graphql/relay";
import { rowScopeOf, scopeCondition } from "../access/row-scope";
import { Contribution } from "../entities/contribution.entity";
import { Participant } from "../entities/participant.entity";
import { contributionById } from "../resolvers/contribution.loaders";
import { participantById } from "../resolvers/participant.loaders";
import { CommissionScheme } from "./commission-scheme.entity";
import { CommissionStatement } from "./commission-statement.entity";
import { StatementContribution, StatementEnrolment } from "./statement-lines.entity";

/** An agent's statements, newest month first. */
export const STATEMENT_ORDER = { month: "desc", id: "desc" } as const;

export function schemeById(ctx: SubgraphContext) {
  return ctx.loaders.get<number, CommissionScheme>("commissionSchemeById", async (ids) => {
    const rows = await ctx.em.find(CommissionScheme, { id: { $in: [...ids] } });
    return new Map(rows.map((row) => [row.id, row]));
  });
}

/** First page of the visible statements of every agent asked for, in one statement. */
export function statementPagesByAgent(ctx: SubgraphContext, first: number) {
  return ctx.loaders.get<number, ConnectionShape<CommissionStatement>>(
    `commissionStatements:agentId:${first}`,
    (keys) =>
      firstPagesByParent(ctx.em, keys, {
        entity: CommissionStatement,
        parentProperty: "agentId",
        orderBy: STATEMENT_ORDER,
        first,
        where: scopeCondition<CommissionStatement>(rowScopeOf(ctx.viewer)),
      }),
  );
}

interface Line {
  statementId: number;
}

/** Replaces each line of a page by the row it points to, keeping the line's cursor. */
async function resolveLines<L extends Line, T>(
  page: ConnectionShape<L>,
  keyOf: (line: L) => number,
  load: (ids: number[]) => Promise<(T | Error | null)[]>,
): Promise<ConnectionShape<T>> {
  const rows = await load(page.nodes.map(keyOf));
  const edges = page.edges.flatMap((edge, index) => {
    const node = rows[index];
    return node && !(node instanceof Error) ? [{ cursor: edge.cursor, node }] : [];
  });
  return { ...page, edges, nodes: edges.map((edge) => edge.node) };
}

async function linePage<L extends Line>(
  ctx: SubgraphContext,
  entity: EntityName<L> & { name: string },
  orderBy: QueryOrderMap<L>,
  statementId: number,
  page: PageArgs,
): Promise<ConnectionShape<L>> {
  const first = childPageKey(page);
  if (first === null) return paginate(ctx.em, entity, { statementId } as FilterQuery<L>, { page, orderBy });
  const loader = ctx.loaders.get<number, ConnectionShape<L>>(`${entity.name}:${first}`, (keys) =>
    firstPagesByParent(ctx.em, keys, { entity, parentProperty: "statementId", orderBy, first }),
  );
  return loader.load(statementId);
}

/** The contributions a statement counted, by contribution id; batched across statements. */
export async function statementContributions(
  ctx: SubgraphContext,
  statementId: number,
  page: PageArgs,
): Promise<ConnectionShape<Contribution>> {
  const lines = await linePage(ctx, StatementContribution, { contributionId: "asc" }, statementId, page);
  return resolveLines(
    lines,
    (line) => line.contributionId,
    (ids) => contributionById(ctx).loadMany(ids),
  );
}

/** The participants counted for the acquisition bonus; batched across statements. */
export async function statementNewParticipants(
  ctx: SubgraphContext,
  statementId: number,
  page: PageArgs,
): Promise<ConnectionShape<Participant>> {
  const lines = await linePage(ctx, StatementEnrolment, { participantId: "asc" }, statementId, page);
  return resolveLines(
    lines,
    (line) => line.participantId,
    (ids) => participantById(ctx).loadMany(ids),
  );
}
