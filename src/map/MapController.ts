import {
  AttributionControl,
  LngLatBounds,
  Map as MlMap,
  NavigationControl,
  ScaleControl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type PointLike,
  type Point,
} from 'maplibre-gl';
import { isVariantValidAt, type Boundaries, type RegionFeature, type RegionProps } from '../data/boundaries';
import type { AtlasIndex } from '../data/indexes';
import type { Lang } from '../data/schema';
import type { Camera } from '../state/urlCodec';
import { ATLAS_LAYER, ATLAS_SRC, buildAtlasGeometry } from './atlasLayers';
import { LAYER, SMALL_UNIT, SRC, baseStyle, nameExpression, validOnFilter } from './baseStyle';
import { bboxOf, type BBox } from './bbox';
import { addIcons } from './icons';

export type { Camera };

/** Everything the map shows, as plain values; the controller diffs it and makes only the needed calls. */
export type MapModel = {
  lang: Lang;
  /** Boundaries and districts are drawn as of this day (YYYY-MM-DD). */
  day: string;
  selectedId: string | null;
  attribution: string[];
  /** Accessible name of the canvas (the container has its own, different one). */
  labels: { canvas: string };
  visibleLinks: ReadonlySet<string>;
  /** Line width (px) per link id for the current range. */
  linkWidths: ReadonlyMap<string, number>;
  visibleMissions: ReadonlySet<string>;
  /** Region id → colour of the mission that serves it. */
  districtColours: ReadonlyMap<string, string>;
  /** Regions whose serving mission is not published (drawn hatched). */
  unpublished: ReadonlySet<string>;
  /** Mission id → the regions of its district on `day` (for hover highlighting). */
  missionDistricts: ReadonlyMap<string, readonly string[]>;
};

export type HoverTarget = { kind: 'region' | 'link' | 'mission'; id: string; x: number; y: number };

export type MapCallbacks = {
  onSelect: (id: string | null) => void;
  /** Once: the first idle after boundaries, links and missions were handed over. */
  onFirstDrawn?: () => void;
  onCamera: (camera: Camera) => void;
  onHover: (hover: HoverTarget | null) => void;
};

/** Frames Kazakhstan and China together. */
export const DEFAULT_BOUNDS: BBox = [46.5, 17.5, 135.1, 55.5];

const LINK_LAYERS = (['partnership', 'flight', 'trade'] as const).map(ATLAS_LAYER.links);

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The only owner of a maplibregl.Map. React hands it plain models; events leave as ids.
 * Sources are filled once. Filters, layer switches, selection and districts change only
 * feature-state (a repaint); a layer's visibility or filter would make MapLibre re-tile its
 * source. Boundary filters change only when the set of valid outlines does.
 */
export class MapController {
  private readonly map: MlMap;
  private readonly container: HTMLElement;
  private readonly callbacks: MapCallbacks;
  private model: MapModel;
  private applied: MapModel | null = null;
  private hovered: { source: string; id: string } | null = null;
  private hoveredMission: string | null = null;
  private regionBoxes = new Map<string, BBox>();
  private pointOf = new Map<string, [number, number]>();
  private missionIds = new Set<string>();
  private linkIds = new Set<string>();
  // isStyleLoaded() turns false whenever a source reloads; we only need to know the style is in.
  private styleLoaded = false;
  private boundariesReady = false;
  private atlasReady = false;
  private attribution: AttributionControl;
  private reportMove = false;
  private firstDrawn = false;
  private variants: RegionProps[] = [];
  /** Region id → the outline variant (vid) drawn for it on the date shown. */
  private currentOutline = new Map<string, string>();

