/** [longitude, latitude] in degrees. */
export type LonLat = [number, number];

const MAX_LAT = 85.0511287798;

/** Web Mercator, normalised to [0, 1] (x east, y south), as MapLibre uses internally. */
export function toMercator([lon, lat]: LonLat): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [lon / 360 + 0.5, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

export function fromMercator([x, y]: [number, number]): LonLat {
  const lon = (x - 0.5) * 360;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [lon, lat];
}

/** Where on a curve its arrowhead goes by default: the Bézier parameter t, not a share of its length. */
export const ARROW_AT = 0.72;

export type Arc = {
  /** The curve, from a to b, `segments + 1` vertices, lon/lat degrees. */
  coordinates: LonLat[];
  /** A point on the curve (at t = `arrowAt`) and the bearing of travel there, degrees clockwise from north on screen. */
  arrow: { at: LonLat; bearing: number };
};

/**
 * A quadratic Bézier from a to b drawn in Web Mercator, bent to the LEFT of the direction a → b.
 * Because the side follows the direction, a → b and b → a bow to opposite sides and never overlap;
 * `slot` (0, 1, 2, …) bends further for further links between the same ordered pair.
 * `bend` is the control point's distance from the chord's midpoint as a fraction of the chord length.
 */
export function bezierArc(a: LonLat, b: LonLat, slot = 0, opts: { segments?: number; bend?: number; arrowAt?: number } = {}): Arc {
  const segments = opts.segments ?? 48;
  const bend = (opts.bend ?? 0.18) * (1 + 0.7 * slot);
  const arrowAt = opts.arrowAt ?? ARROW_AT;
  const p0 = toMercator(a);
  const p2 = toMercator(b);
  const dx = p2[0] - p0[0];
  const dy = p2[1] - p0[1];
  // Left of travel in a y-down plane is (dy, -dx).
  const p1: [number, number] = [(p0[0] + p2[0]) / 2 + dy * bend, (p0[1] + p2[1]) / 2 - dx * bend];
  const at = (t: number): [number, number] => {
    const u = 1 - t;
    return [u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]];
  };
  const coordinates: LonLat[] = [];
  for (let i = 0; i <= segments; i++) coordinates.push(fromMercator(at(i / segments)));
  // Exact endpoints: no drift from the projection round trip.
  coordinates[0] = [a[0], a[1]];
  coordinates[segments] = [b[0], b[1]];
  const t = arrowAt;
  const tx = 2 * (1 - t) * (p1[0] - p0[0]) + 2 * t * (p2[0] - p1[0]);
  const ty = 2 * (1 - t) * (p1[1] - p0[1]) + 2 * t * (p2[1] - p1[1]);
  const bearing = ((Math.atan2(tx, -ty) * 180) / Math.PI + 360) % 360;
  return { coordinates, arrow: { at: fromMercator(at(t)), bearing } };
}

/**
 * Slots for links that share endpoints, so parallel ties fan out instead of stacking.
 * Links are grouped by their ordered pair (a → b); the n-th link of a group gets slot n.
 */
export function assignSlots<T extends { id: string; a: string; b: string }>(links: readonly T[]): Map<string, number> {
  const seen = new Map<string, number>();
  const slots = new Map<string, number>();
  for (const l of links) {
    const key = `${l.a}\u0000${l.b}`;
    const n = seen.get(key) ?? 0;
    slots.set(l.id, n);
    seen.set(key, n + 1);
  }
  return slots;
}

/**
 * The point `fraction` (0–1) of the way along a polyline of two or more points, measured on
 * screen (Web Mercator), so a mark sits at the same visual place on a curve and on a straight route.
 */
export function pointAlong(coordinates: readonly LonLat[], fraction: number): LonLat {
  const points = coordinates.map(toMercator);
  const lengths = points.slice(1).map((p, i) => Math.hypot(p[0] - points[i]![0], p[1] - points[i]![1]));
  let left = Math.max(0, Math.min(1, fraction)) * lengths.reduce((sum, l) => sum + l, 0);
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i]!;
    if (left <= l && l > 0) {
      const [p, q] = [points[i]!, points[i + 1]!];
      return fromMercator([p[0] + ((q[0] - p[0]) * left) / l, p[1] + ((q[1] - p[1]) * left) / l]);
    }
    left -= l;
  }
  return coordinates[coordinates.length - 1]!;
}
