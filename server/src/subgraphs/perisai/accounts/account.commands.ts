import { ref, type Ref } from "@mikro-orm/core";
import type { Viewer } from "../../../shared/auth/viewer";
import { auditSnapshot } from "../../../shared/audit/audit";
import { Role } from "../../../shared/auth/role";
import type { Em } from "../../../shared/db/orm";
import { Problems, assertVersion } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { findReferenced, requireTarget } from "../commands/lookups";
import { Agent } from "../entities/agent.entity";
import { BpjsOffice } from "../entities/bpjs-office.entity";
import { PerisaiOffice } from "../entities/perisai-office.entity";
import { requiredText } from "../validation/fields";
import { AUDITED_ACCOUNT_FIELDS, accountScope, auditAccount, changedFields } from "./account-audit";
import {
  attachmentRefusals,
  emailProblem,
  normaliseEmail,
  passwordProblem,
  type AttachmentField,
} from "./account-rules";
import type { CreateUserAccountInput } from "./create-user-account.input";
import { hashPassword } from "./password-hash";
import { Session } from "./session.entity";
import type { UpdateUserAccountInput } from "./update-user-account.input";
import { UserAccount } from "./user-account.entity";

type AttachmentIds = Partial<Record<AttachmentField, string | null>>;

interface Attachments {
  perisaiOffice: PerisaiOffice | null;
  bpjsOffice: BpjsOffice | null;
  agent: Agent | null;
}

async function findAttachments(em: Em, problems: Problems, ids: AttachmentIds): Promise<Attachments> {
  const find = <T extends { id: number }>(field: AttachmentField, entity: new () => T) =>
    ids[field] ? findReferenced(em, problems, field, entity, ids[field]) : Promise.resolve(null);
  return {
    perisaiOffice: await find("perisaiOfficeId", PerisaiOffice),
    bpjsOffice: await find("bpjsOfficeId", BpjsOffice),
    agent: await find("agentId", Agent),
  };
}

function checkAttachments(problems: Problems, role: Role, attachments: Attachments): void {
  const attached = {
    perisaiOfficeId: attachments.perisaiOffice !== null,
    bpjsOfficeId: attachments.bpjsOffice !== null,
    agentId: attachments.agent !== null,
  };
  for (const refusal of attachmentRefusals(role, attached)) problems.add(refusal.field, refusal.message, refusal.code);
}

async function checkEmail(em: Em, problems: Problems, email: string, accountId: number | null): Promise<void> {
  const problem = emailProblem(email);
  if (problem) {
    problems.add("email", problem, UserErrorCode.INVALID);
    return;
  }
  const other = await em.findOne(UserAccount, { email, ...(accountId ? { id: { $ne: accountId } } : {}) });
  if (other) problems.add("email", "Another account already uses this email address", UserErrorCode.TAKEN);
}

async function checkAgentFree(em: Em, problems: Problems, agent: Agent | null, accountId: number | null) {
  if (!agent) return;
  const other = await em.findOne(UserAccount, { agent: agent.id, ...(accountId ? { id: { $ne: accountId } } : {}) });
  if (other) problems.add("agentId", "This agent already has an account", UserErrorCode.TAKEN);
}

function checkPassword(problems: Problems, password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) problems.add("password", problem, UserErrorCode.INVALID);
}

export async function createUserAccount(em: Em, viewer: Viewer, input: CreateUserAccountInput): Promise<UserAccount> {
  const problems = new Problems();
  const email = normaliseEmail(input.email);
  await checkEmail(em, problems, email, null);
  const displayName = requiredText(problems, "displayName", input.displayName);
  const attachments = await findAttachments(em, problems, input);
  checkAttachments(problems, input.role, attachments);
  await checkAgentFree(em, problems, attachments.agent, null);
  checkPassword(problems, input.password, email);
  problems.throwIfAny();
  const account = em.create(UserAccount, {
    email,
    displayName,
    role: input.role,
    passwordHash: await hashPassword(input.password),
    ...attachments,
  });
  await em.flush();
  await auditAccount(em, viewer, account, "createUserAccount", {
    after: auditSnapshot(account, AUDITED_ACCOUNT_FIELDS),
  });
  return account;
}

