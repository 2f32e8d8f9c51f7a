import { Problems } from "../graphql/mutation";
import { UserErrorCode } from "../graphql/user-error";

export const MAX_REASON_LENGTH = 500;

/** Why personal data is revealed: required, so every reveal in the audit trail explains itself. */
export function checkRevealReason(problems: Problems, reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) problems.add("reason", "Say why you need this person's data in clear", UserErrorCode.REQUIRED);
  else if (trimmed.length > MAX_REASON_LENGTH) {
    problems.add(
      "reason",
      `The reason can be at most ${MAX_REASON_LENGTH} characters (it has ${trimmed.length})`,
      UserErrorCode.OUT_OF_RANGE,
    );
  }
  return trimmed;
}
