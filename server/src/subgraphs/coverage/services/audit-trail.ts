import { recordAudit, type AuditRecord } from "../../../shared/audit/audit";
import type { Viewer } from "../../../shared/auth/viewer";
import type { Em } from "../../../shared/db/orm";

/** What the trail keeps of each object (personal fields are masked by auditSnapshot). */
export const PARTICIPANT_AUDIT_FIELDS = [
  "nik",
  "kpjNumber",
  "name",
  "birthDate",
  "sex",
  "phone",
  "declaredIncome",
  "programs",
  "districtCode",
  "umkmId",
  "agentId",
  "officeId",
  "status",
  "registeredOn",
] as const;

export const CONTRIBUTION_AUDIT_FIELDS = [
  "participant",
  "period",
  "jkk",
  "jkm",
  "jht",
  "total",
  "paidOn",
  "clientKey",
  "agentId",
  "officeId",
] as const;

export const REGION_TARGET_AUDIT_FIELDS = ["regionCode", "umkmTarget", "source", "asOf"] as const;

/**
 * Writes the entry in the mutation's transaction (em is the transaction's): it exists exactly when the
 * change does, and a refused mutation leaves none.
 */
export function audit(em: Em, viewer: Viewer, record: AuditRecord): Promise<void> {
  return recordAudit(em, "coverage", viewer, record);
}

/** Entries about a participant or its payments are filed under its office and kecamatan. */
export function participantPlace(participant: { officeId: number; districtCode: string }): AuditRecord["scope"] {
  return { officeId: participant.officeId, regionCode: participant.districtCode };
}
