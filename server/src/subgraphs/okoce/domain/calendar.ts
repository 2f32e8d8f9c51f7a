const JAKARTA_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Jakarta",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's calendar date in Asia/Jakarta ("YYYY-MM-DD"): a UMKM that joins at 06:00 WIB joined today, not yesterday. */
export function todayInJakarta(now: Date = new Date()): string {
  return JAKARTA_DATE.format(now);
}
