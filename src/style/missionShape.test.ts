import { describe, expect, it } from 'vitest';
import { MISSION_KINDS } from '../data/schema';
import { missionShapePath } from './missionShape';

describe('missionShapePath', () => {
  it('draws the map geometry: a ten-point star, a circle, a diamond and a square', () => {
    const star = missionShapePath('embassy', 20);
    expect(star.match(/[ML]/g)).toHaveLength(10);
    expect(star.startsWith('M10 2L')).toBe(true); // the top point, radius size/2 - 2
    expect(missionShapePath('consulate-general', 20)).toBe('M3.6 10a6.4 6.4 0 1 0 12.8 0a6.4 6.4 0 1 0 -12.8 0Z');
    expect(missionShapePath('consulate', 20)).toBe('M10 2L18 10L10 18L2 10Z');
    expect(missionShapePath('visa-office', 20)).toBe('M4.4 4.4h11.2v11.2h-11.2Z');
  });

  it('gives every kind its own closed shape', () => {
    const paths = MISSION_KINDS.map((k) => missionShapePath(k, 20));
    expect(new Set(paths).size).toBe(MISSION_KINDS.length);
    for (const p of paths) expect(p.endsWith('Z')).toBe(true);
  });
});