  constructor(container: HTMLElement, model: MapModel, camera: Camera | null, callbacks: MapCallbacks) {
    this.container = container;
    this.model = model;
    this.callbacks = callbacks;
    this.setBusy(true);
    this.map = new MlMap({
      container,
      style: baseStyle(model.lang, model.day),
      ...(camera
        ? { center: [camera.lng, camera.lat], zoom: camera.zoom }
        : { bounds: DEFAULT_BOUNDS, fitBoundsOptions: { padding: 20 } }),
      minZoom: 1.5,
      maxZoom: 10,
      renderWorldCopies: false,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      fadeDuration: 0,
    });
    addIcons(this.map);
    if (import.meta.env.DEV) (window as unknown as { __map: MlMap }).__map = this.map;
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.attribution = new AttributionControl({ customAttribution: model.attribution });
    this.map.addControl(this.attribution, 'bottom-right');
    this.foldAttributionOnSmallScreens();
    this.map.getCanvas().setAttribute('aria-label', model.labels.canvas);

    this.map.on('load', () => {
      this.styleLoaded = true;
      this.apply();
    });
    this.map.on('idle', () => {
      // "Drawn" means the regions and the ties on them, not an empty outline map.
      if (!this.boundariesReady || !this.atlasReady) return;
      this.setBusy(false);
      if (!this.firstDrawn) {
        this.firstDrawn = true;
        this.callbacks.onFirstDrawn?.();
      }
      // Browser tests and the bench time interactions to the next idle through this event.
      container.dispatchEvent(new CustomEvent('atlas:idle'));
    });
    this.map.on('dataloading', () => this.setBusy(true));
    this.map.on('moveend', (e) => {
      // Only the user's moves (and our eases to a selection) change the URL: the initial frame
      // and camera jumps that came from the URL are not news.
      if (!e.originalEvent && !this.reportMove) return;
      this.reportMove = false;
      const c = this.map.getCenter();
      this.callbacks.onCamera({ zoom: this.map.getZoom(), lat: c.lat, lng: c.lng });
    });
    this.map.on('mousemove', (e) => this.onPointerMove(e.point));
    this.map.on('mouseout', () => this.setHover(null, null));
    this.map.on('click', (e) => {
      const hit = this.pick(e.point);
      this.callbacks.onSelect(hit ? hit.id : null);
    });
    this.map.getCanvas().addEventListener('keydown', (ev) => {
      // Keyboard path on the map itself: arrows pan, Enter selects what is under the centre.
      if (ev.key !== 'Enter') return;
      const hit = this.pick(this.map.project(this.map.getCenter()));
      if (hit) this.callbacks.onSelect(hit.id);
    });
  }

  /** Hand the decoded boundaries to the map (once). */
  setBoundaries(b: Boundaries): void {
    this.whenLoaded(() => {
      (this.map.getSource(SRC.countries) as GeoJSONSource).setData(b.countries);
      (this.map.getSource(SRC.lakes) as GeoJSONSource).setData(b.lakes);
      (this.map.getSource(SRC.regions) as GeoJSONSource).setData(b.regions);
      (this.map.getSource(SRC.labels) as GeoJSONSource).setData({
        type: 'FeatureCollection',
        features: b.regions.features.map((f: RegionFeature) => ({
          type: 'Feature',
          properties: f.properties,
          geometry: { type: 'Point', coordinates: [f.properties.label_lon, f.properties.label_lat] },
        })),
      });
      this.variants = b.regions.features.map((f) => f.properties);
      for (const f of b.regions.features) {
        const box = bboxOf(f.geometry);
        const prev = this.regionBoxes.get(f.properties.id);
        // Several variants share an id; the camera frames the largest outline.
        if (!prev || (box[2] - box[0]) * (box[3] - box[1]) > (prev[2] - prev[0]) * (prev[3] - prev[1])) {
          this.regionBoxes.set(f.properties.id, box);
        }
      }
      this.boundariesReady = true;
      this.applied = null;
      this.apply();
    });
  }

  /** Hand the links and missions to the map (once); their curves are computed here, not per render. */
  setAtlas(index: AtlasIndex): void {
    this.whenLoaded(() => {
      const geo = buildAtlasGeometry(index);
      (this.map.getSource(ATLAS_SRC.links) as GeoJSONSource).setData(geo.links);
      (this.map.getSource(ATLAS_SRC.arrows) as GeoJSONSource).setData(geo.arrows);
      (this.map.getSource(ATLAS_SRC.missions) as GeoJSONSource).setData(geo.missions);
      for (const f of geo.links.features) {
        const c = f.geometry.coordinates;
        this.pointOf.set(f.properties.id, c[Math.floor(c.length / 2)] as [number, number]);
        this.linkIds.add(f.properties.id);
      }
      for (const f of geo.missions.features) {
        this.pointOf.set(f.properties.id, f.geometry.coordinates as [number, number]);
        this.missionIds.add(f.properties.id);
      }
      this.atlasReady = true;
      this.applied = null;
      this.apply();
    });
  }

  update(next: MapModel): void {
    this.model = next;
    this.apply();
  }

