import { recordAudit, type AuditValues } from "../../../shared/audit/audit";
import type { Viewer } from "../../../shared/auth/viewer";
import type { Em } from "../../../shared/db/orm";
import { Agent } from "../entities/agent.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import type { UserAccount } from "./user-account.entity";

/** What an audit entry shows of an account: never the password or its hash. */
export const AUDITED_ACCOUNT_FIELDS = [
  "email",
  "displayName",
  "role",
  "perisaiOffice",
  "bpjsOffice",
  "agent",
  "disabled",
] as const;

export interface AccountScope {
  officeId: number | null;
  regionCode: string | null;
}

/**
 * Where an account sits, for the audit log's scope: the Kantor Perisai of an office admin or of an agent,
 * so that the admins above it see its sign-ins and changes. Branch officers and national roles sit in no
 * Kantor Perisai.
 */
export async function accountScope(em: Em, account: UserAccount): Promise<AccountScope> {
  let officeId = account.perisaiOffice?.id ?? null;
  if (!officeId && account.agent) officeId = (await em.findOneOrFail(Agent, account.agent.id)).office.id;
  if (!officeId) return { officeId: null, regionCode: null };
  const office = await em.findOneOrFail(PerisaiOffice, officeId);
  return { officeId, regionCode: office.regionCode };
}

/**
 * One audit entry about an account, in the caller's transaction. An account taken out of every Kantor
 * Perisai keeps the scope it had, so that the admins it left see that it left.
 */
export async function auditAccount(
  em: Em,
  viewer: Viewer,
  account: UserAccount,
  action: string,
  change: { before?: AuditValues | null; after?: AuditValues | null; formerScope?: AccountScope } = {},
): Promise<void> {
  const scope = await accountScope(em, account);
  await recordAudit(em, "perisai", viewer, {
    action,
    objectType: "UserAccount",
    objectId: account.globalId,
    before: change.before ?? null,
    after: change.after ?? null,
    scope: scope.officeId === null && change.formerScope ? change.formerScope : scope,
  });
}

/** Only the fields whose value changed, before and after. */
export function changedFields(before: AuditValues, after: AuditValues): { before: AuditValues; after: AuditValues } {
  const changed = Object.keys(after).filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
  return {
    before: Object.fromEntries(changed.map((field) => [field, before[field]])),
    after: Object.fromEntries(changed.map((field) => [field, after[field]])),
  };
}
