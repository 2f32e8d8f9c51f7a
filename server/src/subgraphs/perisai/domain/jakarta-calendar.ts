/**
 * Calendar dates ("YYYY-MM-DD") as offices in Batam and Jakarta write them (WIB, UTC+7), whatever the
 * server's time zone: a change made at 06:00 WIB is dated today, not yesterday in UTC.
 */
const JAKARTA_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Jakarta",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function jakartaToday(now: Date = new Date()): string {
  return JAKARTA_DATE.format(now);
}

/** The same day `months` later; a day that month lacks becomes its last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
