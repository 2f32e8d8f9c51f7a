import type { Viewer } from "../../../shared/auth/viewer";
import { auditSnapshot, recordAudit, type AuditRecord, type AuditValues } from "../../../shared/audit/audit";
import type { Em } from "../../../shared/db/orm";
import type { PerisaiAction } from "../domain/access-rules";
import { Agent } from "../entities/agent.entity";
import { BpjsOffice } from "../entities/bpjs-office.entity";
import { Mou } from "../entities/mou.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";

export type Audited = BpjsOffice | Mou | PerisaiOffice | Agent;

/** The fields an audit entry compares, per type (personal ones come out masked). */
const AUDITED_FIELDS: Record<string, readonly string[]> = {
  BpjsOffice: ["kind", "name", "parent", "regionCode", "headName", "address"],
  Mou: [
    "number",
    "title",
    "bpjsOffice",
    "chapterId",
    "signedOn",
    "place",
    "bpjsSignatory",
    "bpjsSignatoryTitle",
    "okoceSignatory",
    "okoceSignatoryTitle",
    "scope",
    "validFrom",
    "validUntil",
    "umkmTarget",
  ],
  PerisaiOffice: [
    "name",
    "parent",
    "regionCode",
    "hostChapterId",
    "supervisingBranch",
    "mou",
    "status",
    "pioneer",
    "monthlyTarget",
    "establishedOn",
    "address",
  ],
  Agent: ["agentNumber", "name", "nik", "phone", "umkmId", "office", "territory", "status", "appointedOn"],
};

/** The audited fields of an object now: taken before an edit, it is the entry's "before". */
export function auditedValues(entity: Audited): AuditValues {
  return auditSnapshot(entity, AUDITED_FIELDS[entity.constructor.name]);
}

/** Where the object sits, so that an office admin finds the entries of their part of the network. */
async function scopeOf(em: Em, entity: Audited): Promise<AuditRecord["scope"]> {
  if (entity instanceof PerisaiOffice) return { officeId: entity.id, regionCode: entity.regionCode };
  if (entity instanceof Agent) {
    const office = await em.findOneOrFail(PerisaiOffice, entity.office.id);
    return { officeId: office.id, regionCode: office.regionCode };
  }
  if (entity instanceof Mou) {
    const party = await em.findOneOrFail(BpjsOffice, entity.bpjsOffice.id);
    return { officeId: null, regionCode: party.regionCode };
  }
  return { officeId: null, regionCode: entity.regionCode };
}

/**
 * Writes the audit entry of a change in the mutation's transaction: the fields that changed, before and
 * after (all of them for a new object, `before` null). Flushes first, so a new object has its id and the
 * entry follows the change it describes.
 */
export async function recordChange(
  em: Em,
  viewer: Viewer,
  action: PerisaiAction,
  entity: Audited,
  before: AuditValues | null,
): Promise<void> {
  await em.flush();
  const after = auditedValues(entity);
  const changed = before ? Object.keys(after).filter((field) => !sameValue(before[field], after[field])) : null;
  await recordAudit(em, "perisai", viewer, {
    action,
    objectType: entity.constructor.name,
    objectId: entity.globalId,
    before: before && changed ? pick(before, changed) : null,
    after: changed ? pick(after, changed) : after,
    scope: await scopeOf(em, entity),
  });
}

function sameValue(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

function pick(values: AuditValues, fields: string[]): AuditValues {
  return Object.fromEntries(fields.map((field) => [field, values[field]]));
}
