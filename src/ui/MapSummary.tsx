import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../data/schema';
import type { YearRange } from '../filter/activeInRange';
import { mapSummaryText, type MapSummaryInput } from './mapSummary';
import './lists/Lists.css';

type Props = {
  /** `selectVisible(...).counts`; null while the data is loading. */
  counts: MapSummaryInput['counts'] | null;
  /** Regions drawn on the map's day, per country. */
  regionsShown: MapSummaryInput['regionsShown'];
  /** Inclusive years; null while the data span is unknown. */
  range: YearRange | null;
  /** Name of the selected object in `lang`, or null. */
  selectedName: string | null;
  lang: Lang;
};

/**
 * What the map shows, as text for screen readers: a visually hidden live region, so a
 * filter or selection change is announced without moving focus.
 */
export function MapSummary({ counts, regionsShown, range, selectedName, lang }: Props) {
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(lang), [i18n, lang]);
  // Stays mounted while loading, so the first summary is announced too.
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {counts && range && mapSummaryText({ counts, regionsShown, range, selectedName }, t)}
    </p>
  );
}
