/**
 * Calendar arithmetic on "YYYY-MM-DD" dates and "YYYY-MM" periods. Dates are handled as day numbers
 * (days since 1970-01-01, UTC) and months as month indexes (year × 12 + month − 1), which makes ranges and
 * random picks plain integer arithmetic.
 */
import type { Random } from "./random";

const MS_PER_DAY = 86_400_000;

export function dayOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

export function dateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayOf(date) + days);
}

/** For sorting "YYYY-MM-DD" strings, which order like the dates they spell. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** A day between `from` and `to`, both included. */
export function randomDate(rng: Random, from: string, to: string): string {
  return dateOfDay(rng.int(dayOf(from), dayOf(to)));
}

/** The same calendar day `years` later, minus one day: the last day of a term that starts on `date`. */
export function endOfTerm(date: string, years: number): string {
  const [year, month, day] = date.split("-").map(Number);
  return dateOfDay(Date.UTC(year + years, month - 1, day) / MS_PER_DAY - 1);
}

export function monthIndexOf(dateOrPeriod: string): number {
  return Number(dateOrPeriod.slice(0, 4)) * 12 + Number(dateOrPeriod.slice(5, 7)) - 1;
}

export function periodOfMonth(monthIndex: number): string {
  const month = (monthIndex % 12) + 1;
  return `${Math.floor(monthIndex / 12)}-${month < 10 ? "0" : ""}${month}`;
}

export function firstDayOfMonth(monthIndex: number): number {
  return Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1) / MS_PER_DAY;
}

export function daysInMonth(monthIndex: number): number {
  return firstDayOfMonth(monthIndex + 1) - firstDayOfMonth(monthIndex);
}
