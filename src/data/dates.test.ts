import { describe, expect, it } from 'vitest';
import { compareDates, partialDateEnd, partialDateStart, yearOf } from './dates';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('partialDateStart', () => {
  it('gives the first day covered at each precision', () => {
    expect(partialDateStart('2025')).toBe(utc(2025, 1, 1));
    expect(partialDateStart('2025-06')).toBe(utc(2025, 6, 1));
    expect(partialDateStart('2025-06-17')).toBe(utc(2025, 6, 17));
  });
});

describe('partialDateEnd', () => {
  it('gives the last day covered at each precision', () => {
    expect(partialDateEnd('2025')).toBe(utc(2025, 12, 31));
    expect(partialDateEnd('2025-06')).toBe(utc(2025, 6, 30));
    expect(partialDateEnd('2025-06-17')).toBe(utc(2025, 6, 17));
  });

  it('knows month lengths and leap years', () => {
    expect(partialDateEnd('2024-02')).toBe(utc(2024, 2, 29));
    expect(partialDateEnd('2025-02')).toBe(utc(2025, 2, 28));
    expect(partialDateEnd('2025-12')).toBe(utc(2025, 12, 31));
  });

  it('is the start of the same day for a day-precision date', () => {
    expect(partialDateEnd('2026-01-16')).toBe(partialDateStart('2026-01-16'));
  });
});

describe('yearOf', () => {
  it('reads the year at every precision', () => {
    expect(['1992', '1992-01', '1992-12-31'].map(yearOf)).toEqual([1992, 1992, 1992]);
  });
});

describe('compareDates', () => {
  it('sorts chronologically, coarser first on the same first day', () => {
    const dates = ['2025-06-17', '2024', '2025', '2025-01-01', '2025-01', '2025-06'];
    expect([...dates].sort(compareDates)).toEqual(['2024', '2025', '2025-01', '2025-01-01', '2025-06', '2025-06-17']);
  });

  it('is zero only for equal dates', () => {
    expect(compareDates('2025-06', '2025-06')).toBe(0);
    expect(compareDates('2025-06', '2025-07')).toBeLessThan(0);
    expect(compareDates('2026', '2025-12-31')).toBeGreaterThan(0);
  });
});

describe('malformed dates', () => {
  it('throws, because dates are validated before they get here', () => {
    expect(() => partialDateStart('June 2025')).toThrow(/not a partial date/);
    expect(() => yearOf('')).toThrow();
  });
});
