import { describe, expect, it } from 'vitest';
import type { Figure } from '../../data/schema';
import { step } from '../../testing/fixtures';
import { figureX, figuresByReporter, frequencyPoints } from './figureSeries';

const fig = (year: number, reporter: string, patch: Partial<Figure> = {}): Figure => ({ year, value: 1, unit: 'usd', reporter, source: 0, ...patch });

describe('figuresByReporter', () => {
  it('keeps the figures of the years shown, grouped by reporter, each group in year order', () => {
    const groups = figuresByReporter([fig(2024, 'KZ'), fig(2019, 'KZ'), fig(2022, 'CN'), fig(2010, 'CN'), fig(2021, 'KZ')], { from: 2020, to: 2024 });
    expect(groups.map((g) => [g.reporter, g.figures.map((f) => f.year)])).toEqual([
      ['KZ', [2021, 2024]],
      ['CN', [2022]],
    ]);
  });
});

describe('figureX', () => {
  it('puts a whole year at its start and a part-year inside it', () => {
    expect(figureX(fig(2023, 'KZ'))).toBe(2023);
    const half = figureX(fig(2023, 'KZ', { period: 'H1' }));
    expect(half).toBeGreaterThan(2023);
    expect(half).toBeLessThan(2024);
    expect(figureX(fig(2023, 'KZ', { period: 'Q1' }))).toBeLessThan(half);
  });
});

describe('frequencyPoints', () => {
  const history = [
    step('2019-03', { status: 'announced', perWeek: 7 }),
    step('2019-06', { perWeek: 3 }),
    step('2020-02', { status: 'suspended' }),
    step('2023-02', { status: 'resumed', perWeek: 2 }),
    step('2024-01'), // operating, frequency not published
    step('2026', { status: 'ended' }),
  ];

  it('plots service frequencies and 0 where service stopped, never announced plans', () => {
    const points = frequencyPoints(history, { from: 2010, to: 2030 });
    expect(points.map((p) => [p.step.from, p.perWeek])).toEqual([
      ['2019-06', 3],
      ['2020-02', 0],
      ['2023-02', 2],
      ['2026', 0],
    ]);
    expect(points[0]!.x).toBeCloseTo(2019 + 5 / 12, 1);
  });

  it('keeps the steps inside the years shown, starting from the frequency in force when they begin', () => {
    const points = frequencyPoints(history, { from: 2020, to: 2023 });
    // 3 a week since June 2019 holds at the start of 2020, then the suspension and the resumption.
    expect(points.map((p) => [p.step.from, p.perWeek, p.x === 2020])).toEqual([
      ['2019-06', 3, true],
      ['2020-02', 0, false],
      ['2023-02', 2, false],
    ]);
  });

  it('shows a frequency set long before the years shown, with no change inside them', () => {
    const steady = [step('2015-05', { perWeek: 7 })];
    expect(frequencyPoints(steady, { from: 2020, to: 2024 }).map((p) => [p.x, p.perWeek, p.step.from])).toEqual([[2020, 7, '2015-05']]);
  });
});
