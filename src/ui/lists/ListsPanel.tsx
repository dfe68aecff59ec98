import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Boundaries } from '../../data/boundaries';
import type { AtlasIndex } from '../../data/indexes';
import type { Lang } from '../../data/schema';
import type { Visible } from '../../filter/visible';
import { EntityList } from './EntityList';
import {
  LIST_TABS,
  TAB_SORTS,
  buildListRows,
  listCounts,
  sortListRows,
  type ListTab,
  type SortKey,
} from './listItems';
import './Lists.css';

export type ListsPanelProps = {
  index: AtlasIndex;
  boundaries: Boundaries;
  /** `selectVisible`'s result: the lists show exactly what the map shows. */
  visible: Visible;
  /** Boundaries and districts as of this day (YYYY-MM-DD). */
  day: string;
  lang: Lang;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

const DEFAULT_SORTS = Object.fromEntries(LIST_TABS.map((tab) => [tab, TAB_SORTS[tab][0]])) as Record<
  ListTab,
  SortKey
>;

/**
 * Every object on the map as keyboard- and screen-reader-friendly lists, one tab per kind
 * (WAI-ARIA tabs pattern: arrows move between tabs, and a tab shows as soon as it has focus).
 */
export function ListsPanel({ index, boundaries, visible, day, lang, selectedId, onSelect }: ListsPanelProps) {
  const { i18n } = useTranslation();
  // Fixed to `lang` so the rows' chrome and names never mix languages while i18next switches.
  const t = useMemo(() => i18n.getFixedT(lang), [i18n, lang]);
  const idPrefix = useId();
  const [tab, setTab] = useState<ListTab>('regions');
  const [sorts, setSorts] = useState(DEFAULT_SORTS);
  const tabs = useRef(new Map<ListTab, HTMLButtonElement>());

  const counts = useMemo(() => listCounts({ boundaries, visible, day }), [boundaries, visible, day]);
  const rows = useMemo(
    () => sortListRows(buildListRows(tab, { index, boundaries, visible, day, lang, t }), sorts[tab], lang),
    [tab, sorts, index, boundaries, visible, day, lang, t],
  );

  const showTab = (next: ListTab) => {
    setTab(next);
    tabs.current.get(next)?.focus();
  };
  const onTabKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = LIST_TABS.indexOf(tab);
    const last = LIST_TABS.length - 1;
    const target =
      e.key === 'ArrowRight' ? (at === last ? 0 : at + 1)
      : e.key === 'ArrowLeft' ? (at === 0 ? last : at - 1)
      : e.key === 'Home' ? 0
      : e.key === 'End' ? last
      : null;
    if (target === null) return;
    e.preventDefault();
    showTab(LIST_TABS[target]!);
  };

  const panelId = `${idPrefix}-panel`;
  const tabId = (id: ListTab) => `${idPrefix}-tab-${id}`;
  const sortId = `${idPrefix}-sort`;

  return (
    <section className="lists" aria-label={t('lists.label')}>
      <div className="lists__tabs" role="tablist" aria-label={t('lists.label')} onKeyDown={onTabKeyDown}>
        {LIST_TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              if (el) tabs.current.set(id, el);
              else tabs.current.delete(id);
            }}
            type="button"
            role="tab"
            id={tabId(id)}
            aria-selected={id === tab}
            aria-controls={panelId}
            tabIndex={id === tab ? 0 : -1}
            className="lists__tab"
            onClick={() => setTab(id)}
          >
            {t(`lists.tab.${id}`)} <span className="lists__count">{counts[id]}</span>
          </button>
        ))}
      </div>
      <div className="lists__panel" role="tabpanel" id={panelId} aria-labelledby={tabId(tab)}>
        <div className="lists__sort">
          <label htmlFor={sortId}>{t('lists.sortBy')}</label>
          <select
            id={sortId}
            value={sorts[tab]}
            onChange={(e) => setSorts((s) => ({ ...s, [tab]: e.target.value as SortKey }))}
          >
            {TAB_SORTS[tab].map((key) => (
              <option key={key} value={key}>
                {t(`lists.sort.${key}`)}
              </option>
            ))}
          </select>
        </div>
        <EntityList
          key={tab}
          rows={rows}
          label={t(`lists.tab.${tab}`)}
          emptyText={t('lists.empty')}
          uncertainText={t('lists.uncertain')}
          selectedId={selectedId}
          onSelect={onSelect}
        />
      </div>
    </section>
  );
}
