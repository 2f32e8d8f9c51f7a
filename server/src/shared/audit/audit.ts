import type { Viewer } from "../auth/viewer";
import type { Em } from "../db/orm";
import { maskBirthDate, maskNik, maskPhone } from "../validation/mask";

/** Fields that hold personal data: an audit entry keeps them masked, like any other reader without rights. */
const PERSONAL_FIELDS: Record<string, (value: string) => string | null> = {
  nik: maskNik,
  ownerNik: maskNik,
  phone: maskPhone,
  coordinatorPhone: maskPhone,
  birthDate: maskBirthDate,
};

export type AuditValues = Record<string, unknown>;

export interface AuditRecord {
  /** Verb in the domain's words: "createUmkm", "suspendAgent", "enrollParticipant". */
  action: string;
  objectType: string;
  /** The object's global ID. */
  objectId: string;
  before?: AuditValues | null;
  after?: AuditValues | null;
  /** Where the object sits, so that an office admin sees the entries of their own scope. */
  scope?: { officeId?: number | null; regionCode?: string | null };
}

/** A plain, JSON-safe copy of the named fields, with personal fields masked. */
export function auditSnapshot(source: object, fields: readonly string[]): AuditValues {
  const values: AuditValues = {};
  for (const field of fields) {
    let value = (source as Record<string, unknown>)[field];
    if (value && typeof value === "object" && "id" in value && !(value instanceof Date))
      value = (value as { id: unknown }).id;
    if (typeof value === "string" && PERSONAL_FIELDS[field]) value = PERSONAL_FIELDS[field](value);
    values[field] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  return values;
}

/**
 * Writes one audit entry in the caller's transaction (em must be the transaction's EntityManager), so an
 * entry exists exactly when the change it describes was committed.
 */
export async function recordAudit(em: Em, schema: string, viewer: Viewer, record: AuditRecord): Promise<void> {
  await em.execute(
    `insert into "${schema}"."audit_entry" ("actor_user_id", "actor_role", "action", "object_type", "object_id", ` +
      `"scope_office_id", "scope_region_code", "before", "after") values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)`,
    [
      viewer.userId,
      viewer.role,
      record.action,
      record.objectType,
      record.objectId,
      record.scope?.officeId ?? null,
      record.scope?.regionCode ?? null,
      record.before ? JSON.stringify(record.before) : null,
      record.after ? JSON.stringify(record.after) : null,
    ],
  );
}

/**
 * DDL of a subgraph's audit table and of the read-only view the audit log reads across subgraphs.
 * Each subgraph's migration runs these once; a later change to the table is a new migration, never an edit here.
 */
export function auditTableStatements(schema: string): string[] {
  return [
    `create table "${schema}"."audit_entry" (
      "id" bigserial primary key,
      "occurred_at" timestamptz not null default now(),
      "actor_user_id" integer null,
      "actor_role" text null,
      "action" text not null,
      "object_type" text not null,
      "object_id" text not null,
      "scope_office_id" integer null,
      "scope_region_code" text null,
      "before" jsonb null,
      "after" jsonb null
    );`,
    `create index "audit_entry_object_index" on "${schema}"."audit_entry" ("object_id", "occurred_at");`,
    `create index "audit_entry_actor_index" on "${schema}"."audit_entry" ("actor_user_id", "occurred_at");`,
    `create index "audit_entry_occurred_at_index" on "${schema}"."audit_entry" ("occurred_at");`,
    `create view "${schema}"."published_audit_entry" as select '${schema}'::text as "subgraph", * from "${schema}"."audit_entry";`,
    `comment on view "${schema}"."published_audit_entry" is 'Read-only contract: the audit log reads every subgraph''s entries through these views.';`,
  ];
}
