import { localeOf, type Language } from "../../lib/format";

/** The first month of the Perisai network (the Batam MoU of 9 July 2020): nothing to close before it. */
export const FIRST_MONTH = "2020-07";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is string {
  return typeof value === "string" && MONTH.test(value);
}

function monthNumber(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOfNumber(number: number): string {
  return `${Math.floor(number / 12)}-${String((number % 12) + 1).padStart(2, "0")}`;
}

export function addMonths(month: string, months: number): string {
  return monthOfNumber(monthNumber(month) + months);
}

/** The calendar month of an instant in Asia/Jakarta, where the months are closed ("2026-11"). */
export function jakartaMonth(now: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit" })
    .formatToParts(now)
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return `${parts.year}-${parts.month}`;
}

/** The month shown first: the last one that has ended, the one an office closes next. */
export function defaultMonth(now: Date): string {
  return addMonths(jakartaMonth(now), -1);
}

/** Every month from the network's first to the current one (still running, so not closable), newest first. */
export function monthsUntil(current: string): string[] {
  const months: string[] = [];
  for (let number = monthNumber(current); number >= monthNumber(FIRST_MONTH); number -= 1)
    months.push(monthOfNumber(number));
  return months;
}

/** "2026-10" → "Oktober 2026" (id) or "October 2026" (en). */
export function formatMonth(month: string, language: Language): string {
  if (!isMonth(month)) return month;
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  return new Intl.DateTimeFormat(localeOf(language), { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** A scheme's fraction as a percentage without needless decimals: 0.075 → "7,5%", 0.9 → "90%". */
export function formatShare(fraction: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { style: "percent", maximumFractionDigits: 2 }).format(fraction);
}
