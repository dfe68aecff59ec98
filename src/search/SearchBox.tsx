import { useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useFittingPlaceholder } from '../dom/fittingPlaceholder';
import { useTranslation } from '../i18n';
import type { TFunction } from '../i18n';
import type { YearRange } from '../data/dates';
import type { AtlasIndex } from '../data/indexes';
import { seatAt } from '../data/indexes';
import { pickName } from '../data/names';
import { formatDateRange, formatPartialDate, formatYearSpan } from '../i18n/format';
import type { Lang } from '../data/schema';
import type { AtlasModel } from '../model/atlasModel';
import { useModel } from '../model/useAtlasModel';
import { historySpan, tieDates } from '../data/status';
import { buildSearchIndex, groupResults, isSearchable, searchDocs, type SearchDoc, type SearchHit } from './searchIndex';
import './SearchBox.css';

export type SearchBoxProps = {
  /** Select a region, mission, link or event (a place result passes its region). */
  onChoose: (id: string) => void;
  /** Widen the year range so that the matches outside it show. */
  onIncludeOutside: (years: YearRange) => void;
};

const year = (date: string) => date.slice(0, 4);

/** The query as "Nothing found for …" quotes it: a pasted page of text is cut, between characters as a reader sees them (a flag stays whole). */
const QUOTED_MAX = 40;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const quotedQuery = (query: string): string => {
  const chars = Array.from(graphemes.segment(query.trim()), (g) => g.segment);
  return chars.length > QUOTED_MAX ? `${chars.slice(0, QUOTED_MAX).join('')}…` : chars.join('');
};
/**
 * Years only, as a result line is short: "2016–2023", "since 2016", one year when both ends share
 * it; a record that never started says when it was announced, as a bare span would read as service.
 */
const interval = (t: TFunction, lang: Lang, from: string, to: string | null | undefined, started = true) =>
  !started ? t('search.announced', { from: year(from) }) : !to ? t('search.since', { from: year(from) }) : formatDateRange(year(from), year(to), lang);

/** The grey line under a result: where or when it is. */
function metaText(doc: SearchDoc, model: AtlasModel, index: AtlasIndex, t: TFunction): string {
  const { names, lang, day } = model;
  const entity = index.byId.get(doc.id);
  switch (entity?.kind) {
    case 'place':
      return names.of(entity.record.region);
    case 'mission': {
      const m = entity.record;
      const { start, end } = historySpan(m.status);
      // A mission that moved names its seats in order ("Almaty → Astana"): the seat on the day
      // shown beside "since 1992" would read as there since 1992.
      const seats = m.seats.length > 1 ? m.seats.map((s) => names.of(s.place)).join(' → ') : names.of(seatAt(m, day).place);
      return `${seats} · ${interval(t, lang, start.from, end?.from)}`;
    }
    case 'link': {
      const { from, to, operated } = tieDates(entity.record);
      return `${t(`vocab.linkType.${entity.record.type}`)} · ${interval(t, lang, from, to, operated)}`;
    }
    case 'event':
      return formatPartialDate(entity.record.date, lang);
    default:
      return `${t(`country.${doc.id.slice(0, 2)}`)} · ${doc.id}`;
  }
}

/** Ignore the `/` shortcut while the user types somewhere. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null);

/**
 * The search box: a combobox over regions, places, missions, links and events, in any of
 * the four languages. Results come grouped by kind; matches the current filters hide are
 * counted instead, with a button that widens the years to show them. The index is built
 * on first focus, so opening the atlas pays nothing for it. `/` anywhere focuses the box.
 */
