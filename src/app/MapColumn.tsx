import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from '../i18n';
import { problemReason } from '../i18n/problemReason';
import type { HoverTarget, MapCallbacks, MapController } from '../map/MapController';
import { MapView, type Padding } from '../map/MapView';
import { SHEET_PEEK } from './SidePanel';
import { useModel } from '../model/useAtlasModel';
import { atlasStore, useAtlas } from '../state/store';
import { FatalMessage } from '../ui/FatalMessage';
import { MapSummary } from '../ui/MapSummary';
import { Notices } from '../ui/Notices';
import { EmptyState } from '../ui/EmptyState';
import { Legend } from '../ui/Legend';
import { Timeline } from '../ui/Timeline';
import { sheetCover } from '../ui/phoneLayout';
import { tooltipText } from './tooltipText';
import { BOUNDARIES_FILE, queryKeyOf } from '../data/queries';

type Props = {
  /** False once MapLibre could not get a WebGL context. */
  webglOk: boolean;
  onNoWebgl: () => void;
  /** False until the map has first been drawn with its ties: a quiet message says it is loading. */
  drawn: boolean;
  onFirstDrawn: () => void;
  onController: (controller: MapController | null) => void;
};

/**
 * On a phone the side panel is a bottom sheet over the map; a selection opens it to its first
 * fold, so the camera leaves the part of the map it then covers free (see SidePanel's `--peek`).
 */
function sheetPadding(): Padding {
  const side = document.getElementById('side-panel');
  const map = document.getElementById('map');
  const layout = side?.offsetParent;
  const overlays = side !== null && getComputedStyle(side).position === 'absolute';
  if (!overlays || !map || !(layout instanceof HTMLElement)) return { top: 0, right: 0, left: 0, bottom: 0 };
  // Measured from the layout, not the sheet: at the moment of a selection the sheet may still be
  // sliding up from its folded place.
  const l = layout.getBoundingClientRect();
  return { top: 0, right: 0, left: 0, bottom: sheetCover(map.getBoundingClientRect().bottom, l.bottom, l.height, SHEET_PEEK) };
}

/** Notices over the map, the map (or a plain message why there is none), the live summary and the timeline. */
export function MapColumn({ webglOk, onNoWebgl, drawn, onFirstDrawn, onController }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const model = useModel();
  const camera = useAtlas((s) => s.view.camera);
  const { boundaries, index, problems } = model.data;
  // Without the boundary file there is no map to draw: say why where the map would be.
  const boundariesProblem = problems.find((p) => p.file === BOUNDARIES_FILE);
  const boundariesError = boundariesProblem ? problemReason(t, boundariesProblem) : null;

  const callbacks: MapCallbacks = useMemo(
    () => ({
      onSelect: (id) => atlasStore.getState().select(id),
      onCamera: (c) => atlasStore.getState().setCamera(c),
      onHover: () => {},
      onFirstDrawn,
    }),
    [onFirstDrawn],
  );
  const renderTooltip = (h: HoverTarget) => tooltipText(h, model, t);

  const fatal = !webglOk ? t('errors.noWebgl') : boundariesError ? t('errors.boundaries', { reason: boundariesError }) : null;

  return (
    <div className="map-column">
      <Notices />
      {fatal ? (
        <div className="map-wrap">
          <FatalMessage
            message={fatal}
            onRetry={boundariesError ? () => void queryClient.refetchQueries({ queryKey: queryKeyOf(BOUNDARIES_FILE) }) : undefined}
          />
        </div>
      ) : (
        <MapView
          model={model.map}
          boundaries={boundaries}
          index={index}
          camera={camera}
          fitPadding={sheetPadding}
          label={t('map.label')}
          callbacks={callbacks}
          renderTooltip={renderTooltip}
          onController={onController}
          onNoWebgl={onNoWebgl}
        />
      )}
      {!fatal && !drawn && (
        // Over the map, not instead of it, so nothing moves when the map appears.
        <div className="map-loading" role="status">
          {/* How far along: the files, then the drawing. A step, not a loop: an endless animation
              repaints every frame and slowed the load itself by about a tenth here (#13). */}
          <span className="map-loading__bar" data-stage={index ? 'drawing' : 'files'} aria-hidden="true" />
          {t('app.loading')}
        </div>
      )}
      {/* Over the map, where the eyes are when a filter empties it: in the side panel the message
          could sit scrolled out of view, or folded away in a phone's sheet. */}
      {!fatal && <EmptyState />}
      {/* Embedded there is no side panel: the key to the map's colours and lines sits over the map,
          folded so that it covers nothing until asked for. */}
      {!fatal && model.view.embed && index && (
        <div className="embed-legend">
          <Legend startFolded />
        </div>
      )}
      <MapSummary />
      {!model.view.embed && <Timeline />}
    </div>
  );
}
