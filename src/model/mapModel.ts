/**
 * What the map draws, as plain ids, numbers and colours: the map controller diffs one of
 * these against the last and makes only the needed MapLibre calls.
 */
import type { AtlasIndex, LonLat } from '../data/indexes';
import { seatAt } from '../data/indexes';
import type { Lang } from '../data/schema';
import type { Phase } from '../data/status';
import type { DistrictLayer } from '../filter/mapLayers';
import type { Visible } from '../filter/visible';
import type { Bundles } from './bundles';
import type { Focus } from './focus';
import type { Shading } from './shading';

/** Interface text the map draws itself: attribution, the canvas's label, the zoom buttons and the scale bar's units. */
export type MapLabels = {
  attribution: string[];
  canvas: string;
  controls: { zoomIn: string; zoomOut: string; kilometres: string; metres: string; toggleAttribution: string };
};

export type MapModel = {
  lang: Lang;
  /** Boundaries, districts and statuses are drawn as of this day (YYYY-MM-DD). */
  day: string;
  selectedId: string | null;
  labels: MapLabels;
  visibleLinks: ReadonlySet<string>;
  /** Line width (px) per visible link for the current range. */
  linkWidths: ReadonlyMap<string, number>;
  /** Phase of each visible link and mission (operating, suspended, announced, ended). */
  phases: ReadonlyMap<string, Phase>;
  /** Visible mission id → the index of its seat on `day` (the Chinese embassy moved). */
  missionSeats: ReadonlyMap<string, number>;
  /** Region id → colour of the mission that serves it (empty when districts are off or shading is on). */
  districtColours: ReadonlyMap<string, string>;
  /** Regions whose serving mission is not published (drawn hatched; empty when districts are off). */
  unpublished: ReadonlySet<string>;
  /** Mission id → the regions of its district on `day` (for hover highlighting). */
  missionDistricts: ReadonlyMap<string, readonly string[]>;
  /** The selection's ties, missions and partner units (the rest fades); null with no selection. */
  focus: { links: ReadonlySet<string>; missions: ReadonlySet<string>; regions: ReadonlySet<string>; points: readonly LonLat[] } | null;
  /** Region id → choropleth colour, and the regions without data; null when shading is off. */
  shade: { colours: ReadonlyMap<string, string>; noData: ReadonlySet<string> } | null;
  /** Pair key → number of ties drawn as one arc at low zoom; the ties inside them. */
  bundles: Bundles;
};

export type MapParts = {
  lang: Lang;
  day: string;
  selectedId: string | null;
  districtsOn: boolean;
  labels: MapLabels;
  index: AtlasIndex | null;
  visible: Visible | null;
  linkWidths: ReadonlyMap<string, number> | null;
  districts: DistrictLayer | null;
  districtColours: ReadonlyMap<string, string> | null;
  focus: Focus | null;
  shading: Shading | null;
  bundles: Bundles;
};

const EMPTY_SET: ReadonlySet<string> = new Set<string>();
const EMPTY_MAP: ReadonlyMap<string, never> = new Map<string, never>();

export function mapModelOf(p: MapParts): MapModel {
  const missionSeats = new Map<string, number>();
  for (const m of p.index?.missions ?? []) {
    if (p.visible?.missionIds.has(m.id)) missionSeats.set(m.id, m.seats.indexOf(seatAt(m, p.day)));
  }
  // Switching districts off empties them, like links and missions: a feature-state repaint.
  // Shading replaces the district colours (two fills on one region would read as neither).
  const districtFill = p.districtsOn && !p.shading;
  return {
    lang: p.lang,
    day: p.day,
    selectedId: p.selectedId,
    labels: p.labels,
    visibleLinks: p.visible?.linkIds ?? EMPTY_SET,
    linkWidths: p.linkWidths ?? EMPTY_MAP,
    phases: p.visible?.phases ?? EMPTY_MAP,
    missionSeats,
    districtColours: districtFill ? (p.districtColours ?? EMPTY_MAP) : EMPTY_MAP,
    unpublished: districtFill ? (p.districts?.unpublished ?? EMPTY_SET) : EMPTY_SET,
    missionDistricts: p.districts?.districtOf ?? EMPTY_MAP,
    focus: p.focus,
    shade: p.shading && { colours: p.shading.colours, noData: p.shading.noData },
    bundles: p.bundles,
  };
}
