import { useId } from 'react';
import { useTranslation } from '../../i18n';
import { whyOffMap, widenedTo, type Dated } from '../../filter/offMap';
import { formatDateRange } from '../../i18n/format';
import { useModel } from '../../model/useAtlasModel';
import { useAtlasActions } from '../../state/store';

/**
 * Says when the selection is not drawn on the map (a layer or event type switched off, or
 * outside the years), and offers the one change that would show it: a shared link or a list
 * row can open a record the current filters hide, and an empty map would look like a fault.
 */
export function OffMapNote({ dated }: { dated: Dated }) {
  const { t } = useTranslation();
  const { visible, range, chosen, view, lang } = useModel();
  const { setLayers, setTypes, setYearRange } = useAtlasActions();
  const noteId = useId();
  if (visible === null || range === null || chosen === null) return null;
  const shown = dated.kind === 'link' ? visible.linkIds : dated.kind === 'mission' ? visible.missionIds : visible.eventIds;
  if (shown.has(dated.record.id)) return null;

  const why = whyOffMap(dated, { range, types: view.types, layers: view.layers });
  const years = (r: { from: number; to: number }) => formatDateRange(String(r.from), String(r.to), lang);
  // During playback the range moves on its own; offering to change it would fight the player.
  const playing = range.to !== chosen.to;
  const widened = why.by === 'years' && why.year !== null && !playing ? widenedTo(chosen, why.year) : null;
  const [text, action, label] =
    why.by === 'layer'
      ? [t('panel.offMap.layer', { layer: t(`legend.${why.layer}`) }), () => setLayers([...view.layers, why.layer]), t('panel.offMap.show')]
      : why.by === 'type'
        ? [t('panel.offMap.type', { type: t(`types.name.${why.type}`) }), () => setTypes([...view.types, why.type]), t('panel.offMap.show')]
        : why.year === null
          ? [t('panel.offMap.never'), null, null]
          : [t('panel.offMap.years', { years: years(range) }), widened && (() => setYearRange(widened.from, widened.to)), widened && t('panel.offMap.showYears', { years: years(widened) })];
  return (
    <p className="off-map">
      <span id={noteId}>{text}</span>
      {action && label && (
        <button
          type="button"
          className="off-map__button"
          aria-describedby={noteId}
          onClick={() => {
            action();
            // The note and this button go once the map shows the selection; keep focus in the panel.
            document.getElementById('details-title')?.focus();
          }}
        >
          {label}
        </button>
      )}
    </p>
  );
}
