import { localeOf, type Language } from "../../lib/format";

/** The network started with the MoU of 9 July 2020; trends begin with that month. */
export const FIRST_MONTH = "2020-07";

/** The calendar month ("2026-11") of an instant in Asia/Jakarta, where contributions are dated. */
export function jakartaMonth(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit" })
    .formatToParts(now)
    .reduce<Record<string, string>>((found, part) => ({ ...found, [part.type]: part.value }), {});
  return `${parts.year}-${parts.month}`;
}

function nextMonth(period: string): string {
  const [year, month] = period.split("-").map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
}

export interface MonthFigures {
  period: string;
  enrolments: number;
  contributionsTotal: number;
  contributionsCount: number;
}

/** Every month from `from` to `to` inclusive, oldest first; a month without a rollup row counts zero. */
export function everyMonth(rows: readonly MonthFigures[], from: string, to: string): MonthFigures[] {
  const byPeriod = new Map(rows.map((row) => [row.period, row]));
  const months: MonthFigures[] = [];
  for (let period = from; period <= to; period = nextMonth(period)) {
    months.push(byPeriod.get(period) ?? { period, enrolments: 0, contributionsTotal: 0, contributionsCount: 0 });
  }
  return months;
}

/** "2026-11" as "Nov 2026" (short) or "November 2026" (long) in the language of the page. */
export function formatMonth(period: string, language: Language, style: "short" | "long" = "short"): string {
  const [year, month] = period.split("-").map(Number);
  return new Intl.DateTimeFormat(localeOf(language), { month: style, year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}
