import { useTranslation } from 'react-i18next';
import { useModel } from '../model/useAtlasModel';
import { mapSummaryText } from './mapSummary';
import './lists/Lists.css';

/**
 * What the map shows, as text for screen readers: a visually hidden live region, so a
 * filter or selection change is announced without moving focus.
 */
export function MapSummary() {
  const { t } = useTranslation();
  const { visible, regions, range, view, names } = useModel();
  // Stays mounted while loading, so the first summary is announced too.
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {visible &&
        regions &&
        range &&
        mapSummaryText(
          { counts: visible.counts, regionsShown: regions.count, range, selectedName: view.sel ? names.of(view.sel) : null },
          t,
        )}
    </p>
  );
}
