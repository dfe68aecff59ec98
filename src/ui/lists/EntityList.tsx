import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n';
import type { ListRow } from './listItems';

type Props = {
  rows: readonly ListRow[];
  /** Accessible name of the listbox. */
  label: string;
  /** Shown instead of the listbox when there are no rows. */
  emptyText: string;
  /** Spoken and shown after a row whose fact is uncertain. */
  uncertainText: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

// Scroll only the list itself: scrollIntoView would also scroll the side panel away from
// the details the user just opened.
const revealInList = (el: HTMLElement | undefined) => {
  const list = el?.parentElement;
  if (!el || !list) return;
  if (el.offsetTop < list.scrollTop) list.scrollTop = el.offsetTop;
  else if (el.offsetTop + el.offsetHeight > list.scrollTop + list.clientHeight) {
    list.scrollTop = el.offsetTop + el.offsetHeight - list.clientHeight;
  }
};

/**
 * A single-select listbox (WAI-ARIA listbox pattern) with a roving tabindex: one Tab stop
 * for the whole list; ArrowUp/ArrowDown/Home/End move, a letter jumps to the next row
 * starting with it, Enter or Space selects. Selecting only reports the id: the selection
 * lives in the store.
 */
export function EntityList({ rows, label, emptyText, uncertainText, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const separator = t('punct.comma');
  const options = useRef(new Map<string, HTMLLIElement>());
  const [activeId, setActiveId] = useState<string | null>(selectedId);

  // A selection made elsewhere (the map) becomes the active row, so Tab lands on it.
  const [seenSelection, setSeenSelection] = useState(selectedId);
  if (seenSelection !== selectedId) {
    setSeenSelection(selectedId);
    if (selectedId !== null && rows.some((r) => r.id === selectedId)) setActiveId(selectedId);
  }

  // The active row must exist: after a filter change it may have left the list.
  const activeIndex = Math.max(
    0,
    rows.findIndex((r) => r.id === activeId),
  );

  // Bring the selected row into view (on mount too: a tab switch remounts the list), without moving focus.
  useEffect(() => {
    if (selectedId !== null) revealInList(options.current.get(selectedId));
  }, [selectedId]);

  if (rows.length === 0) return <p className="lists__empty">{emptyText}</p>;

  const moveTo = (index: number) => {
    const row = rows[Math.min(rows.length - 1, Math.max(0, index))];
    if (!row) return;
    setActiveId(row.id);
    options.current.get(row.id)?.focus();
  };

  const jumpToLetter = (letter: string) => {
    const wanted = letter.toLocaleLowerCase();
    for (let step = 1; step <= rows.length; step += 1) {
      const i = (activeIndex + step) % rows.length;
      if (rows[i]!.name.toLocaleLowerCase().startsWith(wanted)) return moveTo(i);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const active = rows[activeIndex];
    switch (e.key) {
      case 'ArrowDown':
        moveTo(activeIndex + 1);
        break;
      case 'ArrowUp':
        moveTo(activeIndex - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(rows.length - 1);
        break;
      case 'Enter':
      case ' ':
        if (active) onSelect(active.id);
        break;
      default:
        if (e.key.length === 1 && e.key.trim() !== '' && !e.ctrlKey && !e.metaKey && !e.altKey) {
          jumpToLetter(e.key);
          break;
        }
        return; // Tab and everything else keep their default behaviour: no keyboard trap.
    }
    e.preventDefault();
  };

  return (
    <ul className="lists__list" role="listbox" aria-label={label} onKeyDown={onKeyDown}>
      {rows.map((row, i) => (
        <li
          key={row.id}
          ref={(el) => {
            if (el) options.current.set(row.id, el);
            else options.current.delete(row.id);
          }}
          role="option"
          aria-selected={row.id === selectedId}
          tabIndex={i === activeIndex ? 0 : -1}
          className="lists__option"
          onClick={() => {
            setActiveId(row.id);
            onSelect(row.id);
          }}
        >
          <span className="lists__name" lang={row.nameLang}>
            {row.name}
          </span>
          {/* The two lines are one name for a screen reader: without a pause "Abai Region" ran into its kind, "Region". */}
          <span className="visually-hidden">{separator}</span>
          <span className="lists__meta">
            {row.details.join(' · ')}
            {row.uncertain && (
              <>
                {' · '}
                <span className="lists__uncertain">{uncertainText}</span>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
