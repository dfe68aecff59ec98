import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from './data/schema';
import { i18next } from './i18n';

/** Keeps i18next, <html lang>, the title and the meta description in the interface language. */
export function useDocumentLanguage(lang: Lang): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (i18next.language !== lang) void i18next.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    document.title = t('app.title');
    document.querySelector('meta[name="description"]')?.setAttribute('content', t('app.description'));
  }, [lang, t]);
}
