import { describe, expect, it, vi } from "vitest";
import { Role } from "../../../shared/auth/role";
import { Viewer } from "../../../shared/auth/viewer";
import type { Em } from "../../../shared/db/orm";
import { auditWrite, changedFields } from "./audit-trail";

const coordinator = Viewer.of({ sub: 7, sid: "s", role: Role.NATIONAL_COORDINATOR, iat: 0, exp: 0 });

function recordingEm() {
  const execute = vi.fn(async (_sql: string, _params: unknown[]) => []);
  return { em: { execute } as unknown as Em, execute };
}

/** The values bound to the audit insert, by column. */
function boundValues(execute: ReturnType<typeof recordingEm>["execute"]) {
  const [, params] = execute.mock.calls[0];
  const [actor, role, action, objectType, objectId, officeId, regionCode, before, after] = params;
  return {
    actor,
    role,
    action,
    objectType,
    objectId,
    officeId,
    regionCode,
    before: before === null ? null : JSON.parse(before as string),
    after: after === null ? null : JSON.parse(after as string),
  };
}

describe("changedFields", () => {
  it("lists the fields whose values differ", () => {
    expect(changedFields({ name: "A", workers: 2, phone: null }, { name: "A", workers: 3, phone: "+62812" })).toEqual([
      "workers",
      "phone",
    ]);
  });

  it("compares personal data in clear, so a new NIK that masks alike still counts as a change", () => {
    expect(changedFields({ ownerNik: "2171061208750007" }, { ownerNik: "2171061208750008" })).toEqual(["ownerNik"]);
  });
});

describe("auditWrite", () => {
  it("records every field of a new object, personal ones masked, with the object's region", async () => {
    const { em, execute } = recordingEm();
    await auditWrite(em, coordinator, {
      action: "createUmkm",
      objectType: "Umkm",
      objectId: "VW1rbTox",
      before: null,
      after: {
        businessName: "Warung",
        ownerNik: "2171061208750007",
        phone: "+6281234567890",
        districtCode: "21.71.06",
      },
      regionCode: "21.71.06",
    });
    expect(execute.mock.calls[0][0]).toContain('"okoce"."audit_entry"');
    expect(boundValues(execute)).toEqual({
      actor: 7,
      role: "NATIONAL_COORDINATOR",
      action: "createUmkm",
      objectType: "Umkm",
      objectId: "VW1rbTox",
      officeId: null,
      regionCode: "21.71.06",
      before: null,
      after: {
        businessName: "Warung",
        ownerNik: "2171************",
        phone: "+62812******90",
        districtCode: "21.71.06",
      },
    });
  });

  it("records only the changed fields of an edit, before and after", async () => {
    const { em, execute } = recordingEm();
    await auditWrite(em, coordinator, {
      action: "updateChapter",
      objectType: "OkOceChapter",
      objectId: "T2tPY2VDaGFwdGVyOjI",
      before: { name: "Batam", coordinatorPhone: "+62778123456", parentId: 1 },
      after: { name: "Batam", coordinatorPhone: "+62778654321", parentId: 1 },
      regionCode: "21.71",
    });
    const values = boundValues(execute);
    expect(values.before).toEqual({ coordinatorPhone: "+62778****56" });
    expect(values.after).toEqual({ coordinatorPhone: "+62778****21" });
    expect(values.regionCode).toBe("21.71");
  });
});
