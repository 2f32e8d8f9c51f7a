import { localIdOf } from "../../../shared/graphql/global-id";
import type { Problems } from "../../../shared/graphql/mutation";
import { UserErrorCode } from "../../../shared/graphql/user-error";

/** Names, titles, signatories: one line of text a person typed. */
export const MAX_TEXT_LENGTH = 200;
/** Scopes and addresses: a paragraph. */
export const MAX_LONG_TEXT_LENGTH = 4_000;

/** A required text, trimmed; reports REQUIRED or OUT_OF_RANGE. */
export function requiredText(
  problems: Problems,
  field: string,
  value: string | null | undefined,
  max = MAX_TEXT_LENGTH,
): string {
  const text = value?.trim() ?? "";
  if (!text) problems.add(field, `${field} is required`, UserErrorCode.REQUIRED);
  else if (text.length > max)
    problems.add(field, `${field} is longer than ${max} characters`, UserErrorCode.OUT_OF_RANGE);
  return text;
}

/** An optional text, trimmed; blank becomes null. */
export function optionalText(
  problems: Problems,
  field: string,
  value: string | null | undefined,
  max = MAX_LONG_TEXT_LENGTH,
): string | null {
  const text = value?.trim() ?? "";
  if (text.length > max) problems.add(field, `${field} is longer than ${max} characters`, UserErrorCode.OUT_OF_RANGE);
  return text || null;
}

export function nonNegativeCount(problems: Problems, field: string, value: number, max = 100_000_000): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    problems.add(field, `${field} must be a whole number from 0 to ${max}`, UserErrorCode.OUT_OF_RANGE);
  }
  return value;
}

export function notInFuture(problems: Problems, field: string, date: string, today: string): string {
  if (date > today)
    problems.add(field, `${field} cannot be in the future (today is ${today})`, UserErrorCode.OUT_OF_RANGE);
  return date;
}

/** The row id behind a global id argument of an input; a wrong or foreign id is INVALID. */
export function rowIdOf(problems: Problems, field: string, id: string, typeName: string): number | null {
  const value = localIdOf(id, typeName);
  if (value === null) problems.add(field, `${field} is not a valid ${typeName} ID`, UserErrorCode.INVALID);
  return value;
}

/** For updates: a field left out keeps its value; `null` asks to clear it. */
export function given<T>(value: T | undefined): value is T {
  return value !== undefined;
}
