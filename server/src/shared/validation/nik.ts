/**
 * NIK (Nomor Induk Kependudukan): 16 digits. Digits 1–6 are the kecamatan of registration (province,
 * regency, kecamatan codes), 7–12 the birth date DDMMYY with 40 added to the day for women, 13–16 a serial.
 */
export type Sex = "MALE" | "FEMALE";

export interface ParsedNik {
  districtCode: string;
  birthDate: string;
  sex: Sex;
}

export type NikResult = { ok: true; value: ParsedNik } | { ok: false; reason: string };

export function districtCodeOfNik(nik: string): string {
  return `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`;
}

/** Checks the form of a NIK. Whether its kecamatan exists is checked against the regions directory. */
export function parseNik(nik: string, today: Date = new Date()): NikResult {
  if (!/^\d{16}$/.test(nik)) return { ok: false, reason: "NIK must be exactly 16 digits" };
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const sex: Sex = rawDay > 40 ? "FEMALE" : "MALE";
  const day = sex === "FEMALE" ? rawDay - 40 : rawDay;
  const century = 2000 + yy <= today.getUTCFullYear() ? 2000 : 1900;
  const year = century + yy;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, reason: "NIK digits 7–12 must be a real birth date (DDMMYY, day + 40 for women)" };
  }
  if (nik.slice(12) === "0000") return { ok: false, reason: "NIK serial (last 4 digits) cannot be 0000" };
  return { ok: true, value: { districtCode: districtCodeOfNik(nik), birthDate: date.toISOString().slice(0, 10), sex } };
}

/** Builds a NIK from its parts (for seeded and test data). */
export function composeNik(districtCode: string, birthDate: string, sex: Sex, serial: number): string {
  const [year, month, day] = birthDate.split("-");
  const dd = String(Number(day) + (sex === "FEMALE" ? 40 : 0)).padStart(2, "0");
  return `${districtCode.replaceAll(".", "")}${dd}${month}${year.slice(2)}${String(serial).padStart(4, "0")}`;
}
