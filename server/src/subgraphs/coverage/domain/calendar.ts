/**
 * Calendar dates as Indonesian offices count them: the day in Asia/Jakarta (UTC+7, no daylight saving),
 * so a payment made at 06:00 WIB on the 1st belongs to the 1st, not to the previous day in UTC.
 */
const JAKARTA_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Jakarta",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** "YYYY-MM-DD" of an instant in Asia/Jakarta. */
export function jakartaDate(instant: Date = new Date()): string {
  return JAKARTA_DAY.format(instant);
}

/** "YYYY-MM" of a date "YYYY-MM-DD". */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The first day of a month "YYYY-MM": the date whose rules price that month's contribution. */
export function firstDayOf(period: string): string {
  return `${period}-01`;
}
