import {
  AttributionControl,
  LngLatBounds,
  Map as MlMap,
  NavigationControl,
  ScaleControl,
  type GeoJSONSource,
  type IControl,
  Point,
  type PointLike,
} from 'maplibre-gl';
import type { Boundaries, RegionProps } from '../data/boundaries';
import type { AtlasIndex } from '../data/indexes';
import type { MapLabels, MapModel } from '../model/mapModel';
import type { Camera } from '../view/view';
import { buildAtlasGeometry, bundleLabelId, missionSeatId } from './atlasGeometry';
import { ATLAS_LAYER, ATLAS_SRC, BUNDLE_MAX_ZOOM, LINK_LAYERS, cityLabelText } from './atlasLayers';
import { LAYER, REGION_LABEL_LAYERS, SRC, baseStyle, regionLabelText } from './baseStyle';
import { bboxOf, type BBox } from '../geometry/bbox';
import { createCameraGuard, type CameraGuard } from './cameraGuard';
import { mapLibreLocale } from './controlLocale';
import { mapChanges, setChanges, type StateChange } from './featureState';
import { focusBounds, focusChanges, focusSets } from './focusStates';
import { addIcons } from './icons';
import { outlineChanges, outlinesOn } from './outlines';
import { outlineBoxes, regionLabels } from './regionLabels';
import { withOutsideCoverage } from './coverage';
import { pickTarget, type Hit, type PickKind } from './picking';
import { snapshot } from './snapshot';

export type HoverTarget = { kind: PickKind; id: string; x: number; y: number };

export type MapCallbacks = {
  onSelect: (id: string | null) => void;
  /** Once: the first idle after boundaries, links and missions were handed over. */
  onFirstDrawn?: () => void;
  onCamera: (camera: Camera) => void;
  onHover: (hover: HoverTarget | null) => void;
};

/** Frames Kazakhstan and China together. */
export const DEFAULT_BOUNDS: BBox = [46.5, 17.5, 135.1, 55.5];
/**
 * Room around them: more on the west, where West Kazakhstan's and Atyrau's names reach past the
 * outline, and more still on a phone, where the map is so small that their labels give way
 * sideways and a 40 px margin cut them at the left edge.
 */
const defaultPadding = (width: number) => ({ top: 20, right: 20, bottom: 20, left: width < 600 ? 64 : 40 });
/** The closest a selection's fit comes: about 1,000 km across on a desktop map, 400 km on a phone. */
const FOCUS_MAX_ZOOM = 5.5;


/** Room around a fitted selection: the parts of the map covered by panels (a phone's sheet). */
type FitPadding = { top: number; right: number; bottom: number; left: number };

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const EMPTY_IDS: ReadonlySet<string> = new Set<string>();
const EMPTY_COLOURS: ReadonlyMap<string, string> = new Map<string, string>();

/** Mission seat feature ids of the visible missions, and a map keyed by them. */
const seatIds = (model: MapModel) => new Set([...model.missionSeats].map(([id, seat]) => missionSeatId(id, seat)));
const bySeat = <V>(model: MapModel, values: ReadonlyMap<string, V>) =>
  new Map([...model.missionSeats].flatMap(([id, seat]) => (values.has(id) ? [[missionSeatId(id, seat), values.get(id)!]] : [])));

/**
 * The only owner of a maplibregl.Map. React hands it plain models; events leave as ids.
 * Sources are filled once; every view change becomes feature-state changes worked out by
 * the pure diffs in featureState.ts and outlines.ts, so a filter or a year repaints rather
 * than re-tiles. Picking (picking.ts) and the camera echo guard (cameraGuard.ts) live apart.
 */
export class MapController {
  private readonly map: MlMap;
  private readonly container: HTMLElement;
  private readonly callbacks: MapCallbacks;
  private readonly camera: CameraGuard;
  private model: MapModel;
  private applied: MapModel | null = null;
  private hovered: { source: string; id: string } | null = null;
  private hoveredMission: string | null = null;
  private regionBoxes = new Map<string, BBox>();
  private linkIds = new Set<string>();
  private variants: RegionProps[] = [];
  private regionIds = new Set<string>();
  /** Outline variants whose labels live in the epoch source (shown by feature-state). */
  private epochVids = new Set<string>();
  /** Bundle key → its arc, for zooming into a bundle that is clicked. */
  private bundleEnds = new Map<string, [number, number][]>();
  /** Region id → the outline variant (vid) drawn for it on the day shown. */
  private outlines = new Map<string, string>();
  private styleLoaded = false;
  private firstLoadDone = false;
  /** Work that arrived while a lost WebGL context was being restored. */
  private readonly pending: (() => void)[] = [];
  private boundariesReady = false;
  private pendingFit: FitPadding | null = null;
  private atlasReady = false;
  private firstDrawn = false;
  /** True while an ease we started runs: its end is reported like a user's move. */
  private reportMove = false;
  private attribution: AttributionControl;
  private controls: IControl[];
  /** The labels the controls above were built with. */
  private builtLabels: MapLabels;

