import { useTranslation } from '../i18n';
import { useModel } from '../model/useAtlasModel';
import { useAtlas } from '../state/store';
import { mapSummaryText } from './mapSummary';
import './lists/Lists.css';

/**
 * What the map shows, as text for screen readers: a visually hidden live region, so a
 * filter or selection change is announced without moving focus.
 */
export function MapSummary() {
  const { t } = useTranslation();
  const { visible, regions, range, view, names, data } = useModel();
  const playing = useAtlas((s) => s.playing);
  // Before every file is in, counts would be announced as zero; during playback the full
  // sentence every second would drown the reader: the year alone is enough.
  const text =
    !data.complete || !visible || !regions || !range
      ? ''
      : playing
        ? t('summary.playing', { year: range.to })
        : mapSummaryText({ counts: visible.counts, regionsShown: regions.count, range, selectedName: view.sel ? names.of(view.sel) : null }, t);
  // Stays mounted while loading, so the first summary is announced too.
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
