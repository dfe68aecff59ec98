import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n';
import { useModel } from '../../model/useAtlasModel';
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
  onSelect: (id: string) => void;
};

/** The data file each tab lists (regions come from the boundaries, which the map reports). */
const TAB_FILE: Partial<Record<ListTab, string>> = { missions: 'missions.json', links: 'links.json', events: 'events.json' };

const DEFAULT_SORTS = Object.fromEntries(LIST_TABS.map((tab) => [tab, TAB_SORTS[tab][0]])) as Record<
  ListTab,
  SortKey
>;

/**
 * Every object on the map as keyboard- and screen-reader-friendly lists, one tab per kind
 * (WAI-ARIA tabs pattern: arrows move between tabs, and a tab shows as soon as it has focus).
 */
export function ListsPanel({ onSelect }: ListsPanelProps) {
  const { t } = useTranslation();
  const live = useModel();
  // The lists follow a filter or year change one render later, so the map and the timeline
  // answer the input first (#13: rebuilding the rows took half of a year change's main-thread
  // time). A language change is not deferred: rows in the old language under new headings.
  const deferred = useDeferredValue(live);
  const { data, visible, regions, districts, names, day, lang } = deferred.lang === live.lang ? deferred : live;
  const index = data.index;
  const selectedId = live.view.sel;
  const idPrefix = useId();
  const [tab, setTab] = useState<ListTab>('regions');
  const [sorts, setSorts] = useState(DEFAULT_SORTS);
  const tabs = useRef(new Map<ListTab, HTMLButtonElement>());

  const counts = useMemo(() => listCounts({ regions, visible }), [regions, visible]);
  const rows = useMemo(
    () => (index ? sortListRows(buildListRows(tab, { index, visible, regions, districts, names, day, lang, t }), sorts[tab], lang) : []),
    [tab, sorts, index, visible, regions, districts, names, day, lang, t],
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
          emptyText={TAB_FILE[tab] && data.failed.has(TAB_FILE[tab]!) ? t(`recovery.notLoaded.${tab}`) : t('lists.empty')}
          uncertainText={t('lists.uncertain')}
          selectedId={selectedId}
          onSelect={onSelect}
        />
      </div>
    </section>
  );
}
