/**
 * The interface language, resolved in one place: the URL's `lang`, else the reader's saved
 * choice, else the browser's languages, else English. Started once, before React renders,
 * and subscribed to the store ahead of React, so `apply` (which switches i18next and the
 * document) runs before any component renders the new language.
 */
import type { Lang } from '../data/schema';
import { preferredLang, type LangStorage } from '../i18n/langPreference';
import type { AtlasStore } from './store';

export type LanguageEnv = {
  /** The browser's preferred languages, best first. */
  languages: readonly string[];
  /** Where the reader's choice is remembered (null when storage is blocked). */
  storage: LangStorage | null;
  /** Switches the string tables and the document to `lang`; must be synchronous. */
  apply: (lang: Lang) => void;
};

/** Resolves the language now and whenever the URL's `lang` changes. Returns a stop function. */
export function startLanguage(store: AtlasStore, env: LanguageEnv): () => void {
  let applied: Lang | null = null;
  const resolve = () => {
    const lang = preferredLang(env.languages, env.storage, store.getState().view.lang);
    if (lang === applied) return;
    applied = lang;
    env.apply(lang);
    store.getState().setResolvedLang(lang);
  };
  resolve();
  return store.subscribe((state, prev) => {
    if (state.view.lang !== prev.view.lang) resolve();
  });
}
