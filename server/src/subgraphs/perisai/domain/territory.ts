/** An agent works 1 to 20 kecamatan: enough for a city, few enough to know them on foot. */
export const MIN_TERRITORY = 1;
export const MAX_TERRITORY = 20;

/** Trimmed codes, duplicates dropped, in the order given. */
export function normaliseTerritory(codes: readonly string[]): string[] {
  return [...new Set(codes.map((code) => code.trim()).filter(Boolean))];
}

/** Whether `code` is `regionCode` itself or lies below it (Kemendagri codes nest by prefix). */
export function regionContains(regionCode: string, code: string): boolean {
  return code === regionCode || code.startsWith(`${regionCode}.`);
}
