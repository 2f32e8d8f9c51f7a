import { errorsByField, type UserErrorLike } from "../../components/Field";
import type { MessageKey } from "../../i18n/i18n";

type Translate = (key: MessageKey) => string | undefined;

/** Codes whose server message adds nothing a translated sentence does not say. */
const SELF_EXPLAINING = new Set(["REQUIRED", "STALE"]);

/**
 * userErrors by field, in the user's language: the sentence for the error's code, followed by the API's own
 * explanation (which names the values involved) unless the code says it all.
 */
export function localizedErrors(userErrors: readonly UserErrorLike[] | null | undefined, t: Translate) {
  return errorsByField(
    (userErrors ?? []).map((error) => {
      const field = error.field[error.field.length - 1];
      const specific = t(`offices.error.${field}.${error.code}` as MessageKey);
      if (specific) return { ...error, message: specific };
      const sentence = t(`offices.error.${error.code}` as MessageKey);
      if (!sentence) return error;
      const message = SELF_EXPLAINING.has(error.code) ? sentence : `${sentence} (${error.message})`;
      return { ...error, message };
    }),
  );
}

export function isStale(userErrors: readonly UserErrorLike[] | null | undefined): boolean {
  return (userErrors ?? []).some((error) => error.code === "STALE");
}
