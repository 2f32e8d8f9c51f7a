/**
 * Calendar dates ("YYYY-MM-DD") as Indonesian offices write them: the day in Asia/Jakarta (WIB, UTC+7, no
 * daylight saving), whatever the server's time zone, so a change made at 06:00 WIB is dated today, not
 * yesterday in UTC.
 */
const JAKARTA_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Jakarta",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** "YYYY-MM-DD" of an instant (default now) in Asia/Jakarta. */
export function jakartaToday(now: Date = new Date()): string {
  return JAKARTA_DAY.format(now);
}

/** The same day `months` later; a day that month lacks becomes its last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** "YYYY-MM" of a date "YYYY-MM-DD". */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The first day of a month "YYYY-MM": the date whose rules price that month's contribution. */
export function firstDayOf(period: string): string {
  return `${period}-01`;
}
