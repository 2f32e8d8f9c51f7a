import { localeOf, type Language } from "../../lib/format";

/** A contribution period "2020-07" as "Juli 2020" / "July 2020"; the text itself when it is not a month. */
export function formatPeriod(period: string, language: Language): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return period;
  const [year, month] = period.split("-").map(Number);
  return new Intl.DateTimeFormat(localeOf(language), { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

/** Today as a calendar day in Asia/Jakarta ("2026-11-24"), the day the server prices and dates by. */
export function jakartaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(now);
}

/** The month after "2020-12" is "2021-01". */
export function monthAfter(period: string): string {
  const [year, month] = period.split("-").map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
}

/**
 * The month a new payment most likely covers: the one after the latest paid, or the registration month when
 * nothing is paid yet, never after the current month.
 */
export function suggestedPeriod(latestPaid: string | null, registeredOn: string, today: string): string {
  const current = today.slice(0, 7);
  const next = latestPaid ? monthAfter(latestPaid) : registeredOn.slice(0, 7);
  return next > current ? current : next;
}

export type NikProblem = "length" | "birthDate" | "serial";

export type NikReading =
  { ok: true; districtCode: string; birthDate: string; sex: "MALE" | "FEMALE" } | { ok: false; problem: NikProblem };

/**
 * What a NIK says about its holder (the same rules as the server's: kecamatan code, DDMMYY with day + 40 for
 * women, a serial that is not 0000), so the form can show the birth date and sex while the NIK is typed.
 * Whether the kecamatan exists only the server knows.
 */
export function readNik(nik: string, today: string = jakartaToday()): NikReading {
  if (!/^\d{16}$/.test(nik)) return { ok: false, problem: "length" };
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const sex = rawDay > 40 ? "FEMALE" : "MALE";
  const day = sex === "FEMALE" ? rawDay - 40 : rawDay;
  const year = (2000 + yy <= Number(today.slice(0, 4)) ? 2000 : 1900) + yy;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, problem: "birthDate" };
  }
  if (nik.slice(12) === "0000") return { ok: false, problem: "serial" };
  return {
    ok: true,
    districtCode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
    birthDate: date.toISOString().slice(0, 10),
    sex,
  };
}

/** Digits only: "Rp 2.500.000" → 2500000; null when there are none or the figure is absurdly long. */
export function parseRupiahInput(text: string): number | null {
  const digits = text.replace(/\D/g, "");
  if (!digits || digits.length > 12) return null;
  return Number(digits);
}
