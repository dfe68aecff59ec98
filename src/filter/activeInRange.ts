/**
 * Whether a record shows in a year range, and how. Ranges are whole years, inclusive on both
 * ends, because that is what the timeline and the URL (`from`, `to`) speak.
 */
import { yearOf, type YearRange } from '../data/dates';
import type { AtlasEvent, Link, Mission, StatusStep } from '../data/schema';
import { phaseAt, phaseInRange, type Phase } from '../data/status';

export type { YearRange };

/** A range's last day, the day the map shows statuses and districts as of. */
export const rangeEndDay = (range: YearRange): string => `${range.to}-12-31`;

/**
 * How a status history shows in a range: null when it did not exist then; otherwise its phase
 * as of the range's last day. A route that flew within the years shown but had ended by their
 * end shows as `ended`; one only announced by then, as `announced` (never as operating).
 */
export function historyPhase(history: readonly StatusStep[], range: YearRange): Phase | null {
  if (phaseInRange(history, range) === null) return null;
  return phaseAt(history, rangeEndDay(range));
}

/**
 * How a link shows in a range. A trade series has no status history: it shows from the year
 * of its first figure on, as operating.
 */
export function linkPhase(link: Link, range: YearRange): Phase | null {
  if (link.type !== 'trade') return historyPhase(link.status, range);
  const first = link.values.reduce((min, v) => Math.min(min, v.year), Infinity);
  return first <= range.to ? 'operating' : null;
}

/** How a mission shows in a range (null when it was neither open nor announced then). */
export const missionPhase = (mission: Mission, range: YearRange): Phase | null => historyPhase(mission.status, range);

/**
 * True when the event happens in the inclusive year range. An event with an `endDate`
 * (a multi-day forum across New Year) counts in every year it touches.
 */
export function isEventInRange(event: AtlasEvent, range: YearRange): boolean {
  return yearOf(event.date) <= range.to && yearOf(event.endDate ?? event.date) >= range.from;
}
