import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '../data/schema';
import { about } from './messages/about';
import { core } from './messages/core';
import { filters } from './messages/filters';
import { legend } from './messages/legend';
import { lists } from './messages/lists';
import { offline } from './messages/offline';
import { search } from './messages/search';
import { panels } from './messages/panels';
import { facts } from './messages/facts';
import { recovery } from './messages/recovery';
import { vocab } from './messages/vocab';

/** Every namespace of UI strings; add a namespace module here. */
export const NAMESPACES = { core, about, vocab, panels, facts, filters, legend, lists, search, recovery, offline } as const;

/** All UI strings of one language, namespaces merged (their top-level keys never clash). */
export function messagesFor(lang: Lang): Record<string, unknown> {
  return Object.assign({}, ...Object.values(NAMESPACES).map((ns) => ns[lang]));
}

/** The first supported language among the browser's preferences, else English. */
export function browserLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if ((LANGS as readonly string[]).includes(primary ?? '')) return primary as Lang;
  }
  return 'en';
}

// Bundled, not fetched: the string tables are small and the app must work offline.
export function initI18n(lang: Lang) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: lang,
      fallbackLng: 'en',
      resources: Object.fromEntries(LANGS.map((l) => [l, { translation: messagesFor(l) }])),
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  }
  return i18next;
}

export { i18next };
