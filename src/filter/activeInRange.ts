/**
 * Whether a record is active in a year range. Ranges are whole years, inclusive on both
 * ends, because that is what the timeline and the URL (`from`, `to`) speak.
 */
import type { AtlasEvent, Link, Mission, PartialDate } from '../data/schema';
import { DAY_MS, partialDateEnd, partialDateStart, yearOf } from './dates';

/** Inclusive range of whole years. */
export type YearRange = { from: number; to: number };

/** True when [from, to] overlaps the inclusive year range; a null/undefined `to` means still active. */
export function isIntervalActiveInRange(
  from: PartialDate,
  to: PartialDate | null | undefined,
  range: YearRange,
): boolean {
  return yearOf(from) <= range.to && (to == null || yearOf(to) >= range.from);
}

/**
 * True when the link is active for at least one day of the inclusive year range.
 * Flights also subtract their `suspended` periods: a route suspended for the whole
 * range is not active in it, one suspended for part of it is.
 */
export function isLinkActiveInRange(link: Link, range: YearRange): boolean {
  if (!isIntervalActiveInRange(link.from, link.to, range)) return false;
  if (link.type !== 'flight' || !link.suspended?.length) return true;
  // Work in days: clip the service interval to the range, then look for a day that
  // no suspension covers.
  const lo = Math.max(partialDateStart(link.from), Date.UTC(range.from, 0, 1));
  const hi = Math.min(link.to == null ? Infinity : partialDateEnd(link.to), Date.UTC(range.to, 11, 31));
  const gaps = link.suspended
    .map((s) => ({ start: partialDateStart(s.from), end: s.to == null ? Infinity : partialDateEnd(s.to) }))
    .sort((a, b) => a.start - b.start);
  let firstUncovered = lo;
  for (const gap of gaps) {
    if (gap.start > firstUncovered) break; // a day before this suspension is in service
    firstUncovered = Math.max(firstUncovered, gap.end + DAY_MS);
    if (firstUncovered > hi) return false;
  }
  return firstUncovered <= hi;
}

/**
 * True when the event happens in the inclusive year range. An event with an `endDate`
 * (a multi-day forum across New Year) counts in every year it touches.
 */
export function isEventInRange(event: AtlasEvent, range: YearRange): boolean {
  return isIntervalActiveInRange(event.date, event.endDate ?? event.date, range);
}

/** True when the mission is open for at least part of the inclusive year range. */
export function isMissionActiveInRange(mission: Mission, range: YearRange): boolean {
  return isIntervalActiveInRange(mission.opened, mission.closed, range);
}
