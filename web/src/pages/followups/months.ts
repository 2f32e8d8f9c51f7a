/** Calendar months as the API writes them ("2026-11"). */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is string {
  return typeof value === "string" && MONTH.test(value);
}

/** The month `count` months after `period` (before, when negative). */
export function addMonths(period: string, count: number): string {
  const [year, month] = period.split("-").map(Number);
  const index = year * 12 + (month - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Months from `from` to `to`, both included (0 when `to` is before `from`). */
export function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth] = from.split("-").map(Number);
  const [toYear, toMonth] = to.split("-").map(Number);
  return Math.max(0, (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1);
}

/** The API gives at most 60 months of target progress. */
export const MAX_RANGE_MONTHS = 60;

/**
 * The month range of the target progress view from the URL (?dari=2025-12&sampai=2026-11): by default the last
 * 12 months up to the current one; a reversed range is swapped and a range longer than 60 months is cut at its
 * start.
 */
export function monthRangeOf(params: URLSearchParams, current: string): { from: string; to: string } {
  let to = isMonth(params.get("sampai")) ? params.get("sampai")! : current;
  let from = isMonth(params.get("dari")) ? params.get("dari")! : addMonths(to, -11);
  if (from > to) [from, to] = [to, from];
  if (monthsBetween(from, to) > MAX_RANGE_MONTHS) from = addMonths(to, -(MAX_RANGE_MONTHS - 1));
  return { from, to };
}
