/**
 * Data for the charts: a tie's figures grouped by who reported them, and a route's weekly
 * frequency over time, as chart series limited to the years shown. Pure.
 */
import { partialDateStart } from '../../data/dates';
import type { Figure, PartialDate, Period, StatusStep } from '../../data/schema';
import type { YearRange } from '../../data/dates';
import { isRunning } from '../../data/status';

/** A point's position in fractional years: a part-year figure sits within its year. */
const PERIOD_X: Record<Period, number> = {
  Q1: 0.125,
  'Jan-Apr': 0.17,
  'Jan-May': 0.21,
  H1: 0.25,
  'Jan-Jul': 0.29,
  'Jan-Aug': 0.33,
  '9M': 0.375,
  'Jan-Oct': 0.42,
  'Jan-Nov': 0.46,
};

export type FigureGroup = { reporter: string; figures: Figure[] };

/** Figures in the range, grouped by reporter (each group in year order). */
export function figuresByReporter(figures: readonly Figure[], range: YearRange): FigureGroup[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.year < range.from || f.year > range.to) continue;
    const list = groups.get(f.reporter) ?? [];
    list.push(f);
    groups.set(f.reporter, list);
  }
  return [...groups].map(([reporter, list]) => ({ reporter, figures: list.sort((a, b) => a.year - b.year) }));
}

/** Where a figure goes on the x axis (whole years at their start, part-years inside them). */
export const figureX = (f: Figure): number => f.year + (f.period ? PERIOD_X[f.period] : 0);

/** Where a date's start goes on the x axis, in fractional years: 2025-07-01 → about 2025.5. */
export const dateX = (date: PartialDate): number => {
  const d = new Date(partialDateStart(date));
  // Day 1 at the month's start: 31 December must stay inside its year.
  return d.getUTCFullYear() + (d.getUTCMonth() + (d.getUTCDate() - 1) / 31) / 12;
};

export type FrequencyPoint = { x: number; perWeek: number; step: StatusStep };

/**
 * Flights (or trains) a week at each step that sets or stops them, in the range: operating
 * steps with a frequency, and 0 where service was suspended or ended; the one in force when the
 * range begins starts the series. Announced frequencies are plans, not service, and are left out.
 */
export function frequencyPoints(status: readonly StatusStep[], range: YearRange): FrequencyPoint[] {
  const out: FrequencyPoint[] = [];
  // The figure in force when the range begins, drawn from its start (its label keeps its own date).
  let before: FrequencyPoint | null = null;
  for (const step of status) {
    const x = dateX(step.from);
    if (x >= range.to + 1) continue;
    const operating = isRunning(step);
    let point: FrequencyPoint | null = null;
    if (operating && step.perWeek !== undefined) point = { x, perWeek: step.perWeek, step };
    else if (step.status === 'suspended' || step.status === 'ended') point = { x, perWeek: 0, step };
    if (!point) continue;
    if (x < range.from) before = point;
    else out.push(point);
  }
  if (before && !(out[0] && out[0].x === range.from)) out.unshift({ ...before, x: range.from });
  return out;
}
