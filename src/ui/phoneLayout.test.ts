import { describe, expect, it } from 'vitest';
import { sheetCover } from './phoneLayout';

describe('sheetCover', () => {
  it('counts only the part of the map below the first fold: the timeline under the sheet is not map', () => {
    // 390×844: the layout runs 53–844 (791 px), the map 53–588; at 40 % the sheet's top is at 527.6.
    expect(sheetCover(588, 844, 791, 0.4)).toBeCloseTo(60.4, 1);
  });

  it('is the whole 40 % when the map reaches the bottom of the layout', () => {
    expect(sheetCover(844, 844, 791, 0.4)).toBeCloseTo(316.4, 1);
  });

  it('is nothing when the map ends above the fold', () => {
    expect(sheetCover(400, 844, 791, 0.4)).toBe(0);
  });
});
