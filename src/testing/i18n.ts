import { LANGS, type Lang } from '../data/schema';
import { i18n, initI18n as initAppI18n } from '../i18n';
import { messagesFor } from '../i18n/namespaces';

/** The UI strings with every language's strings at once, so a test can switch languages synchronously. */
export function initI18n(lang: Lang = 'en') {
  initAppI18n(lang, Object.fromEntries(LANGS.map((l) => [l, messagesFor(l)])));
  return i18n;
}

export { i18n };
