import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataLoadError } from './data/fetchJson';
import { useAtlasData } from './data/useAtlasData';
import { dataYearSpan } from './filter/visible';
import { useMapImageExport } from './export/useMapImageExport';
import { useAtlasModel } from './useAtlasModel';
import { useDocumentLanguage } from './useDocumentLanguage';
import { browserStorage, preferredLang } from './i18n/langPreference';
import { MapView } from './map/MapView';
import type { MapController } from './map/MapController';
import type { HoverTarget, MapCallbacks } from './map/MapController';
import { hasWebgl } from './map/webgl';
import { atlasStore, useAtlas } from './state/store';
import { startUrlSync } from './state/urlSync';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { FatalMessage } from './ui/FatalMessage';
import { Details } from './ui/Details';
import { tooltipText } from './ui/tooltipText';
import { Counts } from './ui/Counts';
import { EmptyState } from './ui/EmptyState';
import { LanguageSwitcher } from './ui/LanguageSwitcher';
import { Legend } from './ui/Legend';
import { ListsPanel } from './ui/lists/ListsPanel';
import { MapSummary } from './ui/MapSummary';
import { Notices } from './ui/Notices';
import { ShareControl } from './ui/ShareControl';
import { Timeline } from './ui/Timeline';
import { TypeFilter } from './ui/TypeFilter';

const webglOk = hasWebgl();
// Search and export load on demand: neither is needed to draw the first view.
const SearchBox = lazy(() => import('./search/SearchBox'));
const ExportMenu = lazy(() => import('./export/ExportMenu').then((m) => ({ default: m.ExportMenu })));

