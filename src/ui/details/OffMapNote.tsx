import { useId, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '../../i18n';
import { whyOffMap, widenedTo, type Dated } from '../../filter/offMap';
import { formatYearSpan } from '../../i18n/format';
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
  const { toggleLayer, toggleType, setYearRange } = useAtlasActions();
  if (visible === null || range === null || chosen === null) return null;
  const shown = dated.kind === 'link' ? visible.linkIds : dated.kind === 'mission' ? visible.missionIds : visible.eventIds;
  if (shown.has(dated.record.id)) return null;

  const why = whyOffMap(dated, { range, types: view.types, layers: view.layers });
  const years = (r: { from: number; to: number }) => formatYearSpan(r.from, r.to, lang);
  const widened = why.by === 'years' && why.year !== null ? widenedTo(chosen, why.year) : null;
  const [text, action, label] =
    why.by === 'layer'
      ? [t('panel.offMap.layer', { layer: t(`legend.${why.layer}`) }), () => toggleLayer(why.layer), t('panel.offMap.show')]
      : why.by === 'type'
        ? [t('panel.offMap.type', { type: t(`types.name.${why.type}`) }), () => toggleType(why.type), t('panel.offMap.show')]
        : widened === null
          ? [t('panel.offMap.never'), null, null]
          : [
              t('panel.offMap.years', { years: years(range) }),
              () => setYearRange(widened.from, widened.to),
              t('timeline.showYears', { years: years(widened) }),
            ];
  return <NoteWithFix text={text} fix={action && label ? { action, label } : null} />;
}

/**
 * A note on why the panel's record is not on the map, with the one change that shows it. The
 * change usually removes the note and its button: focus then goes to the panel's title.
 */
export function NoteWithFix({ text, fix }: { text: string; fix: { action: () => void; label: string } | null }) {
  const noteId = useId();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <p className="off-map">
      <span id={noteId}>{text}</span>
      {fix && (
        <button
          type="button"
          className="off-map__button"
          ref={button}
          aria-describedby={noteId}
          onClick={() => {
            flushSync(fix.action);
            // Shown now, the note and its button are gone: keep focus in the panel. Still off
            // the map for another reason (a layer on, but outside the years), the button stays
            // with its next offer, and so does focus.
            if (!button.current?.isConnected) document.getElementById('details-title')?.focus();
          }}
        >
          {fix.label}
        </button>
      )}
    </p>
  );
}
