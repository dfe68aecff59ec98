import type { Feature, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASE } from '../style/palette';
import { coverageBox, outsideCoverage, withOutsideCoverage } from './coverage';

const square = (w: number, s: number, e: number, n: number): Feature<Polygon, { iso_a2: string }> => ({
  type: 'Feature',
  properties: { iso_a2: 'XX' },
  geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
});

/** Twice the signed area (shoelace): positive counter-clockwise. */
const signedArea = (ring: Position[]) => ring.slice(1).reduce((sum, [x, y], i) => sum + (ring[i]![0]! * y! - x! * ring[i]![1]!), 0);

describe('coverage', () => {
  it('coverageBox spans every feature', () => {
    expect(coverageBox([square(30, 10, 60, 40), square(100, -5, 160, 66)])).toEqual([30, -5, 160, 66]);
  });

  it('outsideCoverage is the world with the box as a hole wound the other way, painted neutral with no border', () => {
    const f = outsideCoverage([30, -5, 160, 66]);
    const [outer, hole] = f.geometry.coordinates as [Position[], Position[]];
    expect(f.geometry.coordinates).toHaveLength(2);
    expect(Math.min(...outer.map((p) => p[0]!))).toBe(-180);
    expect(Math.max(...outer.map((p) => p[1]!))).toBeCloseTo(85.05);
    expect(new Set(hole.map((p) => p.join(',')))).toEqual(new Set(['30,-5', '160,-5', '160,66', '30,66']));
    expect(Math.sign(signedArea(outer))).toBe(1);
    expect(Math.sign(signedArea(hole))).toBe(-1);
    expect(f.properties).toEqual({ outside: true, colour: BASE.outside, width: 0 });
    expect(BASE.outside).not.toBe(BASE.water);
    expect(BASE.outside).not.toBe(BASE.context);
  });

  it('withOutsideCoverage keeps the countries and adds the outside, holed at their extent', () => {
    const countries = { type: 'FeatureCollection' as const, features: [square(40, 0, 50, 10), square(45, 5, 70, 20)] };
    const out = withOutsideCoverage(countries);
    expect(out.features.slice(0, 2)).toEqual(countries.features);
    expect(out.features).toHaveLength(3);
    const hole = (out.features[2]!.geometry as Polygon).coordinates[1]!;
    expect(coverageBox([{ geometry: { type: 'LineString', coordinates: hole } }])).toEqual([40, 0, 70, 20]);
  });
});
