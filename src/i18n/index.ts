import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '../data/schema';
import en from 'virtual:atlas-messages/en';
import type { Messages } from './namespaces';

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

/** Starts i18next with English and any other string tables given (`loadLanguage` adds the rest). */
export function initI18n(lang: Lang, tables: Partial<Record<Lang, Messages>> = {}) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: lang,
      // Every language has every key (test/unit/i18n.test.ts); English covers a slip.
      fallbackLng: 'en',
      resources: Object.fromEntries(Object.entries({ en, ...tables }).map(([l, table]) => [l, { translation: table }])),
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  }
  return i18next;
}

/** Adds a language's strings to i18next, fetching its chunk the first time. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' || i18next.hasResourceBundle(lang, 'translation')) return;
  const { default: table } = await TABLES[lang]();
  i18next.addResourceBundle(lang, 'translation', table);
}

export { i18next };
