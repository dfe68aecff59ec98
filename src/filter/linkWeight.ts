/**
 * How heavy a link is within a year range: weekly frequency for flights and passenger trains,
 * USD value for trade. Used for line width on the map and for the figures in the legend.
 */
import type { Link } from '../data/schema';
import { perWeekAt } from '../data/status';
import { rangeEndDay, type YearRange } from './activeInRange';

export type LinkWeight =
  | { unit: 'perWeek'; value: number }
  | { unit: 'usd'; value: number; year: number }
  | null;

/** The latest figure in force by the end of the range (null when none is published). */
export function linkWeightInRange(link: Link, range: YearRange): LinkWeight {
  if (link.type === 'trade') {
    // Whole-year, certain figures only: a half-year reads as a drop, a disputed one as a fact.
    let latest: { value: number; year: number } | null = null;
    for (const v of link.values) {
      if (v.period || v.unit !== 'usd' || v.year > range.to || v.certainty === 'uncertain') continue;
      if (!latest || v.year > latest.year) latest = { value: v.value, year: v.year };
    }
    return latest && { unit: 'usd', ...latest };
  }
  if (link.type === 'flight' || (link.type === 'transport' && link.mode === 'passenger-train')) {
    const perWeek = perWeekAt(link.status, rangeEndDay(range));
    return perWeek === null ? null : { unit: 'perWeek', value: perWeek };
  }
  return null;
}

/** Line width in CSS pixels for a weight; the legend draws the same scale. */
export function lineWidthFor(weight: LinkWeight): number {
  if (!weight) return 1.6;
  if (weight.unit === 'perWeek') return Math.min(7, 1.2 + Math.sqrt(weight.value) * 0.9);
  return Math.max(1.2, Math.min(8, 1 + 1.6 * Math.log10(weight.value / 5e7)));
}
