import { LANGS, type Lang } from '../data/schema';
import { i18n, initI18n as initAppI18n } from '../i18n';
import { translator, type TFunction } from '../i18n/translate';
import { messagesFor } from '../i18n/namespaces';

/** The UI strings with every language's strings at once, so a test can switch languages synchronously. */
export function initI18n(lang: Lang = 'en') {
  initAppI18n(lang, Object.fromEntries(LANGS.map((l) => [l, messagesFor(l)])));
  return i18n;
}

export { i18n };

/** A `t` for one language, whatever the language in use (English as its fallback, as in the app). */
export function fixedT(lang: Lang): TFunction {
  return translator(lang, { en: messagesFor('en'), [lang]: messagesFor(lang) });
}
