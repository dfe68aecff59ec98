/**
 * The interface language, resolved in one place: the URL's `lang`, else the reader's saved
 * choice, else the browser's languages, else English. Started once, before React renders,
 * and subscribed to the store ahead of React, so `apply` (which switches the strings and the
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
  /** Switches the string tables and the document to `lang`; synchronous. */
  apply: (lang: Lang) => void;
  /**
   * Fetches `lang`'s strings when they are not in yet. Given, the switch (`apply` and the store's
   * `lang`, together) waits for it; a later choice wins over a slower earlier one; if it fails,
   * the language in use stays (choosing the new one again retries), and a first language that
   * cannot be had falls back to English, which is always bundled.
   */
  load?: (lang: Lang) => Promise<void>;
};

/** Resolves the language now and whenever the URL's `lang` changes. Returns a stop function. */
export function startLanguage(store: AtlasStore, env: LanguageEnv): () => void {
  // The language last asked for, and whether any has been switched in yet.
  let wanted: Lang | null = null;
  let applied = false;
  let stopped = false;
  const switchTo = (lang: Lang) => {
    if (stopped) return;
    applied = true;
    env.apply(lang);
    store.getState().setResolvedLang(lang);
  };
  const resolve = () => {
    const lang = preferredLang(env.languages, env.storage, store.getState().view.lang);
    if (lang === wanted) return;
    wanted = lang;
    if (!env.load) return switchTo(lang);
    env.load(lang).then(
      () => {
        if (wanted === lang) switchTo(lang);
      },
      () => {
        if (wanted !== lang) return;
        if (!applied) switchTo('en');
        wanted = store.getState().lang;
      },
    );
  };
  resolve();
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.view.lang !== prev.view.lang) resolve();
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