  /** Ease the camera to a region, mission or link (when a selection comes from a list or a panel). */
  focus(id: string): void {
    const duration = prefersReducedMotion() ? 0 : 800;
    this.reportMove = true;
    const box = this.regionBoxes.get(id);
    if (box) {
      this.map.fitBounds(new LngLatBounds([box[0], box[1]], [box[2], box[3]]), { padding: 60, maxZoom: 6.5, duration });
      return;
    }
    const p = this.pointOf.get(id);
    if (p) this.map.easeTo({ center: p, zoom: Math.max(this.map.getZoom(), 4), duration });
  }

  setCamera(camera: Camera | null): void {
    if (camera) this.map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
    else this.map.fitBounds(DEFAULT_BOUNDS, { padding: 20, duration: 0 });
  }

  /**
   * A copy of the map as drawn in the next frame. Read inside the render event, while the
   * WebGL drawing buffer still holds the frame, so no preserveDrawingBuffer cost is paid.
   */
  snapshot(): Promise<HTMLCanvasElement> {
    return new Promise((resolve) => {
      this.map.once('render', () => {
        const src = this.map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = src.width;
        copy.height = src.height;
        copy.getContext('2d')?.drawImage(src, 0, 0);
        resolve(copy);
      });
      this.map.triggerRepaint();
    });
  }

  destroy(): void {
    this.map.remove();
  }

  private whenLoaded(fn: () => void) {
    if (this.styleLoaded) fn();
    else this.map.once('load', fn);
  }

  /** On a phone the credits start folded behind their (i) button instead of covering the map. */
  private foldAttributionOnSmallScreens() {
    if (this.container.clientWidth < 640) {
      this.container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    }
  }

