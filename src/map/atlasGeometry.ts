/**
 * The map's features of ties and missions, built once after load (never on a filter
 * change): the tie shapes (src/geometry/tieShapes.ts) as lines, arrowheads, crossing
 * markers and the marks of uncertain facts; one point per mission seat (two when uncertain). Pure.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { AtlasIndex } from '../data/indexes';
import { CITY_KINDS } from '../data/boundaries';
import type { LinkType, MissionKind } from '../data/schema';
import { bundleKey, bundleShapes } from '../geometry/bundles';
import { tieShapes } from '../geometry/tieShapes';
import { ICON } from './icons';

export type LinkProps = { id: string; type: LinkType; directed: boolean };
export type MarkProps = LinkProps & { icon: string; bearing: number };
export type MissionProps = { id: string; mission: string; icon: string; sender: 'KZ' | 'CN'; kind: MissionKind };

/** The feature id of a mission's seat: the mission's own id for its first seat. */
export const missionSeatId = (missionId: string, seat: number): string => (seat === 0 ? missionId : `${missionId}@${seat}`);

/** The feature id of the label that writes `n` on a bundle (one prebuilt label per possible count). */
export const bundleLabelId = (key: string, n: number): string => `${key}#${n}`;

export type AtlasGeometry = {
  links: FeatureCollection<LineString, LinkProps>;
  marks: FeatureCollection<Point, MarkProps>;
  missions: FeatureCollection<Point, MissionProps>;
  bundles: FeatureCollection<LineString, { id: string }>;
  bundleLabels: FeatureCollection<Point, { id: string; n: number }>;
  cities: FeatureCollection<Point, Record<string, string>>;
};

/** What the geometry depends on: equal keys draw the same features (the first view's records and the full files agree). */
export function geometryKey(index: Pick<AtlasIndex, 'links' | 'missions'>): string {
  const links = index.links.map((l) => `${l.id}:${l.a}:${l.b}:${l.type === 'transport' ? (l.via ?? []).join('+') : ''}:${l.certainty}`);
  const missions = index.missions.map((m) => `${m.id}:${m.seats.map((s) => s.place).join('+')}`);
  return `${links.join(',')}|${missions.join(',')}`;
}

export function buildAtlasGeometry(index: AtlasIndex): AtlasGeometry {
  const links: Feature<LineString, LinkProps>[] = [];
  const marks: Feature<Point, MarkProps>[] = [];
  for (const { link, coordinates, arrow, crossing, uncertainAt } of tieShapes(index)) {
    const props: LinkProps = { id: link.id, type: link.type, directed: arrow !== null };
    links.push({ type: 'Feature', properties: props, geometry: { type: 'LineString', coordinates } });
    if (arrow) {
      marks.push({ type: 'Feature', properties: { ...props, icon: ICON.arrow(link.type), bearing: arrow.bearing }, geometry: { type: 'Point', coordinates: arrow.at } });
    }
    if (crossing) {
      marks.push({ type: 'Feature', properties: { ...props, icon: ICON.crossing(link.type), bearing: 0 }, geometry: { type: 'Point', coordinates: crossing } });
    }
    if (uncertainAt) {
      marks.push({ type: 'Feature', properties: { ...props, icon: ICON.uncertain, bearing: 0 }, geometry: { type: 'Point', coordinates: uncertainAt } });
    }
  }
  const missions: Feature<Point, MissionProps>[] = [];
  for (const m of index.missions) {
    m.seats.forEach((seat, i) => {
      const p = index.placeById.get(seat.place);
      if (!p) return;
      const properties = { id: missionSeatId(m.id, i), mission: m.id, icon: ICON.mission(m.sender, m.kind), sender: m.sender, kind: m.kind };
      const geometry: Point = { type: 'Point', coordinates: [p.lon, p.lat] };
      missions.push({ type: 'Feature', properties, geometry });
      // An uncertain mission's question mark (a layer of its own puts it on the symbol's shoulder),
      // with the seat's id, so it shows and fades with the symbol.
      if (m.certainty === 'uncertain') missions.push({ type: 'Feature', properties: { ...properties, icon: ICON.uncertain }, geometry });
    });
  }
  const bundles = bundleShapes(index);
  const pairSizes = new Map<string, number>();
  for (const link of index.links) {
    const key = bundleKey(index, link);
    if (key) pairSizes.set(key, (pairSizes.get(key) ?? 0) + 1);
  }
  // Cities that host a mission, and (marked `minor`, named only closer in) the other places ties
  // run to or through: border crossings, ports, rail junctions. Not a city that is a unit of its
  // own (Almaty, Beijing …), whose region label names it already.
  const cityIds = new Set(index.missions.flatMap((m) => m.seats.map((s) => s.place)));
  const endpointIds = new Set(index.links.flatMap((l) => [l.a, l.b, ...(l.type === 'transport' ? (l.via ?? []) : [])]).filter((id) => !cityIds.has(id)));
  const cities: Feature<Point, Record<string, string>>[] = [...cityIds, ...endpointIds].flatMap((id) => {
    const p = index.placeById.get(id);
    const unit = p && index.variantsOf.get(p.region)?.[0];
    if (!p || !unit || CITY_KINDS.has(unit.kind)) return [];
    const names = Object.fromEntries(Object.entries(p.name).map(([l, n]) => [`name_${l}`, n]));
    const properties = { id, ...names, ...(cityIds.has(id) ? {} : { minor: '1' }) };
    return [{ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } }];
  });
  return {
    links: { type: 'FeatureCollection', features: links },
    marks: { type: 'FeatureCollection', features: marks },
    missions: { type: 'FeatureCollection', features: missions },
    bundles: {
      type: 'FeatureCollection',
      features: bundles.map((b) => ({ type: 'Feature', properties: { id: b.key }, geometry: { type: 'LineString', coordinates: b.coordinates } })),
    },
    bundleLabels: {
      type: 'FeatureCollection',
      features: bundles.flatMap((b) =>
        Array.from({ length: (pairSizes.get(b.key) ?? 2) - 1 }, (_, i) => ({
          type: 'Feature' as const,
          properties: { id: bundleLabelId(b.key, i + 2), n: i + 2 },
          geometry: { type: 'Point' as const, coordinates: b.label },
        })),
      ),
    },
    cities: { type: 'FeatureCollection', features: cities },
  };
}
