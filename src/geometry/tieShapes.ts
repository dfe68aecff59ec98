/**
 * The shape of every tie, once for the map and the GeoJSON export: partnerships, flights and
 * trade as curved arcs (parallel ties fan out, a → b and b → a bow apart); transport straight
 * through its places; an arrowhead where direction matters; a dot at each border crossing; a
 * place for the mark of an uncertain fact.
 * Pure; built once after load.
 */
import type { AtlasIndex, LonLat } from '../data/indexes';
import type { Link } from '../data/schema';
import { assignSlots, bezierArc, pointAlong } from './arcs';

export type TieShape = {
  link: Link;
  coordinates: LonLat[];
  /** Where to draw the arrowhead and which way it points (directed ties only). */
  arrow: { at: LonLat; bearing: number } | null;
  /** Where a border crossing is marked (road and rail crossings only). */
  crossing: LonLat | null;
  /** Where the mark of an uncertain fact goes (uncertain ties only): clear of the arrowhead and the crossing dot. */
  uncertainAt: LonLat | null;
};

/** How far along the tie its "uncertain" mark sits: before the arrowhead (ARROW_AT) and a crossing dot (mid-way). */
const UNCERTAIN_AT = 0.3;

const CROSSINGS = new Set(['road-crossing', 'rail-crossing']);

/** Whether the tie has a direction worth drawing: trade (reporter → partner), directed partnerships. */
export const isDirected = (link: Link): boolean => link.type === 'trade' || (link.type === 'partnership' && link.directed === true);

const uncertainAt = (link: Link, coordinates: LonLat[]): LonLat | null =>
  link.certainty === 'uncertain' ? pointAlong(coordinates, UNCERTAIN_AT) : null;

/** Every tie whose endpoints can be placed; ties joining a point to itself are left out. */
export function tieShapes(index: Pick<AtlasIndex, 'links' | 'endpointPosition'>): TieShape[] {
  const slots = assignSlots(index.links.filter((l) => l.type !== 'transport'));
  const shapes: TieShape[] = [];
  for (const link of index.links) {
    const ends = [link.a, ...(link.type === 'transport' ? (link.via ?? []) : []), link.b].map(index.endpointPosition);
    if (ends.some((p) => p === null)) continue;
    const points = ends as LonLat[];
    const [a, b] = [points[0]!, points[points.length - 1]!];
    if (points.length === 2 && a[0] === b[0] && a[1] === b[1]) continue;
    if (link.type === 'transport') {
      // Real routes: straight through their places, not a decorative curve.
      const crossing: LonLat | null = CROSSINGS.has(link.mode) ? [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] : null;
      shapes.push({ link, coordinates: points, arrow: null, crossing, uncertainAt: uncertainAt(link, points) });
      continue;
    }
    const arc = bezierArc(a, b, slots.get(link.id) ?? 0);
    shapes.push({
      link,
      coordinates: arc.coordinates,
      arrow: isDirected(link) ? arc.arrow : null,
      crossing: null,
      uncertainAt: uncertainAt(link, arc.coordinates),
    });
  }
  return shapes;
}
