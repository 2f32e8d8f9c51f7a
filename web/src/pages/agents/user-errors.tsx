import type { UserErrorLike } from "../../components/Field";
import { errorsByField, FormErrors } from "../../components/Field";
import type { MessageKey } from "../../i18n/i18n";
import type { useT } from "../../i18n/i18n";

type T = ReturnType<typeof useT>;

const CODES = [
  "REQUIRED",
  "INVALID",
  "NOT_FOUND",
  "TAKEN",
  "STALE",
  "INVALID_TRANSITION",
  "OUT_OF_RANGE",
  "FORBIDDEN",
  "RATE_LIMITED",
] as const;

/** Codes whose server message names a particular (the agent already serving, the date allowed…): kept as detail. */
const WITH_DETAIL = new Set(["TAKEN", "OUT_OF_RANGE", "INVALID_TRANSITION", "NOT_FOUND"]);

/**
 * userErrors by input field, in the user's language: the API writes its messages in English, so Bahasa
 * Indonesia says what the code means, with the API's particulars where they help.
 */
export function localizedErrors(t: T, userErrors: readonly UserErrorLike[] | null | undefined): Record<string, string> {
  if (t.language === "en") return errorsByField(userErrors);
  return errorsByField(
    (userErrors ?? []).map((error) => {
      const code = CODES.find((known) => known === error.code);
      if (!code) return error;
      const text = t(`agents.error.${code}` as MessageKey);
      return { ...error, message: WITH_DETAIL.has(code) ? `${text} (${error.message})` : text };
    }),
  );
}

/** Errors of fields the form does not show (agentId, expectedVersion…) and errors of no field. */
export function OtherErrors({ errors, known }: { errors: Record<string, string>; known: string[] }) {
  const rest = Object.entries(errors).filter(([field]) => !known.includes(field));
  if (rest.length === 0) return null;
  return <FormErrors errors={{ "": rest.map(([, message]) => message).join(" ") }} />;
}
