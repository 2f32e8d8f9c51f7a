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
