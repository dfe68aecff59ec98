/**
 * Ties between the same pair of units (two regions, or a region and a country) collapse into
 * one arc in the first view: a pair's key, its anchor points, and the arc drawn for it. Pure;
 * the shapes are built once after load.
 */
import type { AtlasIndex, LonLat } from '../data/indexes';
import type { Link } from '../data/schema';
import { bezierArc } from './arcs';

/** The unit a tie's endpoint belongs to: its region, or the country itself. */
const unitOf = (index: Pick<AtlasIndex, 'endpointRegion'>, endpoint: string) => index.endpointRegion(endpoint) ?? endpoint;

/** "CN-XJ|KZ-75": the unordered pair of units a tie joins (null when both ends are in one unit). */
export function bundleKey(index: Pick<AtlasIndex, 'endpointRegion'>, link: Link): string | null {
  const [a, b] = [unitOf(index, link.a), unitOf(index, link.b)].sort();
  return a === b ? null : `${a}|${b}`;
}

export type BundleShape = { key: string; coordinates: LonLat[]; label: LonLat };

/** One arc per pair of units joined by at least two ties, between the units' anchor points. */
export function bundleShapes(index: Pick<AtlasIndex, 'links' | 'endpointRegion' | 'endpointPosition'>): BundleShape[] {
  const counts = new Map<string, number>();
  for (const link of index.links) {
    const key = bundleKey(index, link);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const shapes: BundleShape[] = [];
  for (const [key, n] of counts) {
    if (n < 2) continue;
    const [a, b] = key.split('|').map(index.endpointPosition);
    if (!a || !b) continue;
    const arc = bezierArc(a, b, 0, { bend: 0.12 });
    shapes.push({ key, coordinates: arc.coordinates, label: arc.coordinates[Math.floor(arc.coordinates.length / 2)]! });
  }
  return shapes;
}
