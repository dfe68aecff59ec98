import type { Geometry, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** Bounding box of any GeoJSON geometry (no antimeridian handling: our units do not cross it). */
export function bboxOf(geometry: Geometry): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (p: Position) => {
    const [x, y] = p as [number, number];
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  };
  const walk = (g: Geometry): void => {
    switch (g.type) {
      case 'Point':
        return visit(g.coordinates);
      case 'MultiPoint':
      case 'LineString':
        return g.coordinates.forEach(visit);
      case 'MultiLineString':
      case 'Polygon':
        return g.coordinates.forEach((r) => r.forEach(visit));
      case 'MultiPolygon':
        return g.coordinates.forEach((p) => p.forEach((r) => r.forEach(visit)));
      case 'GeometryCollection':
        return g.geometries.forEach(walk);
    }
  };
  walk(geometry);
  return box;
}
