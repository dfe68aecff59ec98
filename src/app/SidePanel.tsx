import { Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n';
import { lazyChunk } from './lazyChunk';
import { useModel } from '../model/useAtlasModel';
import { atlasStore } from '../state/store';
import { Legend } from '../ui/Legend';
import { TypeFilter } from '../ui/TypeFilter';
import { isPhoneLayout } from '../ui/phoneLayout';

// The details and the lists need the full data files, which arrive after the first frame:
// their code loads with them, not before the map.
const Details = lazyChunk(() => import('../ui/details/Details').then((m) => ({ default: m.Details })));
const ListsPanel = lazyChunk(() => import('../ui/lists/ListsPanel').then((m) => ({ default: m.ListsPanel })));

type Props = { onSelect: (id: string | null) => void };

/** On a phone, how much of the layout below the header a selection's sheet covers at its first fold (index.css: .side--peek). */
export const SHEET_PEEK = 0.4;

type Sheet = 'folded' | 'peek' | 'open';

/**
 * Filters and legend, or the selection's details; then the accessible lists. On phones this
 * is a bottom sheet: folded by default; a selection (also one in a shared link) opens it to
 * its first fold, the selection's name and key facts, leaving most of the map in view; the
 * handle opens it fully or folds it.
 */
export function SidePanel({ onSelect }: Props) {
  const { t } = useTranslation();
  const model = useModel();
  const sel = model.view.sel;
  const { complete, index } = model.data;
  const [sheet, setSheet] = useState<{ state: Sheet; sel: string | null }>({ state: sel ? 'peek' : 'folded', sel });
  if (sheet.sel !== sel) setSheet({ state: sel ? 'peek' : 'folded', sel });
  const unfolded = sheet.state !== 'folded';
  // A new selection opens at the top of the panel (and the sheet's first fold shows it): a
  // panel left scrolled down, by the lists or a long details view, would keep the new
  // selection's name and facts out of sight above.
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sel && panel.current) panel.current.scrollTop = 0;
  }, [sel]);

  // Escape undoes the last step first, as the popovers' does: a sheet opened all the way goes back
  // to its first fold and keeps the selection; the next Escape closes the selection (DetailsPanel).
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented || sheet.state !== 'open' || !isPhoneLayout()) return;
    e.preventDefault();
    setSheet((s) => ({ ...s, state: s.sel ? 'peek' : 'folded' }));
  };

  return (
    // Focusable from script only: where focus goes when the details close and their opener is gone.
    <div className={`side side--${sheet.state}`} id="side-panel" tabIndex={-1} ref={panel} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="sheet-toggle"
        aria-expanded={sheet.state === 'open'}
        aria-controls="side-panel"
        onClick={() => setSheet((s) => ({ ...s, state: s.state === 'open' ? 'folded' : 'open' }))}
      >
        {sheet.state === 'open' ? t('app.hidePanel') : unfolded ? t('app.morePanel') : t('app.showPanel')}
      </button>
      {!sel && <TypeFilter />}
      {!sel && index && <Legend />}
      {/* One boundary each: while the details' code loads (the first selection), a shared
          boundary would hide the lists too, and take focus from the row just chosen. */}
      <Suspense fallback={null}>
        {sel && complete && index && <Details id={sel} onSelect={onSelect} onClose={() => atlasStore.getState().select(null)} />}
      </Suspense>
      <Suspense fallback={null}>{complete && index && model.visible && <ListsPanel onSelect={onSelect} />}</Suspense>
    </div>
  );
}
