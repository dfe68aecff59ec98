import { useId } from 'react';
import { useTranslation } from '../i18n';
import { EVENT_TYPES } from '../data/schema';
import { useModel } from '../model/useAtlasModel';
import { useAtlas, useAtlasActions, useTypes } from '../state/store';
import { hasFilters } from '../view/view';
import { nothingShown } from '../filter/visible';
import { EVENT_TYPE_STYLE } from '../style/eventTypeStyle';
import './TypeFilter.css';

/**
 * The event-type filter: a checkbox per type with its symbol, colour and in-range count (whatever
 * the filter). It is there from the first frame, so nothing below it moves when the events arrive;
 * the types are part of the view, so they can be ticked before then, and the counts follow.
 */
export function TypeFilter() {
  const { t } = useTranslation();
  const model = useModel();
  const counts = model.data.complete ? model.visible?.counts.eventsByType : undefined;
  const selected = useTypes();
  const { toggleType, setTypes, resetFilters } = useAtlasActions();
  const filtered = useAtlas((s) => hasFilters(s.view));
  // With nothing left on the map the empty state offers the same reset, beside its message.
  const empty = nothingShown(model.visible?.counts);
  const hintId = useId();

  return (
    <fieldset className="type-filter" aria-describedby={hintId}>
      <legend className="type-filter__legend">{t('types.legend')}</legend>
      <p className="type-filter__hint" id={hintId}>
        {t('types.hint')}
      </p>
      <div className="type-filter__shortcuts">
        <button type="button" className="type-filter__shortcut" onClick={() => setTypes(EVENT_TYPES)}>
          {t('types.all')}
        </button>
        <button type="button" className="type-filter__shortcut" onClick={() => setTypes([])}>
          {t('types.none')}
        </button>
        {filtered && !empty && (
          <button
            type="button"
            className="type-filter__shortcut type-filter__reset"
            onClick={resetFilters}
          >
            {t('empty.reset')}
          </button>
        )}
      </div>
      <ul className="type-filter__list">
        {EVENT_TYPES.map((type) => {
          const { colour, symbol } = EVENT_TYPE_STYLE[type];
          const name = t(`types.name.${type}`);
          return (
            <li key={type}>
              <label className="type-filter__option">
                <input
                  type="checkbox"
                  checked={selected.includes(type)}
                  onChange={() => toggleType(type)}
                  // The name carries the count, which the list shows apart from the label.
                  aria-label={counts ? t('types.option', { type: name, count: counts[type] }) : name}
                />
                <span className="type-filter__swatch" style={{ background: colour }} aria-hidden="true">
                  {symbol}
                </span>
                <span className="type-filter__name">{name}</span>
                <span
                  className={counts?.[type] === 0 ? 'type-filter__count type-filter__count--zero' : 'type-filter__count'}
                  aria-hidden="true"
                >
                  {counts?.[type]}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
