/**
 * What is visible now: given the data and the filters, the ids to draw and the counts the
 * panels show. The map and the panels both call this; neither works visibility out itself.
 */
import {
  EVENT_TYPES,
  LINK_TYPES,
  type AtlasEvent,
  type EventType,
  type Link,
  type LinkType,
  type Mission,
} from '../data/schema';
import type { LayerId } from '../state/urlCodec';
import { isEventInRange, isLinkActiveInRange, isMissionActiveInRange, type YearRange } from './activeInRange';
import { yearOf, type YearSpan } from './dates';

export type AtlasData = {
  links: readonly Link[];
  missions: readonly Mission[];
  events: readonly AtlasEvent[];
};

export type VisibleFilters = {
  /** Inclusive whole years. */
  range: YearRange;
  types: ReadonlySet<EventType> | readonly EventType[];
  layers: readonly LayerId[];
};

export type VisibleCounts = {
  links: number;
  /**
   * In-range links per type, whatever the layer toggles: a facet count, so a layer switch
   * can say how many lines turning it on would show.
   */
  linksByType: Record<LinkType, number>;
  missions: number;
  events: number;
  /** In-range events per type, whatever the type filter (a facet count, as above). */
  eventsByType: Record<EventType, number>;
};

export type Visible = {
  linkIds: Set<string>;
  missionIds: Set<string>;
  eventIds: Set<string>;
  counts: VisibleCounts;
};

/** The layer that draws each link type. */
export const LAYER_OF_LINK_TYPE: Record<LinkType, LayerId> = {
  partnership: 'partnerships',
  flight: 'flights',
  trade: 'trade',
};

const zeroCounts = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const asSet = <T>(items: ReadonlySet<T> | readonly T[]): ReadonlySet<T> =>
  items instanceof Set ? items : new Set(items as readonly T[]);

/** Ids of the links, missions and events visible under the filters (range in inclusive years), with counts. */
export function selectVisible(data: AtlasData, filters: VisibleFilters): Visible {
  const { range } = filters;
  const types = asSet(filters.types);
  const layers = new Set(filters.layers);

  const linkIds = new Set<string>();
  const linksByType = zeroCounts(LINK_TYPES);
  for (const link of data.links) {
    if (!isLinkActiveInRange(link, range)) continue;
    linksByType[link.type] += 1;
    if (layers.has(LAYER_OF_LINK_TYPE[link.type])) linkIds.add(link.id);
  }

  const missionIds = new Set<string>();
  if (layers.has('missions')) {
    for (const mission of data.missions) {
      if (isMissionActiveInRange(mission, range)) missionIds.add(mission.id);
    }
  }

  const eventIds = new Set<string>();
  const eventsByType = zeroCounts(EVENT_TYPES);
  for (const event of data.events) {
    if (!isEventInRange(event, range)) continue;
    eventsByType[event.type] += 1;
    if (types.has(event.type)) eventIds.add(event.id);
  }

  return {
    linkIds,
    missionIds,
    eventIds,
    counts: {
      links: linkIds.size,
      linksByType,
      missions: missionIds.size,
      events: eventIds.size,
      eventsByType,
    },
  };
}

/**
 * Number of events of the given types per year (by start date), over all years: the
 * timeline histogram shows the whole span, not just the selected range. Years without
 * events are absent from the map.
 */
export function eventsPerYear(
  events: readonly AtlasEvent[],
  types: ReadonlySet<EventType> | readonly EventType[],
): Map<number, number> {
  const wanted = asSet(types);
  const perYear = new Map<number, number>();
  for (const event of events) {
    if (!wanted.has(event.type)) continue;
    const year = yearOf(event.date);
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  return perYear;
}

/**
 * Earliest and latest year of any date in the data (link intervals, suspensions and
 * frequency steps, trade figures, mission and district dates, events), or null when the
 * data holds no dates at all. Open-ended intervals do not stretch the span to today: the
 * span is what the data documents.
 */
export function dataYearSpan(data: AtlasData): YearSpan | null {
  let minYear = Infinity;
  let maxYear = -Infinity;
  const see = (year: number) => {
    if (year < minYear) minYear = year;
    if (year > maxYear) maxYear = year;
  };
  const seeDate = (date: string | null | undefined) => {
    if (date != null) see(yearOf(date));
  };
  for (const link of data.links) {
    seeDate(link.from);
    seeDate(link.to);
    if (link.type === 'flight') {
      for (const s of link.suspended ?? []) {
        seeDate(s.from);
        seeDate(s.to);
      }
      for (const step of link.frequency) seeDate(step.from);
    } else if (link.type === 'trade') {
      for (const value of link.values) see(value.year);
    }
  }
  for (const mission of data.missions) {
    seeDate(mission.opened);
    seeDate(mission.closed);
    for (const a of mission.district ?? []) {
      seeDate(a.from);
      seeDate(a.to);
    }
  }
  for (const event of data.events) {
    seeDate(event.date);
    seeDate(event.endDate);
  }
  return minYear === Infinity ? null : { minYear, maxYear };
}

/**
 * A memoized `selectVisible` for one consumer chain (map and panels share one). It
 * recomputes only when an input changes: the data arrays, `types` and `layers` by
 * reference (the store keeps them stable), the range by its two numbers (callers often
 * build a fresh range object per render).
 */
export function createVisibleSelector(): (data: AtlasData, filters: VisibleFilters) => Visible {
  let last: { data: AtlasData; filters: VisibleFilters; result: Visible } | null = null;
  return (data, filters) => {
    if (
      last !== null &&
      last.data.links === data.links &&
      last.data.missions === data.missions &&
      last.data.events === data.events &&
      last.filters.types === filters.types &&
      last.filters.layers === filters.layers &&
      last.filters.range.from === filters.range.from &&
      last.filters.range.to === filters.range.to
    ) {
      return last.result;
    }
    const result = selectVisible(data, filters);
    last = { data, filters, result };
    return result;
  };
}
