import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { formatDate, formatNumber, formatRate, formatRupiah, type Language } from "../lib/format";
import * as agents from "../pages/agents/messages";
import * as commissions from "../pages/commissions/messages";
import * as dashboard from "../pages/dashboard/messages";
import * as followups from "../pages/followups/messages";
import * as imports from "../pages/imports/messages";
import * as network from "../pages/network/messages";
import * as offices from "../pages/offices/messages";
import * as participants from "../pages/participants/messages";
import * as targeting from "../pages/targeting/messages";
import * as umkm from "../pages/umkm/messages";
import en from "./en.json";
import id from "./id.json";

// The shared messages live in id.json / en.json; each area of pages keeps its own in pages/<area>/messages.ts.
const idMessages = {
  ...id,
  ...dashboard.id,
  ...network.id,
  ...offices.id,
  ...agents.id,
  ...umkm.id,
  ...participants.id,
  ...imports.id,
  ...targeting.id,
  ...commissions.id,
  ...followups.id,
};

export type MessageKey = keyof typeof idMessages;

// English must define every key Bahasa Indonesia has: a missing translation fails the typecheck.
const enMessages: Record<MessageKey, string> = {
  ...en,
  ...dashboard.en,
  ...network.en,
  ...offices.en,
  ...agents.en,
  ...umkm.en,
  ...participants.en,
  ...imports.en,
  ...targeting.en,
  ...commissions.en,
  ...followups.en,
};

const dictionaries: Record<Language, Record<MessageKey, string>> = { id: idMessages, en: enMessages };

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
    /** A message with {placeholders} filled: t.format("agents.found", { count: t.number(12) }). */
    t.format = (key: MessageKey, values: Record<string, string | number>) =>
      messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
    t.number = (value: number) => formatNumber(value, language);
    t.rate = (rate: number | null | undefined) => formatRate(rate, language) ?? messages["common.notAvailable"];
    t.rupiah = (value: number | null | undefined) =>
      value == null ? messages["common.notAvailable"] : formatRupiah(value, language);
    t.date = (date: string | null | undefined) => formatDate(date, language) ?? messages["common.notAvailable"];
    t.language = language;
    return t;
  }, [language]);
}
