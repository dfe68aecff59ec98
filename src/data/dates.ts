/**
 * Partial dates ("2025", "2025-06", "2025-06-17") as time spans. A partial date stands
 * for every day it covers, so it has a first and a last day; comparisons against a
 * single moment must say which end they mean.
 */
import type { PartialDate } from '../data/schema';

/** Inclusive span of whole years covered by the data. */
export type YearSpan = { minYear: number; maxYear: number };

/** Inclusive range of whole years (what the timeline and the URL's `from`/`to` speak). */
export type YearRange = { from: number; to: number };

/** Milliseconds in a day (UTC days have no DST). */
export const DAY_MS = 86_400_000;
const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

type Parts = { y: number; m: number | null; d: number | null };

// Dates reach us validated by the zod schema; a malformed one here is a broken
// invariant (a bug), so we throw instead of quietly returning NaN.
const parts = (date: PartialDate): Parts => {
  const match = SHAPE.exec(date);
  if (!match) throw new Error(`not a partial date: ${JSON.stringify(date)}`);
  return {
    y: Number(match[1]),
    m: match[2] === undefined ? null : Number(match[2]),
    d: match[3] === undefined ? null : Number(match[3]),
  };
};

/** Epoch ms (UTC midnight) of the first day covered: "2025" → 2025-01-01, "2025-06" → 2025-06-01. */
export function partialDateStart(date: PartialDate): number {
  const { y, m, d } = parts(date);
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1);
}

/**
 * Epoch ms (UTC midnight) of the last day covered: "2025" → 2025-12-31, "2025-02" → 2025-02-28.
 * Midnight, not the last millisecond, so that a day-precision date starts and ends at the
 * same instant and day-level comparisons stay exact.
 */
export function partialDateEnd(date: PartialDate): number {
  const { y, m, d } = parts(date);
  if (d !== null) return Date.UTC(y, (m ?? 1) - 1, d);
  if (m !== null) return Date.UTC(y, m, 1) - DAY_MS; // day 0 of the next month
  return Date.UTC(y, 11, 31);
}

/** The last day a partial date covers, as YYYY-MM-DD: "2021" → "2021-12-31", "2025-02" → "2025-02-28". */
export const lastDayOf = (date: PartialDate): string => new Date(partialDateEnd(date)).toISOString().slice(0, 10);

/** The calendar year of a partial date. */
export function yearOf(date: PartialDate): number {
  return parts(date).y;
}

/**
 * Chronological order by first day; on the same first day the coarser date comes first
 * ("2025" < "2025-01" < "2025-01-01"). The fixed-width format makes this plain string order.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