export function SearchBox({ onChoose, onIncludeOutside }: SearchBoxProps) {
  const { t } = useTranslation();
  const model = useModel();
  const { lang, names, visible } = model;
  const index = model.data.index!;
  const range = model.range!;
  const { types, layers } = model.view;
  const id = useId();
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const hint = useFittingPlaceholder(input, [t('search.placeholder'), t('search.placeholderShort')]);
  // Built on first focus; afterwards rebuilt whenever the data or the names change (a region's
  // name depends on the day shown: "South Kazakhstan" before 2018, "Turkistan" after).
  const [wanted, setWanted] = useState(false);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const current = useMemo(() => (wanted ? { docs: buildSearchIndex(index, names) } : null), [wanted, index, names]);
  const ensureIndex = () => setWanted(true);

  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const filters = useMemo(
    () => ({ range: { from: range.from, to: range.to }, types, layers }),
    [range.from, range.to, types, layers],
  );
  const hits = useMemo(() => (current ? searchDocs(current.docs, query) : []), [current, query]);
  const results = useMemo(() => groupResults(hits, index, visible!, filters), [hits, index, visible, filters]);
  const options: SearchHit[] = useMemo(() => results.groups.flatMap((g) => g.hits), [results]);
  // Where each group's options start in the flat list that the arrow keys walk.
  const starts = results.groups.map((_, i) => results.groups.slice(0, i).reduce((n, g) => n + g.hits.length, 0));
  const total = results.groups.reduce((n, g) => n + g.total, 0);

  // One letter is a query still being typed: nothing to say yet. Two characters or more that
  // cannot match (an emoji, "%", "aa…" which folds to one letter) are answered: nothing found.
  const showPopup = open && current !== null && (isSearchable(query) || query.trim().length >= 2);
  const showList = showPopup && options.length > 0;
  // The filters can change under an open list; an option that is gone is no longer active.
  const activeAt = active < options.length ? active : -1;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const choose = (hit: SearchHit) => {
    onChoose(hit.doc.target);
    setQuery(pickName(hit.doc.names, lang).text);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = options.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        if (!open) setOpen(true);
        if (n === 0) return;
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setActive(activeAt < 0 ? (step > 0 ? 0 : n - 1) : (activeAt + step + n) % n);
        return;
      }
      case 'Enter': {
        if (!showList) return;
        e.preventDefault();
        choose(options[activeAt >= 0 ? activeAt : 0]!);
        return;
      }
      case 'Escape': {
        // Claimed here, so the details panel (which also closes on Escape) stays open.
        if (showPopup) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          e.preventDefault();
          e.stopPropagation();
          setQuery('');
        }
        return;
      }
    }
  };

  // Focus moving to the popup's own button keeps it open; anywhere else closes it.
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="search" onBlur={onBlur}>
      <input
        ref={input}
        className="search__input"
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && activeAt >= 0 ? optionId(activeAt) : undefined}
        aria-keyshortcuts="/"
        placeholder={hint}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        value={query}
        onFocus={() => {
          ensureIndex();
          setOpen(true);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <p className="search__sr" role="status">
        {showPopup ? (total > 0 ? t('search.found', { count: total }) : t('search.none', { query: quotedQuery(query) })) : ''}
      </p>
      <div className="search__popup" hidden={!showPopup}>
        <div role="listbox" id={listId} aria-label={t('search.results')} hidden={!showList}>
          {results.groups.map((group, g) => {
            const start = starts[g]!;
            const headingId = `${id}-${group.kind}`;
            return (
              <ul key={group.kind} role="group" aria-labelledby={headingId} className="search__group">
                <li role="presentation" id={headingId} className="search__heading">
                  {t('search.groupHeading', { group: t(`search.group.${group.kind}`), count: group.total })}
                </li>
                {group.hits.map((hit, i) => {
                  const name = pickName(hit.doc.names, lang);
                  const selected = start + i === activeAt;
                  return (
                    <li
                      key={hit.doc.id}
                      id={optionId(start + i)}
                      role="option"
                      aria-selected={selected}
                      className={selected ? 'search__option search__option--active' : 'search__option'}
                      // Keep focus in the box: a click on a result must not blur it first.
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => choose(hit)}
                    >
                      <span className="search__name" lang={name.lang}>
                        {name.text}
                      </span>
                      <span className="search__meta">{metaText(hit.doc, model, index, t)}</span>
                    </li>
                  );
                })}
                {group.total > group.hits.length && (
                  <li role="presentation" className="search__more">
                    {t('search.more', { count: group.total - group.hits.length })}
                  </li>
                )}
              </ul>
            );
          })}
        </div>
        {total === 0 && (
          <p className="search__none" aria-hidden="true">
            {t('search.none', { query: quotedQuery(query) })}
          </p>
        )}
        {results.outsideYears > 0 && results.includeSpan && (
          <p className="search__outside">
            <span>{t('search.outsideYears', { count: results.outsideYears })}</span>
            <button
              type="button"
              onClick={() => {
                onIncludeOutside(results.includeSpan!);
                // The button goes once the range includes everything; keep focus in the search.
                input.current?.focus();
              }}
            >
              {t('timeline.showYears', { years: formatYearSpan(results.includeSpan.from, results.includeSpan.to, lang) })}
            </button>
          </p>
        )}
        {results.hiddenByFilters > 0 && (
          <p className="search__outside">{t('search.hiddenByFilters', { count: results.hiddenByFilters })}</p>
        )}
      </div>
    </div>
  );
}

export default SearchBox;
