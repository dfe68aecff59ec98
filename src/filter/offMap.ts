/**
 * Why a link, mission or event is not on the map, and what would show it: the search counts
 * its matches by it, and a details panel says it for the selection (with the switch to flip).
 */
import { yearOf } from '../data/dates';
import type { AtlasEvent, EventType, Link, Mission } from '../data/schema';
import { historySpan, type Phase } from '../data/status';
import { LAYER_OF_LINK_TYPE, type LayerId } from '../view/view';
import { isEventInRange, linkPhase, missionPhase, type YearRange } from './activeInRange';

export type Dated =
  | { kind: 'link'; record: Link }
  | { kind: 'mission'; record: Mission }
  | { kind: 'event'; record: AtlasEvent };

/**
 * A layer or event type switched off hides a record in every year; only with its switch on
 * do the years decide (`year`: the nearest year that shows it; null: none does).
 */
export type OffMap = { by: 'layer'; layer: LayerId } | { by: 'type'; type: EventType } | { by: 'years'; year: number | null };

/** How the record shows in the range: its phase, 'operating' for an event that happens then, or null. */
function phaseIn(d: Dated, range: YearRange): Phase | null {
  if (d.kind === 'link') return linkPhase(d.record, range);
  if (d.kind === 'mission') return missionPhase(d.record, range);
  return isEventInRange(d.record, range) ? 'operating' : null;
}

/** First and last year a record could show in (null = still open). */
function yearsOf(d: Dated): { first: number; last: number | null } {
  if (d.kind === 'event') return { first: yearOf(d.record.date), last: yearOf(d.record.endDate ?? d.record.date) };
  const record = d.record;
  if ('values' in record) return { first: Math.min(...record.values.map((v) => v.year)), last: null };
  // From the first step, announced or not: the years in which it could show at all.
  const { end } = historySpan(record.status);
  return { first: yearOf(record.status[0]!.from), last: end ? yearOf(end.from) : null };
}

/**
 * The year closest to the range in which the record shows as more than a plan, if it ever does
 * (a flight announced in December and flown from January is offered with January's year, not as
 * an announcement), else as a plan (one never carried out); null if none. A flight may be
 * suspended in some years of its interval, so the interval alone is not enough. Open-ended
 * records are searched up to the current year.
 */
export function nearestActiveYear(d: Dated, range: YearRange, thisYear = new Date().getFullYear()): number | null {
  const { first, last: end } = yearsOf(d);
  const last = end ?? Math.max(first, thisYear);
  const nearest = (shows: (phase: Phase | null) => boolean): number | null => {
    const isActive = (y: number) => shows(phaseIn(d, { from: y, to: y }));
    let after: number | null = null;
    for (let y = Math.max(first, range.to + 1); y <= last && after === null; y++) if (isActive(y)) after = y;
    let before: number | null = null;
    for (let y = Math.min(last, range.from - 1); y >= first && before === null; y--) if (isActive(y)) before = y;
    if (after === null) return before;
    if (before === null) return after;
    return after - range.to <= range.from - before ? after : before;
  };
  return nearest((phase) => phase !== null && phase !== 'announced') ?? nearest((phase) => phase !== null);
}

/** Why a record the map does not show is off it, under these filters. */
export function whyOffMap(
  d: Dated,
  filters: { range: YearRange; types: readonly EventType[]; layers: readonly LayerId[] },
  thisYear?: number,
): OffMap {
  if (d.kind === 'event') {
    if (!filters.types.includes(d.record.type)) return { by: 'type', type: d.record.type };
  } else {
    const layer = d.kind === 'link' ? LAYER_OF_LINK_TYPE[d.record.type] : 'missions';
    if (!filters.layers.includes(layer)) return { by: 'layer', layer };
  }
  return { by: 'years', year: nearestActiveYear(d, filters.range, thisYear) };
}

/** The range widened just enough to take in `year`. */
export const widenedTo = (range: YearRange, year: number): YearRange => ({ from: Math.min(range.from, year), to: Math.max(range.to, year) });
