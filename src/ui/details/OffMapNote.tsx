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
  const { visible, range, view, lang } = useModel();
  const { toggleLayer, toggleType } = useAtlasActions();
  const showYear = useShowYear();
  if (visible === null || range === null) return null;
  const shown = dated.kind === 'link' ? visible.linkIds : dated.kind === 'mission' ? visible.missionIds : visible.eventIds;
  if (shown.has(dated.record.id)) return null;

  const why = whyOffMap(dated, { range, types: view.types, layers: view.layers });
  const show = t('panel.offMap.show');
  const [text, fix] =
    why.by === 'layer'
      ? [t('panel.offMap.layer', { layer: t(`legend.${why.layer}`) }), { action: () => toggleLayer(why.layer), label: show }]
      : why.by === 'type'
        ? [t('panel.offMap.type', { type: t(`types.name.${why.type}`) }), { action: () => toggleType(why.type), label: show }]
        : why.year === null
          ? [t('panel.offMap.never'), null]
          : [t('panel.offMap.years', { years: formatYearSpan(range.from, range.to, lang) }), showYear(why.year)];
  return <NoteWithFix text={text} fix={fix} />;
}

export type Fix = { action: () => void; label: string };

/**
 * The fix that widens the chosen years just enough to take in `year` ("Show 2015–2022"), for a
 * record or region that the years shown leave out; null until the data span is known.
 */
export function useShowYear(): (year: number) => Fix | null {
  const { t } = useTranslation();
  const { chosen, lang } = useModel();
  const { setYearRange } = useAtlasActions();
  return (year) => {
    if (chosen === null) return null;
    const widened = widenedTo(chosen, year);
    return {
      action: () => setYearRange(widened.from, widened.to),
      label: t('timeline.showYears', { years: formatYearSpan(widened.from, widened.to, lang) }),
    };
  };
}

/**
 * A note on why the panel's record is not on the map, with the one change that shows it. The
 * change usually removes the note and its button: focus then goes to the panel's title.
 */
export function NoteWithFix({ text, fix }: { text: string; fix: Fix | null }) {
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
