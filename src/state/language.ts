/**
 * The interface language, resolved in one place: the URL's `lang`, else the reader's saved
 * choice, else the browser's languages, else English. Started once, before React renders,
 * and subscribed to the store ahead of React, so `apply` (which switches i18next and the
 * document) has run before any component renders the new language.
 */
import type { Lang } from '../data/schema';
import { preferredLang, type LangStorage } from '../i18n/langPreference';
import type { AtlasStore } from './store';

export type LanguageEnv = {
  /** The browser's preferred languages, best first. */
  languages: readonly string[];
  /** Where the reader's choice is remembered (null when storage is blocked). */
  storage: LangStorage | null;
  /**
   * Switches the string tables and the document to `lang`. When the strings must be fetched
   * first it returns a promise, and the store's `lang` follows once it resolves; if it rejects,
   * the language in use stays (and choosing the new one again retries).
   */
  apply: (lang: Lang) => void | Promise<void>;
};

/** Resolves the language now and whenever the URL's `lang` changes. Returns a stop function. */
export function startLanguage(store: AtlasStore, env: LanguageEnv): () => void {
  // The language last asked of `apply`: a later choice wins over a slower earlier one.
  let wanted: Lang | null = null;
  const resolve = () => {
    const lang = preferredLang(env.languages, env.storage, store.getState().view.lang);
    if (lang === wanted) return;
    wanted = lang;
    const done = env.apply(lang);
    if (!done) {
      store.getState().setResolvedLang(lang);
      return;
    }
    done.then(
      () => {
        if (wanted === lang) store.getState().setResolvedLang(lang);
      },
      () => {
        if (wanted === lang) wanted = store.getState().lang;
      },
    );
  };
  resolve();
  return store.subscribe((state, prev) => {
    if (state.view.lang !== prev.view.lang) resolve();
  });
}