export interface UpdatedAccount {
  account: UserAccount;
  /** Sessions ended because the account's scope or password changed, or it was disabled. */
  endedSessions: string[];
}

export async function updateUserAccount(
  em: Em,
  viewer: Viewer,
  input: UpdateUserAccountInput,
): Promise<UpdatedAccount> {
  const account = await requireTarget(em, "id", UserAccount, input.id);
  assertVersion(account.version, input.expectedVersion);
  const before = auditSnapshot(account, AUDITED_ACCOUNT_FIELDS);
  const formerScope = await accountScope(em, account);
  const problems = new Problems();
  if (input.email != null) {
    account.email = normaliseEmail(input.email);
    await checkEmail(em, problems, account.email, account.id);
  }
  if (input.displayName != null) account.displayName = requiredText(problems, "displayName", input.displayName);
  const role = input.role ?? account.role;
  const attachments = await updatedAttachments(em, problems, account, input);
  checkAttachments(problems, role, attachments);
  await checkAgentFree(em, problems, attachments.agent, account.id);
  const newPassword = input.password ?? null;
  if (newPassword !== null) checkPassword(problems, newPassword, account.email);
  checkSelfLockout(problems, viewer, account, role, input.disabled);
  problems.throwIfAny();

  const scopeChanged =
    role !== account.role ||
    attachments.perisaiOffice?.id !== account.perisaiOffice?.id ||
    attachments.bpjsOffice?.id !== account.bpjsOffice?.id ||
    attachments.agent?.id !== account.agent?.id;
  const disabling = input.disabled === true && !account.disabled;
  account.role = role;
  account.perisaiOffice = attachments.perisaiOffice ? ref(attachments.perisaiOffice) : null;
  account.bpjsOffice = attachments.bpjsOffice ? ref(attachments.bpjsOffice) : null;
  account.agent = attachments.agent ? ref(attachments.agent) : null;
  if (input.disabled != null) account.disabled = input.disabled;
  if (newPassword !== null) account.passwordHash = await hashPassword(newPassword);
  const endedSessions =
    scopeChanged || disabling || newPassword !== null ? await endSessions(em, account, viewer.claims?.sid) : [];
  await em.flush();

  const change = changedFields(before, auditSnapshot(account, AUDITED_ACCOUNT_FIELDS));
  if (newPassword !== null) change.after.passwordChanged = true;
  await auditAccount(em, viewer, account, "updateUserAccount", { ...change, formerScope });
  return { account, endedSessions };
}

/** The attachments after the edit: a field left out keeps its node, null clears it. */
async function updatedAttachments(
  em: Em,
  problems: Problems,
  account: UserAccount,
  input: UpdateUserAccountInput,
): Promise<Attachments> {
  const found = await findAttachments(em, problems, input);
  return {
    perisaiOffice: input.perisaiOfficeId === undefined ? await current(account.perisaiOffice) : found.perisaiOffice,
    bpjsOffice: input.bpjsOfficeId === undefined ? await current(account.bpjsOffice) : found.bpjsOffice,
    agent: input.agentId === undefined ? await current(account.agent) : found.agent,
  };
}

async function current<T extends { id: number }>(reference: Ref<T> | null): Promise<T | null> {
  return reference ? ((await reference.loadOrFail()) as T) : null;
}

/** A national coordinator cannot lock themselves out: someone must be left to manage accounts. */
function checkSelfLockout(
  problems: Problems,
  viewer: Viewer,
  account: UserAccount,
  role: Role,
  disabled: boolean | null | undefined,
): void {
  if (account.id !== viewer.userId) return;
  if (role !== account.role) problems.add("role", "You cannot change your own role", UserErrorCode.INVALID);
  if (disabled === true) problems.add("disabled", "You cannot disable your own account", UserErrorCode.INVALID);
}

/** The account's open sessions end, except the one making the change (a coordinator changing their own password). */
async function endSessions(em: Em, account: UserAccount, currentSession: string | undefined): Promise<string[]> {
  const now = new Date();
  const open = await em.find(Session, {
    user: account.id,
    revokedAt: null,
    expiresAt: { $gt: now },
    ...(currentSession ? { id: { $ne: currentSession } } : {}),
  });
  for (const session of open) session.revokedAt = now;
  return open.map((session) => session.id);
}
