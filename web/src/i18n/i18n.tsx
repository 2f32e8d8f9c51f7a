import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { formatDate, formatNumber, formatRate, formatRupiah, type Language } from "../lib/format";
import en from "./en.json";
import id from "./id.json";

export type MessageKey = keyof typeof id;

// English must define every key Bahasa Indonesia has: a missing translation fails the typecheck.
const dictionaries: Record<Language, Record<MessageKey, string>> = { id, en };

const STORAGE_KEY = "perisai.language";

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "id";
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLanguage(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useLanguage needs an I18nProvider");
  return context;
}

/** The translator and the number formatters of the current language. */
export function useT() {
  const { language } = useLanguage();
  return useMemo(() => {
    const messages = dictionaries[language];
    const t = (key: MessageKey) => messages[key];
    t.number = (value: number) => formatNumber(value, language);
    t.rate = (rate: number | null | undefined) => formatRate(rate, language) ?? messages["common.notAvailable"];
    t.rupiah = (value: number | null | undefined) =>
      value == null ? messages["common.notAvailable"] : formatRupiah(value, language);
    t.date = (date: string | null | undefined) => formatDate(date, language) ?? messages["common.notAvailable"];
    return t;
  }, [language]);
}
