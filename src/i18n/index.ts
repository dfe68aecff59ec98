import { useSyncExternalStore } from 'react';
import { LANGS, type Lang } from '../data/schema';
import en from 'virtual:atlas-messages/en';
import type { Messages } from './namespaces';
import { translator, type TFunction } from './translate';

export type { TFunction, TOptions } from './translate';

/** The first supported language among the browser's preferences, else English. */
export function browserLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if ((LANGS as readonly string[]).includes(primary ?? '')) return primary as Lang;
  }
  return 'en';
}

// English is bundled with the app: it is the fallback, and English readers wait for nothing. The
// other languages are a chunk each (scripts/messagesPlugin.ts), bundled with the app rather than
// fetched from elsewhere: a reader downloads only their own, and all are precached for offline use.
const TABLES: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Messages }>> = {
  ru: () => import('virtual:atlas-messages/ru'),
  kk: () => import('virtual:atlas-messages/kk'),
  zh: () => import('virtual:atlas-messages/zh'),
};

const tables: Partial<Record<Lang, Messages>> = { en };
let language: Lang = 'en';
let t: TFunction = translator('en', tables);
const listeners = new Set<() => void>();

/**
 * The interface's strings: the language in use and its `t`. Switched by state/language.ts,
 * synchronously, before the store tells React about the new language.
 */
export const i18n = {
  /** A string in the language in use. */
  t: ((key, options) => t(key, options)) as TFunction,
  changeLanguage(lang: Lang): void {
    if (lang === language) return;
    language = lang;
    t = translator(lang, tables);
    for (const listener of listeners) listener();
  },
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const currentT = () => t;

/** The `t` of the language in use; a component re-renders when the language changes. */
export function useTranslation(): { t: TFunction } {
  return { t: useSyncExternalStore(subscribe, currentT, currentT) };
}

/** Starts in `lang` with English and any other string tables given (`loadLanguage` adds the rest). */
export function initI18n(lang: Lang, more: Partial<Record<Lang, Messages>> = {}) {
  Object.assign(tables, more);
  i18n.changeLanguage(lang);
  return i18n;
}

/** Adds a language's strings, fetching its chunk the first time. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' || tables[lang]) return;
  const { default: table } = await TABLES[lang]();
  tables[lang] = table;
}
