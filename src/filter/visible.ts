/**
 * What is visible now: given the data and the filters, the ids to draw and the counts the
 * panels show. The map and the panels both call this; neither works visibility out itself.
 */
import { yearOf } from '../data/dates';
import {
  EVENT_TYPES,
  LINK_TYPES,
  type AtlasEvent,
  type EventType,
  type Link,
  type LinkType,
  type Mission,
} from '../data/schema';
import type { Phase } from '../data/status';
import { LAYER_OF_LINK_TYPE, type LayerId } from '../view/view';
import { isEventInRange, linkPhase, missionPhase, type YearRange } from './activeInRange';

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
  /** How each visible link and mission shows: operating, suspended, announced or ended (as of the range's end). */
  phases: Map<string, Phase>;
  counts: VisibleCounts;
};

/** Nothing on the map: no link, mission or event passes the filters. */
export const nothingShown = (counts: VisibleCounts | undefined): boolean =>
  !!counts && counts.links === 0 && counts.missions === 0 && counts.events === 0;

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
  const phases = new Map<string, Phase>();
  const linksByType = zeroCounts(LINK_TYPES);
  for (const link of data.links) {
    const phase = linkPhase(link, range);
    if (phase === null) continue;
    linksByType[link.type] += 1;
    if (!layers.has(LAYER_OF_LINK_TYPE[link.type])) continue;
    linkIds.add(link.id);
    phases.set(link.id, phase);
  }

  const missionIds = new Set<string>();
  if (layers.has('missions')) {
    for (const mission of data.missions) {
      const phase = missionPhase(mission, range);
      if (phase === null) continue;
      missionIds.add(mission.id);
      phases.set(mission.id, phase);
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
    phases,
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
