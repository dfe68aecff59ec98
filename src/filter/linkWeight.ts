/**
 * How heavy a link is within a year range: weekly frequency for flights, USD value for trade.
 * Used for line width on the map and for the figures in the legend and panels.
 */
import type { Link } from '../data/schema';
import type { YearRange } from './activeInRange';
import { yearOf } from './dates';

export type LinkWeight =
  | { unit: 'perWeek'; value: number }
  | { unit: 'usd'; value: number; year: number }
  | null;

/** The latest figure whose date falls in or before the end of the range (null when none is published). */
export function linkWeightInRange(link: Link, range: YearRange): LinkWeight {
  if (link.type === 'flight') {
    let best: number | null = null;
    for (const step of link.frequency) if (yearOf(step.from) <= range.to) best = step.perWeek;
    return best === null ? null : { unit: 'perWeek', value: best };
  }
  if (link.type === 'trade') {
    // Whole-year figures only: a half-year or a quarter would read as a drop.
    const years = link.values.filter((v) => !v.period && v.year <= range.to && v.certainty !== 'uncertain');
    const latest = years.reduce<(typeof years)[number] | null>((a, v) => (!a || v.year > a.year ? v : a), null);
    return latest ? { unit: 'usd', value: latest.usd, year: latest.year } : null;
  }
  return null;
}

/** Line width in CSS pixels for a weight; the legend draws the same scale. */
export function lineWidthFor(weight: LinkWeight): number {
  if (!weight) return 1.6;
  if (weight.unit === 'perWeek') return Math.min(7, 1.2 + Math.sqrt(weight.value) * 0.9);
  return Math.max(1.2, Math.min(8, 1 + 1.6 * Math.log10(weight.value / 5e7)));
}
