import { useCallback, useRef, useState } from 'react';
import { useAtlasData } from '../data/useAtlasData';
import type { MapController } from '../map/MapController';
import { ModelProvider, useAtlasModel } from '../model/useAtlasModel';
import { atlasStore, useAtlas } from '../state/store';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Header } from './Header';
import { MapColumn } from './MapColumn';
import { SidePanel } from './SidePanel';
import { useDataContext } from './useDataContext';

/** The page: header, map column and side panel, each behind its own error boundary. */
export function App() {
  // The full files load after the map's first frame, or at once when there is no map to wait for
  // (no WebGL, or the map part failed).
  const [mapDrawn, setMapDrawn] = useState(false);
  const [noWebgl, setNoWebgl] = useState(false);
  const [mapFailed, setMapFailed] = useState(false);
  const data = useAtlasData(mapDrawn || noWebgl || mapFailed);
  useDataContext(data);
  const model = useAtlasModel(data);
  const embed = useAtlas((s) => s.view.embed);
  const controller = useRef<MapController | null>(null);
  const snapshot = useCallback(() => controller.current?.snapshot() ?? null, []);

  const select = useCallback((id: string | null) => atlasStore.getState().select(id), []);

  return (
    <ModelProvider value={model}>
      <div className={embed ? 'app app--embed' : 'app'}>
        <ErrorBoundary part="header">
          <Header onSelect={select} snapshot={snapshot} />
        </ErrorBoundary>
        <main className="layout">
          <ErrorBoundary part="map" onFail={() => setMapFailed(true)}>
            <MapColumn
              webglOk={!noWebgl}
              onNoWebgl={() => setNoWebgl(true)}
              drawn={mapDrawn}
              onFirstDrawn={() => setMapDrawn(true)}
              onController={(c) => {
                controller.current = c;
              }}
            />
          </ErrorBoundary>
          {!embed && (
            <ErrorBoundary part="panel">
              <SidePanel onSelect={select} />
            </ErrorBoundary>
          )}
        </main>
      </div>
    </ModelProvider>
  );
}
