import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, TradeLink, TradeValue } from '../data/schema';
import { formatGrowth, formatUsd } from '../i18n/format';
import { Certainty } from './Certainty';
import { safeUrl } from './safeUrl';

type Props = {
  link: TradeLink;
  /** The figures to show (a subset of link.values); all of them by default. */
  values?: readonly TradeValue[];
  caption: ReactNode;
  lang: Lang;
};

/**
 * Trade figures by year with growth and the source of each figure. Figures for the same year
 * from different sources stay side by side (in file order) rather than being merged: the
 * reader sees the disagreement and where each number comes from.
 */
export function TradeTable({ link, values = link.values, caption, lang }: Props) {
  const { t } = useTranslation();
  const rows = values
    .map((v, order) => ({ v, order }))
    .sort((a, b) => a.v.year - b.v.year || a.order - b.order)
    .map(({ v }) => v);
  return (
    <table className="trade-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('panel.trade.year')}</th>
          <th scope="col">{t('panel.trade.value')}</th>
          <th scope="col">{t('panel.trade.growth')}</th>
          <th scope="col">{t('panel.trade.source')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((v, i) => {
          const source = link.sources[v.source];
          return (
            <tr key={`${v.year}-${v.period ?? ''}-${i}`}>
              <th scope="row">
                {v.year}
                {v.period && <span className="trade-table__period"> ({t(`panel.trade.period.${v.period}`)})</span>}
              </th>
              <td>
                {formatUsd(v.usd, lang)} <Certainty certainty={v.certainty} lang={lang} inline />
              </td>
              <td>{v.growthPct === undefined ? '—' : formatGrowth(v.growthPct, lang)}</td>
              <td>
                {source ? (
                  <a href={safeUrl(source.url)} target="_blank" rel="noopener noreferrer" lang={source.lang}>
                    {source.publisher}
                  </a>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
