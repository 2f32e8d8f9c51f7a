import { AuditSubgraph } from "./audit-subgraph";
import type { AuditCursor } from "./audit-log.cursor";
import { escapeLike } from "../../../shared/db/like";

/** What a reader may see: everything (null), or the entries of some offices and regions. */
export type AuditAccess = null | { officeIds: readonly number[]; regionPrefixes: readonly string[] };

export interface AuditQuery {
  access: AuditAccess;
  subgraphs: readonly AuditSubgraph[];
  objectId?: string;
  actorUserId?: number;
  action?: string;
  from?: Date;
  to?: Date;
  after?: AuditCursor;
}

export interface Sql {
  sql: string;
  params: unknown[];
}

const COLUMNS =
  '"subgraph", "id"::text as "id", "occurred_at", ' +
  `to_char("occurred_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "cursor_time", ` +
  '"actor_user_id", "actor_role", "action", "object_type", "object_id", "before", "after"';

/** An office admin's entries: objects of their offices, or of a region inside their territory. */
function accessCondition(access: NonNullable<AuditAccess>, params: unknown[]): string {
  const alternatives: string[] = [];
  if (access.officeIds.length) {
    alternatives.push('"scope_office_id" in (?)');
    params.push([...access.officeIds]);
  }
  for (const prefix of access.regionPrefixes) {
    alternatives.push('"scope_region_code" = ? or "scope_region_code" like ?');
    params.push(prefix, `${escapeLike(prefix)}.%`);
  }
  return alternatives.length ? `(${alternatives.join(" or ")})` : "false";
}

/** The conditions of one subgraph's view; every view gets them all, so that each can use its indexes. */
function branch(subgraph: AuditSubgraph, query: AuditQuery, withCursor: boolean, columns: string): Sql {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (query.access) conditions.push(accessCondition(query.access, params));
  if (query.objectId !== undefined) {
    conditions.push('"object_id" = ?');
    params.push(query.objectId);
  }
  if (query.actorUserId !== undefined) {
    conditions.push('"actor_user_id" = ?');
    params.push(query.actorUserId);
  }
  if (query.action !== undefined) {
    conditions.push('"action" = ?');
    params.push(query.action);
  }
  if (query.from) {
    conditions.push('"occurred_at" >= ?');
    params.push(query.from);
  }
  if (query.to) {
    conditions.push('"occurred_at" < ?');
    params.push(query.to);
  }
  if (withCursor && query.after) {
    conditions.push('("occurred_at", "subgraph", "id") < (?::timestamptz, ?, ?::bigint)');
    params.push(query.after.occurredAt, query.after.subgraph, query.after.id);
  }
  const where = conditions.length ? ` where ${conditions.join(" and ")}` : "";
  return { sql: `select ${columns} from "${subgraph}"."published_audit_entry"${where}`, params };
}

function union(query: AuditQuery, withCursor: boolean, columns: string): Sql {
  const branches = query.subgraphs.map((subgraph) => branch(subgraph, query, withCursor, columns));
  return { sql: branches.map((part) => part.sql).join(" union all "), params: branches.flatMap((part) => part.params) };
}

/** One page, newest first, read across the subgraphs' published views; `limit` one more than the page. */
export function auditPageSql(query: AuditQuery, limit: number): Sql {
  const entries = union(query, true, COLUMNS);
  return {
    sql: `select * from (${entries.sql}) as "entry" order by "occurred_at" desc, "subgraph" desc, "id"::bigint desc limit ?`,
    params: [...entries.params, limit],
  };
}

export function auditCountSql(query: AuditQuery): Sql {
  const entries = union(query, false, "1");
  return { sql: `select count(*)::int as "count" from (${entries.sql}) as "entry"`, params: entries.params };
}
