export type Language = "id" | "en";

const LOCALES: Record<Language, string> = { id: "id-ID", en: "en-US" };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

/** 81486 → "81.486" in Bahasa Indonesia, "81,486" in English. */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

/** A fraction (0.123) as a percentage with one decimal ("12,3%"); null when there is no rate. */
export function formatRate(rate: number | null | undefined, language: Language): string | null {
  if (rate == null || !Number.isFinite(rate)) return null;
  return new Intl.NumberFormat(localeOf(language), {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rate);
}

/** Whole rupiah as "Rp16.800" (id) or "Rp16,800" (en): the symbol sits right against the digits. */
export function formatRupiah(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), {
    style: "currency",
    currency: "IDR",
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  })
    .formatToParts(value)
    .filter((part) => !(part.type === "literal" && part.value.trim() === ""))
    .map((part) => part.value)
    .join("");
}

/** A calendar date "2020-07-01" (already in Asia/Jakarta) as "1 Jul 2020"; null when it is not a date. */
export function formatDate(date: string | null | undefined, language: Language): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return null;
  // The date is a calendar day, not an instant: format it at UTC so no time zone shifts it.
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: "medium", timeZone: "UTC" }).format(parsed);
}
