import { setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import type { Boundaries } from '../data/boundaries';
import type { AtlasIndex } from '../data/indexes';
import { MapController, type Camera, type HoverTarget, type MapCallbacks, type MapModel } from './MapController';

setWorkerUrl(workerUrl);

type Props = {
  model: MapModel;
  boundaries: Boundaries | undefined;
  index: AtlasIndex | null;
  /** The camera in the store: the map follows it when it changes from outside (URL, Back). */
  camera: Camera | null;
  /** A region to ease to, with a counter so the same id can be focused twice. */
  focus: { id: string; seq: number } | null;
  label: string;
  callbacks: MapCallbacks;
  renderTooltip: (hover: HoverTarget) => string;
  /** Receives the controller once created (and null when destroyed), for map images. */
  onController?: (controller: MapController | null) => void;
  /** Called once, when the map has first been drawn with its data. */
  onFirstDrawn?: () => void;
};

/** Thin React shell around MapController: creates it once, hands it models, destroys it. */
export function MapView({ model, boundaries, index, camera, focus, label, callbacks, renderTooltip, onController, onFirstDrawn }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const ctl = useRef<MapController | null>(null);
  const cb = useRef<MapCallbacks & { onFirstDrawn?: () => void }>({ ...callbacks, onFirstDrawn });
  const [hover, setHover] = useState<HoverTarget | null>(null);
  // The last camera the map itself reported: a store camera equal to it is an echo, not a jump.
  const reported = useRef<Camera | null>(camera);

  useEffect(() => {
    cb.current = { ...callbacks, onFirstDrawn };
  }, [callbacks, onFirstDrawn]);

  useEffect(() => {
    const c = new MapController(el.current!, model, camera, {
      onSelect: (id) => cb.current.onSelect(id),
      onCamera: (next) => {
        reported.current = next;
        cb.current.onCamera(next);
      },
      onFirstDrawn: () => cb.current.onFirstDrawn?.(),
      onHover: (h) => {
        setHover(h);
        cb.current.onHover(h);
      },
    });
    ctl.current = c;
    onController?.(c);
    return () => {
      onController?.(null);
      c.destroy();
      ctl.current = null;
    };
    // The controller is created once; later props arrive through update().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    ctl.current?.update(model);
  }, [model]);

  useEffect(() => {
    if (boundaries) ctl.current?.setBoundaries(boundaries);
  }, [boundaries]);

  // The map draws links and missions only: a new index that differs by its events alone
  // (they arrive after the first frame) must not re-upload the sources.
  useEffect(() => {
    if (index) ctl.current?.setAtlas(index);
  }, [index?.links, index?.places, index?.missions]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!sameCamera(camera, reported.current)) {
      reported.current = camera;
      ctl.current?.setCamera(camera);
    }
  }, [camera]);

  useEffect(() => {
    if (focus) ctl.current?.focus(focus.id);
  }, [focus]);

  return (
    <div className="map-wrap">
      <div id="map" ref={el} className="map" role="region" aria-label={label} tabIndex={-1} />
      {hover && (
        <div className="map-tooltip" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
          {renderTooltip(hover)}
        </div>
      )}
    </div>
  );
}

/** Equal up to the precision the URL keeps (the store may hold a rounded copy). */
function sameCamera(a: Camera | null, b: Camera | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a.zoom - b.zoom) < 0.01 && Math.abs(a.lat - b.lat) < 0.001 && Math.abs(a.lng - b.lng) < 0.001;
}
