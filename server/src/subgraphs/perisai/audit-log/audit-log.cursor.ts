import { GraphQLError } from "graphql";
import { AuditSubgraph } from "./audit-subgraph";

/**
 * Where a page of the audit log ends: the entry's time to the microsecond (as PostgreSQL keeps it; a
 * JavaScript Date would drop the last three digits), its subgraph and its id within that subgraph.
 */
export interface AuditCursor {
  occurredAt: string;
  subgraph: AuditSubgraph;
  id: string;
}

const MICROSECOND_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const SUBGRAPHS = new Set<string>(Object.values(AuditSubgraph));

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.occurredAt, cursor.subgraph, cursor.id])).toString("base64url");
}

export function decodeAuditCursor(after: string): AuditCursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(after, "base64url").toString("utf8"));
  } catch {
    parts = null;
  }
  if (
    !Array.isArray(parts) ||
    parts.length !== 3 ||
    typeof parts[0] !== "string" ||
    !MICROSECOND_TIME.test(parts[0]) ||
    !SUBGRAPHS.has(parts[1]) ||
    typeof parts[2] !== "string" ||
    !/^[1-9]\d{0,18}$/.test(parts[2])
  ) {
    throw new GraphQLError('"after" is not a cursor of the audit log', {
      extensions: { code: "BAD_USER_INPUT", argument: "after" },
    });
  }
  return { occurredAt: parts[0], subgraph: parts[1] as AuditSubgraph, id: parts[2] };
}
