import { describe, expect, it } from 'vitest';
import { assignSlots, bezierArc, fromMercator, pointAlong, toMercator, type LonLat } from './arcs';

const almaty: LonLat = [76.95, 43.24];
const guangzhou: LonLat = [113.26, 23.13];

/** Signed side of p relative to the directed chord a → b in Mercator (y down): > 0 is left of travel. */
function side(a: LonLat, b: LonLat, p: LonLat): number {
  const [ax, ay] = toMercator(a);
  const [bx, by] = toMercator(b);
  const [px, py] = toMercator(p);
  return -((bx - ax) * (py - ay) - (by - ay) * (px - ax));
}

describe('toMercator / fromMercator', () => {
  it('round-trips coordinates within a micro-degree', () => {
    const [lon, lat] = fromMercator(toMercator([87.6, 43.8]));
    expect(lon).toBeCloseTo(87.6, 6);
    expect(lat).toBeCloseTo(43.8, 6);
  });
});

describe('bezierArc', () => {
  it('starts and ends exactly at the endpoints', () => {
    const arc = bezierArc(almaty, guangzhou);
    expect(arc.coordinates[0]).toEqual(almaty);
    expect(arc.coordinates.at(-1)).toEqual(guangzhou);
    expect(arc.coordinates).toHaveLength(49);
  });

  it('bows to the left of the direction of travel', () => {
    const mid = bezierArc(almaty, guangzhou).coordinates[24]!;
    expect(side(almaty, guangzhou, mid)).toBeGreaterThan(0);
  });

  it('puts a → b and b → a on opposite sides of the chord', () => {
    const ab = bezierArc(almaty, guangzhou).coordinates[24]!;
    const ba = bezierArc(guangzhou, almaty).coordinates[24]!;
    expect(Math.sign(side(almaty, guangzhou, ab))).toBe(-Math.sign(side(almaty, guangzhou, ba)));
  });

  it('bends further for a higher slot, so parallel links separate', () => {
    const d = (p: LonLat) => Math.abs(side(almaty, guangzhou, p));
    const s0 = bezierArc(almaty, guangzhou, 0).coordinates[24]!;
    const s1 = bezierArc(almaty, guangzhou, 1).coordinates[24]!;
    expect(d(s1)).toBeGreaterThan(d(s0) * 1.5);
  });

  it('gives an arrow bearing that points roughly from a towards b', () => {
    // Almaty → Guangzhou runs east-south-east.
    const { bearing } = bezierArc(almaty, guangzhou).arrow;
    expect(bearing).toBeGreaterThan(90);
    expect(bearing).toBeLessThan(180);
  });
});

describe('assignSlots', () => {
  it('numbers links per ordered pair', () => {
    const slots = assignSlots([
      { id: 'x', a: 'almaty', b: 'urumqi' },
      { id: 'y', a: 'almaty', b: 'urumqi' },
      { id: 'z', a: 'urumqi', b: 'almaty' },
    ]);
    expect([slots.get('x'), slots.get('y'), slots.get('z')]).toEqual([0, 1, 0]);
  });
});

describe('pointAlong', () => {
  const close = (p: LonLat, q: LonLat) => {
    expect(p[0]).toBeCloseTo(q[0], 6);
    expect(p[1]).toBeCloseTo(q[1], 6);
  };

  it('measures along the whole line on screen, across its vertices', () => {
    // Two equal legs on the equator (Mercator is linear in longitude there): a quarter of the way is half the first leg.
    const line: LonLat[] = [[0, 0], [10, 0], [20, 0]];
    close(pointAlong(line, 0.25), [5, 0]);
    close(pointAlong(line, 0.75), [15, 0]);
    close(pointAlong(line, 0), [0, 0]);
    close(pointAlong(line, 1), [20, 0]);
  });

  it('keeps to the ends for fractions outside 0–1 and for a line of one repeated point', () => {
    const line: LonLat[] = [almaty, guangzhou];
    close(pointAlong(line, -1), almaty);
    close(pointAlong(line, 2), guangzhou);
    close(pointAlong([almaty, almaty], 0.5), almaty);
  });
});
