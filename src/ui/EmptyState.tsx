import { useTranslation } from '../i18n';
import { useModel } from '../model/useAtlasModel';
import { useAtlasActions } from '../state/store';
import { nothingShown } from '../filter/visible';
import './TypeFilter.css';

/**
 * Says so when the filters leave nothing on the map, with a one-click way out. The live
 * region is always rendered (empty when something is visible) so the message is announced
 * when it appears.
 */
export function EmptyState() {
  const { t } = useTranslation();
  const { visible, range } = useModel();
  const { resetFilters } = useAtlasActions();
  const empty = nothingShown(visible?.counts);

  return (
    <div className="empty-state" role="status">
      {empty && range && (
        <>
          <p className="empty-state__message">
            {range.from === range.to
              ? t('empty.year', { year: range.from })
              : t('empty.range', { from: range.from, to: range.to })}
          </p>
          <button
            type="button"
            className="empty-state__reset"
            onClick={resetFilters}
          >
            {t('empty.reset')}
          </button>
        </>
      )}
    </div>
  );
}