  private setBusy(busy: boolean) {
    this.container.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  /** Bring the map in line with the model, touching only what changed since the last call. */
  private apply() {
    if (!this.styleLoaded) return;
    const next = this.model;
    const prev = this.applied;
    const map = this.map;
    if (!prev || prev.lang !== next.lang) {
      map.setLayoutProperty(LAYER.regionLabels, 'text-field', nameExpression(next.lang));
      map.setLayoutProperty(LAYER.smallLabels, 'text-field', nameExpression(next.lang));
      map.getCanvas().setAttribute('aria-label', next.labels.canvas);
    }
    if (this.boundariesReady && (!prev || prev.day !== next.day) && this.showOutlines(next.day)) {
      // Labels stay filtered, which costs a re-layout (about 300 ms on software GL): a label made
      // transparent by feature-state would still take its place and push visible ones aside.
      const filter = validOnFilter(next.day);
      map.setFilter(LAYER.regionLabels, ['all', filter, ['!', SMALL_UNIT]]);
      map.setFilter(LAYER.smallLabels, ['all', filter, SMALL_UNIT]);
    }
    if (prev && prev.attribution.join('|') !== next.attribution.join('|')) {
      map.removeControl(this.attribution);
      this.attribution = new AttributionControl({ customAttribution: next.attribution });
      map.addControl(this.attribution, 'bottom-right');
      this.foldAttributionOnSmallScreens();
    }
    if (this.boundariesReady) {
      this.diffState(SRC.regions, prev?.districtColours, next.districtColours, (v) => ({ district: v ?? null }));
      this.diffSet(SRC.regions, prev?.unpublished, next.unpublished, 'unpublished');
    }
    if (this.atlasReady) {
      this.diffSet(ATLAS_SRC.links, prev?.visibleLinks, next.visibleLinks, 'visible');
      this.diffSet(ATLAS_SRC.arrows, prev?.visibleLinks, next.visibleLinks, 'visible');
      this.diffState(ATLAS_SRC.links, prev?.linkWidths, next.linkWidths, (w) => ({ width: w ?? 1.6 }));
      this.diffSet(ATLAS_SRC.missions, prev?.visibleMissions, next.visibleMissions, 'visible');
    }
    if (this.boundariesReady && (!prev || prev.selectedId !== next.selectedId)) {
      this.applySelection(prev?.selectedId ?? null, next.selectedId);
    }
    this.applied = next;
  }

  /**
   * Point each region id at its variant valid on `day` (feature-state `outline`, see atlasLayers).
   * Returns whether any outline changed, i.e. whether the labels need filtering anew.
   */
  private showOutlines(day: string): boolean {
    const next = new Map(this.variants.filter((v) => isVariantValidAt(v, day)).map((v) => [v.id, v.vid]));
    let changed = false;
    for (const id of this.currentOutline.keys()) {
      if (next.has(id)) continue;
      this.map.setFeatureState({ source: SRC.regions, id }, { outline: null });
      changed = true;
    }
    for (const [id, vid] of next) {
      if (this.currentOutline.get(id) === vid) continue;
      this.map.setFeatureState({ source: SRC.regions, id }, { outline: vid });
      changed = true;
    }
    this.currentOutline = next;
    return changed;
  }

  private diffSet(source: string, prev: ReadonlySet<string> | undefined, next: ReadonlySet<string>, key: string) {
    if (prev === next) return;
    if (prev) for (const id of prev) if (!next.has(id)) this.map.setFeatureState({ source, id }, { [key]: false });
    for (const id of next) if (!prev || !prev.has(id)) this.map.setFeatureState({ source, id }, { [key]: true });
  }

  private diffState<V>(
    source: string,
    prev: ReadonlyMap<string, V> | undefined,
    next: ReadonlyMap<string, V>,
    toState: (v: V | undefined) => Record<string, unknown>,
  ) {
    if (prev === next) return;
    if (prev) for (const id of prev.keys()) if (!next.has(id)) this.map.setFeatureState({ source, id }, toState(undefined));
    for (const [id, v] of next) if (!prev || prev.get(id) !== v) this.map.setFeatureState({ source, id }, toState(v));
  }

  private sourceOf(id: string): string | null {
    if (this.regionBoxes.has(id)) return SRC.regions;
    if (this.missionIds.has(id)) return ATLAS_SRC.missions;
    if (this.linkIds.has(id)) return ATLAS_SRC.links;
    return null;
  }

  private applySelection(prev: string | null, next: string | null) {
    if (prev) {
      const s = this.sourceOf(prev);
      if (s) this.map.setFeatureState({ source: s, id: prev }, { selected: false });
    }
    if (next) {
      const s = this.sourceOf(next);
      if (s) this.map.setFeatureState({ source: s, id: next }, { selected: true });
    }
  }

  /** The topmost visible thing under a point: a mission, then a link, then a region. */
  private pick(point: PointLike): { kind: HoverTarget['kind']; id: string; source: string } | null {
    const layers = [ATLAS_LAYER.missions, ATLAS_LAYER.linksHit, ...LINK_LAYERS, LAYER.regionsFill].filter((l) => this.map.getLayer(l));
    const hits: MapGeoJSONFeature[] = this.map.queryRenderedFeatures(point, { layers });
    for (const f of hits) {
      const id = f.properties?.id;
      if (typeof id !== 'string') continue;
      if (f.source === ATLAS_SRC.missions) {
        if (this.model.visibleMissions.has(id)) return { kind: 'mission', id, source: f.source };
      } else if (f.source === ATLAS_SRC.links) {
        if (this.model.visibleLinks.has(id)) return { kind: 'link', id, source: f.source };
      } else if (f.source === SRC.regions) {
        // Outline variants of other dates are transparent but still there to be hit.
        if (this.currentOutline.get(id) === f.properties.vid) return { kind: 'region', id, source: f.source };
      }
    }
    return null;
  }

  private onPointerMove(point: Point) {
    const hit = this.pick(point);
    this.setHover(hit ? { source: hit.source, id: hit.id } : null, hit ? hit.kind : null);
    this.callbacks.onHover(hit ? { kind: hit.kind, id: hit.id, x: point.x, y: point.y } : null);
  }

  private setHover(target: { source: string; id: string } | null, kind: HoverTarget['kind'] | null) {
    const same = this.hovered && target && this.hovered.source === target.source && this.hovered.id === target.id;
    if (!same) {
      if (this.hovered) this.map.setFeatureState(this.hovered, { hover: false });
      if (target) this.map.setFeatureState(target, { hover: true });
      this.hovered = target;
    }
    this.map.getCanvas().style.cursor = target ? 'pointer' : '';
    const mission = kind === 'mission' && target ? target.id : null;
    if (mission !== this.hoveredMission) {
      for (const r of (this.hoveredMission && this.model.missionDistricts.get(this.hoveredMission)) || []) {
        this.map.setFeatureState({ source: SRC.regions, id: r }, { missionHover: false });
      }
      for (const r of (mission && this.model.missionDistricts.get(mission)) || []) {
        this.map.setFeatureState({ source: SRC.regions, id: r }, { missionHover: true });
      }
      this.hoveredMission = mission;
    }
    if (!target) this.callbacks.onHover(null);
  }
}
