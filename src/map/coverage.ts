/**
 * Where the base map ends. The boundary file's countries are cut to a box around Kazakhstan and
 * China (scripts/build-geo.mjs); beyond it the map's background, the water colour, read as open
 * sea: a phone's first view, which shows more latitude than a desktop's, had a band of "Arctic
 * Ocean" above a ruler-straight coast across Siberia. The world outside the box is painted in a
 * neutral tone instead, as one more feature of the countries' source (no layer, no shader program
 * of its own).
 */
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { bboxOf, type BBox } from '../geometry/bbox';
import { BASE } from '../style/palette';

/** The Web Mercator world. */
const WORLD: BBox = [-180, -85.05, 180, 85.05];

/** A box's outline, counter-clockwise (an outer ring in GeoJSON's winding). */
const ring = ([w, s, e, n]: BBox): Position[] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

/** The box around every feature: how far the base map reaches. */
export function coverageBox(features: readonly { geometry: Geometry }[]): BBox {
  return bboxOf({ type: 'GeometryCollection', geometries: features.map((f) => f.geometry) });
}

export type OutsideProps = { outside: true; colour: string; width: number };

/**
 * The world outside `box`, as one polygon with the box as its hole (wound the other way), in
 * `BASE.outside` with no border: the countries' layers read `colour` and `width` from features.
 */
export function outsideCoverage(box: BBox): Feature<Polygon, OutsideProps> {
  return {
    type: 'Feature',
    properties: { outside: true, colour: BASE.outside, width: 0 },
    geometry: { type: 'Polygon', coordinates: [ring(WORLD), ring(box).reverse()] },
  };
}

/** The countries and, after them, the world outside their box. */
export function withOutsideCoverage<P>(countries: FeatureCollection<Geometry, P>): FeatureCollection<Geometry, P | OutsideProps> {
  return { ...countries, features: [...countries.features, outsideCoverage(coverageBox(countries.features))] };
}
