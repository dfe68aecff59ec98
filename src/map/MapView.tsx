import { setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { Boundaries } from '../data/boundaries';
import type { AtlasIndex } from '../data/indexes';
import type { MapModel } from '../model/mapModel';
import type { Camera } from '../view/view';
import { geometryKey } from './atlasGeometry';
import { MapController, type HoverTarget, type MapCallbacks } from './MapController';

setWorkerUrl(workerUrl);

type Props = {
  model: MapModel;
  boundaries: Boundaries | undefined;
  index: AtlasIndex | null;
  /** The camera in the store: the map follows it when it changes from outside (URL, Back). */
  camera: Camera | null;
  /** Room the camera must leave free when it fits a selection (a phone's bottom sheet). */
  fitPadding: () => Padding;
  label: string;
  callbacks: MapCallbacks;
  renderTooltip: (hover: HoverTarget) => ReactNode;
  /** Receives the controller once created (and null when destroyed), for map images. */
  onController?: (controller: MapController | null) => void;
  /** The browser could not give the map a WebGL context: there is no map to draw. */
  onNoWebgl: () => void;
};

/** Thin React shell around MapController: creates it once, hands it models, destroys it. */
export type Padding = { top: number; right: number; bottom: number; left: number };

export function MapView({ model, boundaries, index, camera, fitPadding, label, callbacks, renderTooltip, onController, onNoWebgl }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const ctl = useRef<MapController | null>(null);
  // The controller outlives renders; it calls whatever callbacks the latest render passed.
  const cb = useRef(callbacks);
  const first = useRef({ model, camera, onController, onNoWebgl });
  // With the map's width when it came: the tooltip turns to the pointer's left near the right edge.
  const [hover, setHover] = useState<{ target: HoverTarget; mapWidth: number } | null>(null);

  useEffect(() => {
    cb.current = callbacks;
  }, [callbacks]);

  useEffect(() => {
    const { model: initial, camera: initialCamera, onController: report, onNoWebgl: noWebgl } = first.current;
    let c: MapController;
    try {
      // MapLibre throws when the browser cannot create a WebGL context (blocked, unsupported);
      // asking it directly saves creating a test context of our own first.
      c = new MapController(el.current!, initial, initialCamera, {
        onSelect: (id) => cb.current.onSelect(id),
        onCamera: (next) => cb.current.onCamera(next),
        onFirstDrawn: () => cb.current.onFirstDrawn?.(),
        onHover: (h) => {
          setHover(h && { target: h, mapWidth: el.current?.clientWidth ?? Infinity });
          cb.current.onHover(h);
        },
      });
    } catch (error) {
      console.warn('No map:', error);
      noWebgl();
      return;
    }
    ctl.current = c;
    report?.(c);
    return () => {
      report?.(null);
      c.destroy();
      ctl.current = null;
    };
  }, []);

  useEffect(() => {
    ctl.current?.update(model);
  }, [model]);

  useEffect(() => {
    if (boundaries) ctl.current?.setBoundaries(boundaries);
  }, [boundaries]);

  // The map draws links and missions only, from the first view's records; the full files that
  // follow (with events, summaries, sources) draw the same shapes and must not re-upload them.
  const uploaded = useRef<string | null>(null);
  useEffect(() => {
    const key = index && geometryKey(index);
    if (!index || key === uploaded.current) return;
    uploaded.current = key;
    ctl.current?.setAtlas(index);
  }, [index]);

  // The camera follows the URL (a shared link, Back); a selection made in the atlas eases it to
  // fit the selection and its partners. A selection that arrives with its own camera (a shared
  // link with #map=, Back to an earlier view) keeps that camera.
  const cameraSeen = useRef({ camera, fittedFor: camera ? model.selectedId : null });
  useEffect(() => {
    ctl.current?.setCamera(camera);
  }, [camera]);
  useEffect(() => {
    const seen = cameraSeen.current;
    const sel = model.selectedId;
    const cameraMoved = seen.camera !== camera;
    seen.camera = camera;
    if (!sel) seen.fittedFor = null;
    // Without its focus (the data is still loading) there is nothing to fit yet.
    if (!sel || !model.focus || sel === seen.fittedFor) return;
    seen.fittedFor = sel;
    if (!cameraMoved) ctl.current?.fitFocus(fitPadding());
  }, [model.focus, model.selectedId, camera, fitPadding]);

  return (
    <div className="map-wrap">
      <div id="map" ref={el} className="map" role="region" aria-label={label} tabIndex={-1} />
      {hover && (
        <div className="map-tooltip" role="tooltip" style={tooltipPosition(hover.target, hover.mapWidth)}>
          {renderTooltip(hover.target)}
        </div>
      )}
    </div>
  );
}

/** Room a tooltip may take beside the pointer (index.css: .map-tooltip's max-width and padding). */
const TOOLTIP_ROOM = 300;

/** Beside the pointer, on its left near the map's right edge, where it would run under the panel. */
function tooltipPosition(hover: HoverTarget, width: number): CSSProperties {
  const top = hover.y + 12;
  const turn = hover.x + 12 + TOOLTIP_ROOM > width && hover.x > TOOLTIP_ROOM;
  return turn ? { right: width - hover.x + 12, top } : { left: hover.x + 12, top };
}
