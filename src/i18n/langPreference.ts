/**
 * The reader's language choice, remembered across visits in localStorage. The URL's
 * `lang` still wins (a shared link must open in the language it was shared in); the
 * remembered choice beats the browser's languages.
 */
import { LANGS, type Lang } from '../data/schema';
import { browserLang } from './index';

/** The parts of `Storage` the preference uses (a fake in tests). */
export type LangStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const LANG_STORAGE_KEY = 'kz-cn-atlas.lang';

const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/** window.localStorage, or null where it is missing or blocked (reading it can throw a SecurityError). */
export function browserStorage(): LangStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The remembered language, or null when none (or something foreign) is stored. */
export function storedLang(storage: LangStorage | null): Lang | null {
  try {
    const value = storage?.getItem(LANG_STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the choice; a full or blocked storage just means it is not remembered. */
export function saveLangPreference(lang: Lang, storage: LangStorage | null): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Nothing to tell the reader: the choice still applies to this visit.
  }
}

/** The language to show: the URL's `lang`, else the remembered choice, else the browser's, else English. */
export function preferredLang(
  navigatorLanguages: readonly string[],
  storage: LangStorage | null,
  urlLang: Lang | null = null,
): Lang {
  return urlLang ?? storedLang(storage) ?? browserLang(navigatorLanguages);
}
