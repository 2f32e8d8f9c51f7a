import { Role } from "../../../shared/auth/role";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import type { Refusal } from "../domain/refusal";

/** OWASP ASVS: at least 12 characters, long passphrases welcome, no composition rules. */
export const MIN_PASSWORD_LENGTH = 12;
/** Bounds the hashing work one request can ask for. */
export const MAX_PASSWORD_LENGTH = 128;
export const MAX_EMAIL_LENGTH = 254;

/** Emails compare without case or surrounding spaces. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailProblem(email: string): string | null {
  if (email.length > MAX_EMAIL_LENGTH) return `An email address has at most ${MAX_EMAIL_LENGTH} characters`;
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? null : "This is not an email address";
}

export function passwordProblem(password: string, email: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `A password has at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `A password has at most ${MAX_PASSWORD_LENGTH} characters`;
  if (!password.trim()) return "A password cannot be only spaces";
  if (normaliseEmail(password) === email) return "A password cannot be the email address";
  return null;
}

/** The node of the hierarchy each role is attached to (input field names); national roles have none. */
const ATTACHMENT_OF_ROLE: Record<Role, AttachmentField | null> = {
  [Role.NATIONAL_COORDINATOR]: null,
  [Role.ANALYST]: null,
  [Role.OFFICE_ADMIN]: "perisaiOfficeId",
  [Role.BRANCH_OFFICER]: "bpjsOfficeId",
  [Role.AGENT]: "agentId",
};

export type AttachmentField = "perisaiOfficeId" | "bpjsOfficeId" | "agentId";

const ATTACHMENT_NAMES: Record<AttachmentField, string> = {
  perisaiOfficeId: "a Kantor Perisai",
  bpjsOfficeId: "a BPJAMSOSTEK office",
  agentId: "an agent record",
};

/** Each role has exactly its own attachment, as the table's checks demand. */
export function attachmentRefusals(role: Role, attached: Record<AttachmentField, boolean>): Refusal[] {
  const wanted = ATTACHMENT_OF_ROLE[role];
  const refusals: Refusal[] = [];
  for (const field of Object.keys(ATTACHMENT_NAMES) as AttachmentField[]) {
    if (field === wanted && !attached[field]) {
      refusals.push({
        field,
        message: `A ${role} account is attached to ${ATTACHMENT_NAMES[field]}: give ${field}`,
        code: UserErrorCode.REQUIRED,
      });
    } else if (field !== wanted && attached[field]) {
      refusals.push({
        field,
        message: `A ${role} account is not attached to ${ATTACHMENT_NAMES[field]}: leave ${field} empty`,
        code: UserErrorCode.INVALID,
      });
    }
  }
  return refusals;
}