  constructor(container: HTMLElement, model: MapModel, camera: Camera | null, callbacks: MapCallbacks) {
    this.container = container;
    this.model = model;
    this.callbacks = callbacks;
    this.camera = createCameraGuard(camera);
    this.setBusy(true);
    this.map = new MlMap({
      container,
      style: baseStyle(model.lang),
      // The style is ours and checked against the style spec in baseStyle.test.ts; validating it
      // again on every load cost 30-60 ms of the first view's main thread (#13).
      validateStyle: false,
      ...(camera
        ? { center: [camera.lng, camera.lat], zoom: camera.zoom }
        : { bounds: DEFAULT_BOUNDS, fitBoundsOptions: { padding: defaultPadding(container.clientWidth) } }),
      // Low enough for both countries to fit a phone's 390 px width, with room to zoom out.
      minZoom: 1,
      maxZoom: 10,
      renderWorldCopies: false,
      attributionControl: false,
      locale: mapLibreLocale(model.labels.controls),
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      // 1 ms, not 0: with 0 MapLibre re-places every label on every frame (about 9 ms of each
      // year or filter change here), though only the camera or the label layers move labels. A
      // label placed after the first idle shows from the next frame; before it nothing fades.
      fadeDuration: 1,
    });
    addIcons(this.map);
    // The browser tests read feature-state and project points through the map itself; they set
    // window.__atlasTest before the page loads. Nothing else does.
    const w = window as { __atlasTest?: boolean; __atlasMap?: MlMap };
    if (w.__atlasTest) w.__atlasMap = this.map;
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.controls = this.addControls();
    this.attribution = this.addAttribution(model.labels.attribution);
    this.builtLabels = model.labels;
    this.map.getCanvas().setAttribute('aria-label', model.labels.canvas);

    // At 'style.load' the sources exist and can take data. 'load' waits until the empty map has
    // been rendered in full once (about 0.6 s later here), and until then the worker, which the
    // first idle waits for, had nothing to tile.
    this.map.once('style.load', () => {
      this.styleLoaded = true;
      this.firstLoadDone = true;
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
    // The browser may drop the WebGL context (GPU reset, too many tabs). MapLibre then destroys its
    // style and, when the context comes back, rebuilds it from a snapshot, which loads a frame
    // later and without feature-state: until then nothing may touch the style, and then the whole
    // view is ours to reapply.
    this.map.on('webglcontextlost', () => {
      this.styleLoaded = false;
      this.setBusy(true);
    });
    this.map.on('webglcontextrestored', () => {
      const reapply = () => {
        this.styleLoaded = true;
        this.applied = null;
        this.hovered = null;
        this.hoveredMission = null;
        this.outlines = new Map();
        for (const fn of this.pending.splice(0)) fn();
        this.apply();
        this.map.triggerRepaint();
      };
      if (this.map.isStyleLoaded()) reapply();
      else this.map.once('style.load', reapply);
    });
    this.map.on('moveend', (e) => {
      // Only the user's moves (and our eases to a selection) change the URL: the initial frame
      // and camera jumps that came from the URL are not news.
      if (!e.originalEvent && !this.reportMove) return;
      this.reportMove = false;
      const c = this.map.getCenter();
      const next = { zoom: this.map.getZoom(), lat: c.lat, lng: c.lng };
      this.camera.reported(next);
      this.callbacks.onCamera(next);
    });
    // Pointer and keyboard wait while a lost context's style is rebuilt (there is none to query).
    this.map.on('mousemove', (e) => this.styleLoaded && this.hover(e.point));
    this.map.on('mouseout', () => this.styleLoaded && this.setHover(null));
    // A camera move (the ease to a clicked selection, a zoom by keyboard) carries the hovered
    // feature away from a pointer that has not moved: its tooltip would float over something else.
    this.map.on('movestart', () => this.styleLoaded && this.hovered && this.setHover(null));
    this.map.on('click', (e) => {
      if (!this.styleLoaded) return;
      const hit = this.pick(e.point);
      // A bundled arc lies above the regions (below missions, names and single ties): it zooms in.
      if ((!hit || (hit.kind === 'region' && !hit.label)) && this.zoomIntoBundle(e.point)) return;
      this.callbacks.onSelect(hit?.id ?? null);
    });
    this.map.getCanvas().addEventListener('keydown', (ev) => {
      // Keyboard path on the map itself: arrows pan, Enter selects what is under the centre.
      if (ev.key !== 'Enter' || !this.styleLoaded) return;
      const hit = this.pick(this.map.project(this.map.getCenter()));
      if (hit) this.callbacks.onSelect(hit.id);
    });
  }

  /** Hand the decoded boundaries to the map (once). */
  setBoundaries(b: Boundaries): void {
    this.whenLoaded(() => {
      (this.map.getSource(SRC.countries) as GeoJSONSource).setData(withOutsideCoverage(b.countries));
      (this.map.getSource(SRC.lakes) as GeoJSONSource).setData(b.lakes);
      (this.map.getSource(SRC.regions) as GeoJSONSource).setData(b.regions);
      const { labels, epochLabels, epochVids } = regionLabels(b.regions.features);
      (this.map.getSource(SRC.labels) as GeoJSONSource).setData(labels);
      (this.map.getSource(SRC.epochLabels) as GeoJSONSource).setData(epochLabels);
      this.epochVids = epochVids;
      this.regionIds = new Set(b.regions.features.map((f) => f.properties.id));
      this.variants = b.regions.features.map((f) => f.properties);
      this.regionBoxes = outlineBoxes(b.regions.features);
      this.boundariesReady = true;
      this.applied = null;
      this.apply();
      if (this.pendingFit) this.fitFocus(this.pendingFit);
      this.pendingFit = null;
    });
  }

  /** Hand the links and missions to the map (once); their curves are computed here, not per render. */
  setAtlas(index: AtlasIndex): void {
    this.whenLoaded(() => {
      const geo = buildAtlasGeometry(index);
      (this.map.getSource(ATLAS_SRC.links) as GeoJSONSource).setData(geo.links);
      (this.map.getSource(ATLAS_SRC.marks) as GeoJSONSource).setData(geo.marks);
      (this.map.getSource(ATLAS_SRC.missions) as GeoJSONSource).setData(geo.missions);
      (this.map.getSource(ATLAS_SRC.bundles) as GeoJSONSource).setData(geo.bundles);
      (this.map.getSource(ATLAS_SRC.bundleLabels) as GeoJSONSource).setData(geo.bundleLabels);
      (this.map.getSource(ATLAS_SRC.cities) as GeoJSONSource).setData(geo.cities);
      for (const f of geo.bundles.features) this.bundleEnds.set(f.properties.id, f.geometry.coordinates as [number, number][]);
      for (const f of geo.links.features) this.linkIds.add(f.properties.id);
      this.atlasReady = true;
      this.applied = null;
      this.apply();
    });
  }

  update(next: MapModel): void {
    this.model = next;
    this.apply();
  }

  /** Follow a camera from the store (URL, Back); the map's own moves coming back are ignored. */
  setCamera(camera: Camera | null): void {
    if (!this.camera.isNews(camera)) return;
    if (camera) this.map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
    else this.map.fitBounds(DEFAULT_BOUNDS, { padding: defaultPadding(this.container.clientWidth), duration: 0 });
  }

  snapshot(): Promise<HTMLCanvasElement> {
    return snapshot(this.map);
  }

  destroy(): void {
    this.map.remove();
  }

  private whenLoaded(fn: () => void) {
    if (this.styleLoaded) fn();
    else if (this.firstLoadDone) this.pending.push(fn);
    else this.map.once('style.load', fn);
  }

  /** Zoom buttons and the scale bar; they read their text from the map's locale as they are added. */
  private addControls(): IControl[] {
    const zoom = new NavigationControl({ showCompass: false });
    const scale = new ScaleControl({ unit: 'metric' });
    this.map.addControl(zoom, 'top-right');
    this.map.addControl(scale, 'bottom-left');
    return [zoom, scale];
  }

  private addAttribution(lines: string[]): AttributionControl {
    const control = new AttributionControl({ customAttribution: lines });
    this.map.addControl(control, 'bottom-right');
    // On a phone the credits start folded behind their (i) button instead of covering the map.
    if (this.container.clientWidth < 640) {
      this.container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    }
    return control;
  }

  private setBusy(busy: boolean) {
    this.container.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  private setStates(source: string, changes: readonly StateChange[]) {
    for (const { id, state } of changes) this.map.setFeatureState({ source, id }, state);
  }

  /** Bring the map in line with the model, touching only what changed since the last call. */
  private apply() {
    if (!this.styleLoaded) return;
    const next = this.model;
    const prev = this.applied;
    const map = this.map;
    if (!prev || prev.lang !== next.lang) {
      for (const layer of REGION_LABEL_LAYERS) map.setLayoutProperty(layer, 'text-field', regionLabelText(next.lang));
      map.setLayoutProperty(ATLAS_LAYER.cities, 'text-field', cityLabelText(next.lang));
      map.getCanvas().setAttribute('aria-label', next.labels.canvas);
    }
    // Compared with what the controls were built with, not with `prev`: that is null after a
    // context loss, and a language switched meanwhile would leave them in the old language.
    if (next.labels.controls !== this.builtLabels.controls || next.labels.attribution.join('|') !== this.builtLabels.attribution.join('|')) {
      // MapLibre has no public way to change its locale after construction. The zoom buttons and
      // the credits' button read it when added, the scale bar when the map next moves: the table
      // is patched and all three are added again.
      Object.assign(map._locale, mapLibreLocale(next.labels.controls));
      for (const control of [...this.controls, this.attribution]) map.removeControl(control);
      this.controls = this.addControls();
      this.attribution = this.addAttribution(next.labels.attribution);
      this.builtLabels = next.labels;
    }
    if (this.boundariesReady) {
      if (!prev || prev.day !== next.day) this.showOutlines(next.day);
      this.setStates(SRC.regions, mapChanges(prev?.districtColours, next.districtColours, (v) => ({ district: v ?? null })));
      this.setStates(SRC.regions, setChanges(prev?.unpublished, next.unpublished, 'unpublished'));
    }
    if (this.atlasReady) {
      const phase = (v: string | undefined) => ({ phase: v ?? null });
      for (const source of [ATLAS_SRC.links, ATLAS_SRC.marks]) {
        this.setStates(source, setChanges(prev?.visibleLinks, next.visibleLinks, 'visible'));
        this.setStates(source, mapChanges(prev?.phases, next.phases, phase));
      }
      this.setStates(ATLAS_SRC.links, mapChanges(prev?.linkWidths, next.linkWidths, (w) => ({ width: w ?? 1.6 })));
      if (!prev || prev.missionSeats !== next.missionSeats || prev.phases !== next.phases) {
        this.setStates(ATLAS_SRC.missions, setChanges(prev ? seatIds(prev) : undefined, seatIds(next), 'visible'));
        this.setStates(ATLAS_SRC.missions, mapChanges(prev ? bySeat(prev, prev.phases) : undefined, bySeat(next, next.phases), phase));
      }
    }
    if (this.boundariesReady && this.atlasReady && (!prev || prev.selectedId !== next.selectedId || prev.missionSeats !== next.missionSeats)) {
      this.applySelection(prev, next);
    }
    if (this.boundariesReady && (!prev || prev.shade !== next.shade)) {
      this.setStates(SRC.regions, mapChanges(prev?.shade?.colours, next.shade?.colours ?? EMPTY_COLOURS, (v) => ({ shade: v ?? null })));
      this.setStates(SRC.regions, setChanges(prev?.shade?.noData, next.shade?.noData ?? EMPTY_IDS, 'noData'));
    }
    if (this.boundariesReady && this.atlasReady && (!prev || prev.focus !== next.focus || prev.visibleLinks !== next.visibleLinks || prev.missionSeats !== next.missionSeats)) {
      this.applyFocus(prev, next);
    }
    if (this.atlasReady && (!prev || prev.bundles !== next.bundles)) {
      this.setStates(ATLAS_SRC.links, setChanges(prev?.bundles.links, next.bundles.links, 'bundled'));
      this.setStates(ATLAS_SRC.marks, setChanges(prev?.bundles.links, next.bundles.links, 'bundled'));
      const counts = (m: MapModel | null) => new Map([...(m?.bundles.pairs ?? [])].map(([key, b]) => [key, b.count]));
      this.setStates(ATLAS_SRC.bundles, setChanges(prev ? new Set(prev.bundles.pairs.keys()) : undefined, new Set(next.bundles.pairs.keys()), 'visible'));
      this.setStates(ATLAS_SRC.bundles, mapChanges(prev ? counts(prev) : undefined, counts(next), (n) => ({ count: n ?? 0 })));
      const labels = (m: MapModel | null) => new Set([...(m?.bundles.pairs ?? [])].map(([key, b]) => bundleLabelId(key, b.count)));
      this.setStates(ATLAS_SRC.bundleLabels, setChanges(prev ? labels(prev) : undefined, labels(next), 'visible'));
    }
    this.applied = next;
  }

  /**
   * Point each region at its variant valid on `day`, outlines and the reformed regions' labels
   * alike: feature-state only, so a year across a reform repaints and lays nothing out again.
   */
  private showOutlines(day: string) {
    const next = outlinesOn(this.variants, day);
    const changes = outlineChanges(this.outlines, next);
    this.setStates(SRC.regions, changes);
    const shown = (outlines: ReadonlyMap<string, string>) => new Set([...outlines.values()].filter((vid) => this.epochVids.has(vid)));
    this.setStates(SRC.epochLabels, setChanges(shown(this.outlines), shown(next), 'shown'));
    this.outlines = next;
  }

  /** The selected feature, wherever it is drawn: a region, a link, or a mission's current seat. */
  private selectedFeature(model: MapModel | null): { source: string; id: string } | null {
    const id = model?.selectedId;
    if (!id) return null;
    if (this.regionBoxes.has(id)) return { source: SRC.regions, id };
    const seat = model.missionSeats.get(id);
    if (seat !== undefined) return { source: ATLAS_SRC.missions, id: missionSeatId(id, seat) };
    if (this.linkIds.has(id)) return { source: ATLAS_SRC.links, id };
    return null;
  }

  private applySelection(prev: MapModel | null, next: MapModel) {
    const before = this.selectedFeature(prev);
    const after = this.selectedFeature(next);
    if (before) this.map.setFeatureState(before, { selected: false });
    if (after) this.map.setFeatureState(after, { selected: true });
  }

  /** A selection's focus as feature-state (see focusStates.ts). */
  private applyFocus(prev: MapModel | null, next: MapModel) {
    const sets = (m: MapModel | null) => focusSets(m, this.regionIds, this.epochVids);
    for (const [source, changes] of focusChanges(sets(prev), sets(next))) this.setStates(source, changes);
  }

  /**
   * Ease the camera to frame the selection and its partners, leaving `padding` free (on a
   * phone, the part of the map the panel covers). Instant with reduced motion.
   */
  fitFocus(padding: FitPadding): void {
    // A shared link with sel= asks for the fit before the outlines are on the map: without the
    // region's box it would frame its label point alone, as close as maxZoom. It waits for them.
    if (!this.boundariesReady) {
      this.pendingFit = padding;
      return;
    }
    const box = focusBounds(this.model.focus, this.regionBoxes);
    if (!box) return;
    const [w, s, e, n] = box;
    // The credit line and scale bar sit over the map's bottom edge (two lines of credits in
    // Russian or Kazakh); a panel over the map (a phone's sheet) may already cover them.
    const controls = Math.max(
      ...['bottom-left', 'bottom-right'].map((c) => this.map.getContainer().querySelector(`.maplibregl-ctrl-${c}`)?.clientHeight ?? 0),
    );
    const bottom = Math.max(padding.bottom, controls);
    this.reportMove = true;
    this.map.fitBounds(new LngLatBounds([w, s], [e, n]), {
      padding: { top: padding.top + 40, right: padding.right + 40, bottom: bottom + 40, left: padding.left + 40 },
      // A selection at one spot (a mission with no published district, a city) is shown with the
      // country around it: at 6.5 a phone framed 200 km of plain hatching round the embassy.
      maxZoom: FOCUS_MAX_ZOOM,
      duration: prefersReducedMotion() ? 0 : 800,
    });
  }

  /** The topmost visible thing under a point (see picking.ts). */
  private pick(point: PointLike) {
    const present = (ids: string[]) => ids.filter((l) => this.map.getLayer(l));
    const layers = present([ATLAS_LAYER.missionMarks, ATLAS_LAYER.missions, ATLAS_LAYER.linksHit, ...LINK_LAYERS, LAYER.regionsFill]);
    // A name's box is as tight as its letters: a few pixels of slack, as a finger or a quick click needs.
    const { x, y } = Point.convert(point);
    const slack = 4;
    const names = this.map.queryRenderedFeatures(
      [
        [x - slack, y - slack],
        [x + slack, y + slack],
      ],
      { layers: present(REGION_LABEL_LAYERS) },
    );
    const hits: Hit[] = [];
    for (const f of [...names, ...this.map.queryRenderedFeatures(point, { layers })]) {
      const p = f.properties ?? {};
      if (typeof p.id !== 'string') continue;
      if (f.source === ATLAS_SRC.missions) hits.push({ kind: 'mission', featureId: p.id, id: String(p.mission) });
      else if (f.source === ATLAS_SRC.links) hits.push({ kind: 'link', featureId: p.id, id: p.id });
      else if (f.source === SRC.regions) hits.push({ kind: 'region', featureId: p.id, id: p.id, vid: String(p.vid) });
      else if (f.source === SRC.labels || f.source === SRC.epochLabels) hits.push({ kind: 'label', featureId: p.id, id: p.id, vid: String(p.vid) });
    }
    const bundled = this.map.getZoom() < BUNDLE_MAX_ZOOM ? this.model.bundles.links : undefined;
    return pickTarget(hits, this.model, this.outlines, bundled);
  }

  /** A click on a bundled arc zooms in until its ties are drawn one by one. */
  private zoomIntoBundle(point: PointLike): boolean {
    if (this.map.getZoom() >= BUNDLE_MAX_ZOOM || !this.map.getLayer(ATLAS_LAYER.bundles)) return false;
    const hit = this.map.queryRenderedFeatures(point, { layers: [ATLAS_LAYER.bundles] }).find((f) => this.model.bundles.pairs.has(String(f.properties?.id)));
    const arc = hit && this.bundleEnds.get(String(hit.properties?.id));
    if (!arc) return false;
    const [w, s, e, n] = bboxOf({ type: 'LineString', coordinates: arc });
    // Framing the arc alone can leave a long one still bundled (fitBounds has no minimum zoom):
    // the zoom is raised to where ties are drawn one by one, around the arc's centre.
    const fit = this.map.cameraForBounds(new LngLatBounds([w, s], [e, n]), { padding: 60 });
    if (!fit) return false;
    this.reportMove = true;
    this.map.easeTo({
      center: fit.center,
      zoom: Math.max(fit.zoom ?? 0, BUNDLE_MAX_ZOOM + 0.05),
      duration: prefersReducedMotion() ? 0 : 800,
    });
    return true;
  }

  private hover(point: Point) {
    const hit = this.pick(point);
    const source = hit && { region: SRC.regions, link: ATLAS_SRC.links, mission: ATLAS_SRC.missions }[hit.kind];
    this.setHover(hit && source ? { source, id: hit.featureId, kind: hit.kind, mission: hit.kind === 'mission' ? hit.id : null } : null);
    this.callbacks.onHover(hit ? { kind: hit.kind, id: hit.id, x: point.x, y: point.y } : null);
  }

  private setHover(target: { source: string; id: string; kind: PickKind; mission: string | null } | null) {
    const same = this.hovered && target && this.hovered.source === target.source && this.hovered.id === target.id;
    if (!same) {
      if (this.hovered) this.map.setFeatureState(this.hovered, { hover: false });
      if (target) this.map.setFeatureState({ source: target.source, id: target.id }, { hover: true });
      this.hovered = target && { source: target.source, id: target.id };
    }
    this.map.getCanvas().style.cursor = target ? 'pointer' : '';
    // Hovering a mission outlines its district.
    const mission = target?.mission ?? null;
    if (mission !== this.hoveredMission) {
      const districtOf = this.model.missionDistricts;
      this.setStates(
        SRC.regions,
        setChanges(new Set(this.hoveredMission ? districtOf.get(this.hoveredMission) : []), new Set(mission ? districtOf.get(mission) : []), 'missionHover'),
      );
      this.hoveredMission = mission;
    }
    if (!target) this.callbacks.onHover(null);
  }
}
