import { describe, expect, it } from "vitest";
import { decodeAuditCursor, encodeAuditCursor } from "./audit-log.cursor";
import { auditCountSql, auditPageSql } from "./audit-log.sql";
import { AuditSubgraph } from "./audit-subgraph";

const ALL = Object.values(AuditSubgraph);
const cursor = { occurredAt: "2026-11-23T08:15:30.123456Z", subgraph: AuditSubgraph.PERISAI, id: "42" };

describe("audit log cursors", () => {
  it("keep the time to the microsecond, the subgraph and the id", () => {
    expect(decodeAuditCursor(encodeAuditCursor(cursor))).toEqual(cursor);
  });

  it("refuse anything else with BAD_USER_INPUT", () => {
    const forged = Buffer.from(JSON.stringify(["2026-11-23", "perisai", "1; drop"])).toString("base64url");
    for (const after of ["junk", forged, encodeAuditCursor({ ...cursor, subgraph: "regions" as AuditSubgraph })]) {
      expect(() => decodeAuditCursor(after)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
      );
    }
  });
});

describe("audit log SQL", () => {
  it("reads every subgraph's view, newest first, after the cursor", () => {
    const { sql, params } = auditPageSql({ access: null, subgraphs: ALL, after: cursor }, 21);
    for (const subgraph of ALL) expect(sql).toContain(`from "${subgraph}"."published_audit_entry"`);
    expect(sql.match(/union all/g)).toHaveLength(2);
    expect(sql).toMatch(/order by "occurred_at" desc, "subgraph" desc, "id"::bigint desc limit \?$/);
    expect(params).toEqual([...Array(3).fill(["2026-11-23T08:15:30.123456Z", "perisai", "42"]).flat(), 21]);
  });

  it("limits an office admin to their offices and regions, by whole segments", () => {
    const access = { officeIds: [2, 3], regionPrefixes: ["21.71"] };
    const { sql, params } = auditCountSql({ access, subgraphs: [AuditSubgraph.OKOCE], action: "createUmkm" });
    expect(sql).toContain(
      '("scope_office_id" in (?) or "scope_region_code" = ? or "scope_region_code" like ?) and "action" = ?',
    );
    expect(params).toEqual([[2, 3], "21.71", "21.71.%", "createUmkm"]);
  });

  it("gives a reader with an empty scope nothing", () => {
    const { sql } = auditCountSql({ access: { officeIds: [], regionPrefixes: [] }, subgraphs: ALL });
    expect(sql).toContain("where false");
  });

  it("filters by object, actor and period", () => {
    const from = new Date("2026-11-01T00:00:00Z");
    const to = new Date("2026-12-01T00:00:00Z");
    const { sql, params } = auditCountSql({
      access: null,
      subgraphs: [AuditSubgraph.COVERAGE],
      objectId: "UGFydGljaXBhbnQ6MQ",
      actorUserId: 7,
      from,
      to,
    });
    expect(sql).toContain('"object_id" = ? and "actor_user_id" = ? and "occurred_at" >= ? and "occurred_at" < ?');
    expect(params).toEqual(["UGFydGljaXBhbnQ6MQ", 7, from, to]);
  });
});
