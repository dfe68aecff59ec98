import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import type { Lang, LocalizedText } from '../../data/schema';
import { pickName } from '../../data/names';

type Props = {
  text: LocalizedText;
  lang: Lang;
  className?: string;
  /** Source markers for the text, after it (in the interface language, like the markers elsewhere). */
  cite?: ReactNode;
};

/**
 * A paragraph of data text in the interface language, or in the fallback language with a
 * small note saying which ("(in Russian)"), marked with its `lang` for screen readers.
 */
export function Localized({ text, lang, className, cite }: Props) {
  const { t } = useTranslation();
  const picked = pickName(text, lang);
  return (
    <p className={className} lang={picked.lang}>
      {picked.text}
      {picked.lang !== lang && (
        <>
          {' '}
          <span className="lang-note" lang={lang}>
            {t(`panel.inLang.${picked.lang}`)}
          </span>
        </>
      )}
      {cite && (
        <>
          {' '}
          <span lang={lang}>{cite}</span>
        </>
      )}
    </p>
  );
}