export function App({ stopInitialSync }: { stopInitialSync: () => void }) {
  const view = useAtlas((s) => s.view);
  const dataSpan = useAtlas((s) => s.dataSpan);
  const lang = preferredLang(navigator.languages ?? [navigator.language], browserStorage(), view.lang);
  const { t } = useTranslation();

  useDocumentLanguage(lang);

  // Events load after the map's first frame (or at once when there is no map to wait for).
  const [mapDrawn, setMapDrawn] = useState(false);
  const { boundaries, index, complete, problems } = useAtlasData(mapDrawn || !webglOk);

  // The year span is known as soon as the map's data is in (and refined when events arrive),
  // so the first frame already shows the range the URL asked for.
  useEffect(() => {
    if (index) atlasStore.getState().setDataSpan(dataYearSpan(index));
  }, [index]);

  // Once all the data is in, the URL is checked against it (unknown ids, years outside the data).
  useEffect(() => {
    if (!index || !complete) return;
    const span = dataYearSpan(index);
    stopInitialSync();
    return startUrlSync(atlasStore, window, () =>
      span ? { ...span, isKnownId: (id) => index.byId.has(id) } : null,
    );
  }, [index, complete, stopInitialSync]);

  useEffect(() => {
    for (const p of problems) {
      atlasStore.getState().pushNotice({
        id: `data-${p.file}`,
        kind: 'data-error',
        payload: { file: p.file, message: p.reason },
      });
    }
  }, [problems]);

  const playYear = useAtlas((s) => s.playYear);
  const { range, visible, day, colours, layers, model, regionsShown, selectedName } = useAtlasModel({
    view,
    dataSpan,
    playYear,
    index,
    boundaries: boundaries.data,
    lang,
  });

  // On phones the side panel is a bottom sheet: folded by default, opened by a selection
  // (including one that arrives with a shared link).
  const [sheet, setSheet] = useState({ open: view.sel !== null, sel: view.sel });
  if (sheet.sel !== view.sel) setSheet({ open: view.sel ? true : sheet.open, sel: view.sel });
  const sheetOpen = sheet.open;
  const setSheetOpen = (open: boolean) => setSheet((s) => ({ ...s, open }));

  const controller = useRef<MapController | null>(null);
  const exportImage = useMapImageExport(controller, { range, layers: view.layers, missions: index?.missions, districtOf: layers?.districtOf, colours, lang });

  // Search and Download load with the last data file; until then these hold their place.
  const searchPlaceholder = (
    <div className="search">
      <input className="search__input" type="search" disabled aria-label={t('search.label')} placeholder={t('search.placeholder')} />
    </div>
  );
  const exportPlaceholder = (
    <div className="export">
      <button type="button" className="export__button" disabled>
        {t('export.button')}
      </button>
    </div>
  );

  const [focus, setFocus] = useState<{ id: string; seq: number } | null>(null);
  const selectAndFocus = useCallback((id: string | null) => {
    atlasStore.getState().select(id);
    if (id) setFocus((f) => ({ id, seq: (f?.seq ?? 0) + 1 }));
  }, []);

  const callbacks: MapCallbacks = useMemo(
    () => ({
      onSelect: (id) => atlasStore.getState().select(id),
      onCamera: (camera) => atlasStore.getState().setCamera(camera),
      onHover: () => {},
    }),
    [],
  );

  const renderTooltip = useCallback(
    (h: HoverTarget) => (index && boundaries.data ? tooltipText(h, index, boundaries.data, lang, layers, t) : h.id),
    [index, boundaries.data, lang, layers, t],
  );

  const fatal = !webglOk
    ? t('errors.noWebgl')
    : boundaries.error
      ? t('errors.boundaries', {
          reason: boundaries.error instanceof DataLoadError ? boundaries.error.reason : String(boundaries.error),
        })
      : null;

  return (
    <div className={view.embed ? 'app app--embed' : 'app'}>
      <a
        className="skip-link"
        href="#map"
        onClick={(e) => {
          // Focus without touching the URL: the hash belongs to the camera (#map=…).
          e.preventDefault();
          document.querySelector<HTMLElement>('#map canvas')?.focus();
        }}
      >
        {t('app.skipToMap')}
      </a>
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <Counts counts={complete ? (visible?.counts ?? null) : null} />
        <span className="spacer" />
        {complete && index && boundaries.data && range ? (
          <Suspense fallback={searchPlaceholder}>
            <SearchBox
              index={index}
              boundaries={boundaries.data}
              range={range}
              types={view.types}
              layers={view.layers}
              lang={lang}
              onChoose={selectAndFocus}
              onIncludeOutside={(y) => atlasStore.getState().setYearRange(y.from, y.to)}
            />
          </Suspense>
        ) : (
          searchPlaceholder
        )}
        <LanguageSwitcher />
        {complete && index && boundaries.data && range && visible ? (
          <Suspense fallback={exportPlaceholder}>
            <ExportMenu
              index={index}
              boundaries={boundaries.data}
              visible={visible}
              range={range}
              types={view.types}
              layers={view.layers}
              onExportImage={exportImage}
            />
          </Suspense>
        ) : (
          exportPlaceholder
        )}
        <ShareControl />
      </header>
      <main className="layout">
        <Notices />
        <div className="map-column">
        {fatal ? (
          <div className="map-wrap">
            <FatalMessage message={fatal} />
          </div>
        ) : (
          <MapView
            model={model}
            boundaries={boundaries.data}
            index={index}
            camera={view.camera}
            focus={focus}
            label={t('map.label')}
            callbacks={callbacks}
            renderTooltip={renderTooltip}
            onController={(c) => {
              controller.current = c;
            }}
            onFirstDrawn={() => setMapDrawn(true)}
          />
        )}
        <MapSummary
          counts={visible?.counts ?? null}
          regionsShown={regionsShown}
          range={range}
          selectedName={selectedName}
          lang={lang}
        />
        {!view.embed && <div className="timeline-slot">{index && complete && <Timeline events={index.events} />}</div>}
        </div>
        {!view.embed && (
          <ErrorBoundary fallback={() => <p role="alert">{t('errors.panel')}</p>}>
            <div className={sheetOpen ? 'side side--open' : 'side'} id="side-panel">
              <button
                type="button"
                className="sheet-toggle"
                aria-expanded={sheetOpen}
                aria-controls="side-panel"
                onClick={() => setSheetOpen(!sheetOpen)}
              >
                {sheetOpen ? t('app.hidePanel') : t('app.showPanel')}
              </button>
              {!view.sel && complete && visible && range && (
                <>
                  <EmptyState counts={visible.counts} range={range} />
                  <TypeFilter counts={visible.counts.eventsByType} />
                </>
              )}
              {!view.sel && index && (
                <Legend
                  missions={index.missions}
                  colours={colours}
                  districtMissionIds={layers?.districtOf ?? EMPTY_MAP}
                  counts={visible?.counts ?? null}
                  lang={lang}
                />
              )}
              {view.sel && complete && index && boundaries.data && (
                <Details
                  id={view.sel}
                  index={index}
                  boundaries={boundaries.data}
                  day={day}
                  range={range}
                  lang={lang}
                  colours={colours}
                  onSelect={selectAndFocus}
                  onClose={() => atlasStore.getState().select(null)}
                />
              )}
              {complete && index && boundaries.data && visible && (
                <ListsPanel
                  index={index}
                  boundaries={boundaries.data}
                  visible={visible}
                  day={day}
                  lang={lang}
                  selectedId={view.sel}
                  onSelect={selectAndFocus}
                />
              )}
            </div>
          </ErrorBoundary>
        )}
      </main>
    </div>
  );
}

const EMPTY_MAP: ReadonlyMap<string, never> = new Map<string, never>();
