import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../../shared/auth/role";
import type { Viewer } from "../../../shared/auth/viewer";
import type { SubgraphContext } from "../../../shared/graphql/context";
import { requireLocalId, toGlobalId } from "../../../shared/graphql/global-id";
import { PageArgs, pageSize, selects, type ConnectionShape } from "../../../shared/graphql/relay";
import { UserAccount } from "../accounts/user-account.entity";
import { entityById } from "../resolvers/entity.loaders";
import { AuditEntryConnection } from "./audit-entry.connection";
import { AuditEntry } from "./audit-entry.type";
import { decodeAuditCursor, encodeAuditCursor } from "./audit-log.cursor";
import { AuditLogFilter } from "./audit-log.filter";
import { auditCountSql, auditPageSql, type AuditAccess, type AuditQuery } from "./audit-log.sql";
import { AuditSubgraph } from "./audit-subgraph";

interface AuditRow {
  subgraph: AuditSubgraph;
  id: string;
  /** ISO-8601 in UTC to the microsecond: the cursor keeps all of it, occurredAt the milliseconds. */
  cursor_time: string;
  actor_user_id: number | null;
  actor_role: Role | null;
  action: string;
  object_type: string;
  object_id: string;
  before: JsonColumn;
  after: JsonColumn;
}

/** Raw queries may hand jsonb back as text. */
type JsonColumn = Record<string, unknown> | string | null;

function parseJson(value: JsonColumn): Record<string, unknown> | null {
  return typeof value === "string" ? (JSON.parse(value) as Record<string, unknown>) : value;
}

/** National coordinators read every entry; an office admin the entries of their offices and territory. */
function accessOf(viewer: Viewer): AuditAccess {
  viewer.requireRole(Role.NATIONAL_COORDINATOR, Role.OFFICE_ADMIN);
  if (viewer.is(Role.NATIONAL_COORDINATOR)) return null;
  return { officeIds: viewer.officeIds ?? [], regionPrefixes: viewer.regionPrefixes ?? [] };
}

function auditQuery(filter: AuditLogFilter | undefined, access: AuditAccess, after: string | undefined): AuditQuery {
  return {
    access,
    subgraphs: filter?.subgraph ? [filter.subgraph] : Object.values(AuditSubgraph),
    objectId: filter?.objectId ?? undefined,
    actorUserId: filter?.actorId ? requireLocalId(filter.actorId, "UserAccount", "filter.actorId") : undefined,
    action: filter?.action ?? undefined,
    from: filter?.from ?? undefined,
    to: filter?.to ?? undefined,
    after: after ? decodeAuditCursor(after) : undefined,
  };
}

function entryOf(row: AuditRow): AuditEntry {
  return Object.assign(new AuditEntry(), {
    id: toGlobalId("AuditEntry", `${row.subgraph}:${row.id}`),
    occurredAt: new Date(row.cursor_time),
    actorUserId: row.actor_user_id,
    actorRole: row.actor_role,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    subgraph: row.subgraph,
    before: parseJson(row.before),
    after: parseJson(row.after),
  });
}

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  @Query(() => AuditEntryConnection, {
    description:
      "Every audited change and sign-in across the subgraphs, newest first. National coordinators see all of it; " +
      "an office admin the entries about their offices and their territory; other roles are FORBIDDEN.",
  })
  async auditLog(
    @Arg("filter", () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<AuditEntry>> {
    const first = pageSize(page.first);
    const query = auditQuery(filter, accessOf(ctx.viewer), page.after ?? undefined);
    const pageSql = auditPageSql(query, first + 1);
    const rows = await ctx.em.execute<AuditRow[]>(pageSql.sql, pageSql.params);
    let totalCount = -1;
    if (selects(info, "totalCount")) {
      const countSql = auditCountSql(query);
      totalCount = (await ctx.em.execute<{ count: number }[]>(countSql.sql, countSql.params))[0].count;
    }
    const pageRows = rows.slice(0, first);
    const cursors = pageRows.map((row) =>
      encodeAuditCursor({ occurredAt: row.cursor_time, subgraph: row.subgraph, id: row.id }),
    );
    const nodes = pageRows.map(entryOf);
    return {
      nodes,
      edges: nodes.map((node, index) => ({ node, cursor: cursors[index] })),
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: query.after !== undefined,
        startCursor: cursors[0] ?? null,
        endCursor: cursors[cursors.length - 1] ?? null,
      },
      totalCount,
    };
  }

  @FieldResolver(() => UserAccount, { nullable: true, description: "Who did it; null when nobody was signed in." })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: SubgraphContext): Promise<UserAccount | null> | null {
    return entry.actorUserId ? entityById(ctx, UserAccount).load(entry.actorUserId) : null;
  }
}
