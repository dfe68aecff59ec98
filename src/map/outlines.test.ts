import { describe, expect, it } from 'vitest';
import { miniBoundaries } from '../testing/fixtures';
import { outlineChanges, outlinesOn } from './outlines';

// Almaty Region (KZ-19) was redrawn and Zhetisu (KZ-33) created on 2022-06-08.
const variants = miniBoundaries().regions.features.map((f) => f.properties);

describe('outlinesOn', () => {
  it('names the variant of each region valid on the day, and leaves out regions that do not exist', () => {
    const before = outlinesOn(variants, '2022-06-07');
    expect(before.get('KZ-19')).toBe('KZ-19@pre2022');
    expect(before.has('KZ-33')).toBe(false);
    expect(before.get('CN-GD')).toBe('CN-GD');
    const after = outlinesOn(variants, '2022-06-08');
    expect(after.get('KZ-19')).toBe('KZ-19');
    expect(after.get('KZ-33')).toBe('KZ-33');
    expect(after.size).toBe(before.size + 1);
  });

  it('reads a year as its last day', () => {
    expect(outlinesOn(variants, '2022').get('KZ-19')).toBe('KZ-19');
    expect(outlinesOn(variants, '2021').get('KZ-19')).toBe('KZ-19@pre2022');
  });
});

describe('outlineChanges', () => {
  it('switches only the regions whose variant changed across the reform', () => {
    const changes = outlineChanges(outlinesOn(variants, '2021-12-31'), outlinesOn(variants, '2023-12-31'));
    expect(changes).toEqual(
      expect.arrayContaining([
        { id: 'KZ-19', state: { outline: 'KZ-19' } },
        { id: 'KZ-33', state: { outline: 'KZ-33' } },
      ]),
    );
    expect(changes).toHaveLength(2);
  });

  it('hides a region that no longer exists on the new day', () => {
    expect(outlineChanges(outlinesOn(variants, '2023'), outlinesOn(variants, '2021'))).toEqual(
      expect.arrayContaining([
        { id: 'KZ-33', state: { outline: null } },
        { id: 'KZ-19', state: { outline: 'KZ-19@pre2022' } },
      ]),
    );
  });

  it('changes nothing within one epoch, and draws every region from nothing', () => {
    expect(outlineChanges(outlinesOn(variants, '2023'), outlinesOn(variants, '2025'))).toEqual([]);
    expect(outlineChanges(new Map(), outlinesOn(variants, '2025'))).toHaveLength(8);
  });
});
