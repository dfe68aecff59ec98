import { useTranslation } from 'react-i18next';
import type { Lang, Source } from '../data/schema';
import { formatPartialDate } from '../i18n/format';
import { safeUrl } from './safeUrl';

type Props = {
  sources: readonly Source[];
  lang: Lang;
};

/** The sources of a record as external links, with publisher, date and language of each. */
export function SourceList({ sources, lang }: Props) {
  const { t } = useTranslation();
  return (
    <section className="sources" aria-labelledby="details-sources">
      <h3 id="details-sources">{t('panel.sources')}</h3>
      <ul>
        {sources.map((s, i) => (
          <li key={`${s.url}-${i}`}>
            <span className="source__publisher">{s.publisher}</span>
            {': '}
            <a href={safeUrl(s.url)} target="_blank" rel="noopener noreferrer" hrefLang={s.lang} lang={s.lang}>
              {s.title}
              <span className="visually-hidden" lang={lang}>
                {' '}
                {t('panel.newTab')}
              </span>
            </a>
            <span className="source__meta">
              {' · '}
              {s.date ? formatPartialDate(s.date, lang) : t('panel.undated')}
              {' · '}
              <abbr className="source__lang" title={t('panel.sourceLang')}>
                {s.lang}
              </abbr>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
