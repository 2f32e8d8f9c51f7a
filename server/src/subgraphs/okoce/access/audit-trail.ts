import type { Viewer } from "../../../shared/auth/viewer";
import { auditSnapshot, recordAudit } from "../../../shared/audit/audit";
import type { Em } from "../../../shared/db/orm";

export interface OkOceWrite<T extends object> {
  action: string;
  objectType: "OkOceChapter" | "Umkm";
  objectId: string;
  /** The object's fields before the write; null for a creation. */
  before: T | null;
  after: T;
  /** Where the object now is (a UMKM's kecamatan, a chapter's region), so regional readers find the entry. */
  regionCode: string | null;
}

/** Fields whose values differ, compared in clear (two NIKs can look alike once masked). */
export function changedFields<T extends object>(before: T, after: T): (keyof T & string)[] {
  return (Object.keys(after) as (keyof T & string)[]).filter((field) => before[field] !== after[field]);
}

/**
 * One audit entry for a write, in the mutation's transaction (em is the transaction's): every field of a
 * new object, or the changed fields before and after an edit, personal ones masked.
 */
export function auditWrite<T extends object>(em: Em, viewer: Viewer, write: OkOceWrite<T>): Promise<void> {
  const fields = write.before ? changedFields(write.before, write.after) : Object.keys(write.after);
  return recordAudit(em, "okoce", viewer, {
    action: write.action,
    objectType: write.objectType,
    objectId: write.objectId,
    before: write.before ? auditSnapshot(write.before, fields) : null,
    after: auditSnapshot(write.after, fields),
    scope: { regionCode: write.regionCode },
  });
}
