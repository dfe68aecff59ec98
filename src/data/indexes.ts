/**
 * Indexes built once after the data has loaded: lookups by id and by region, events by the
 * link, mission and region they concern, region outline variants, and where every endpoint
 * is. Selectors, the model and the panels read these; nobody rebuilds or re-scans them.
 */
import { compareDates, partialDateEnd, partialDateStart, type YearSpan } from './dates';
import { namesFromProps, type MaybeNames } from './names';
import type { Boundaries, RegionProps } from './boundaries';
import type { AtlasEvent, CountryId, DatasetMeta, Link, Mission, PartialDate, Place, Seat } from './schema';

export type LonLat = [number, number];

export type Entity =
  | { kind: 'region'; id: string; record: RegionProps }
  | { kind: 'place'; id: string; record: Place }
  | { kind: 'mission'; id: string; record: Mission }
  | { kind: 'link'; id: string; record: Link }
  | { kind: 'event'; id: string; record: AtlasEvent };

export type AtlasRecords = {
  places: readonly Place[];
  missions: readonly Mission[];
  links: readonly Link[];
  events: readonly AtlasEvent[];
  /** Dataset version and as-of date; null until the events file (which carries it) is in. */
  meta: DatasetMeta | null;
};

export type AtlasIndex = AtlasRecords & {
  /** Every selectable id (a region's record is its current outline's properties). */
  byId: Map<string, Entity>;
  placeById: Map<string, Place>;
  /** Names of the two countries, from the boundary layer. */
  countryNames: Record<CountryId, MaybeNames>;
  /** Outline variants of each region, current one first. */
  variantsOf: Map<string, RegionProps[]>;
  /** Region ids each link, mission or event touches (endpoints' regions, a mission's seats). */
  regionsOf: Map<string, string[]>;
  /** Link, mission and event ids touching each region. */
  byRegion: Map<string, string[]>;
  /** Events pointing at each link, mission or region, in date order. */
  eventsOf: Map<string, AtlasEvent[]>;
  /** Years the data documents (status steps, figures, districts, events); null when empty. */
  span: YearSpan | null;
  /** Publication date of the newest source any record cites; null when none is dated. */
  newestSource: PartialDate | null;
  /** Where to draw an endpoint: a place's coordinates, a region's label point, a country's capital. */
  endpointPosition: (id: string) => LonLat | null;
  /** The region an endpoint lies in (null for a whole country). */
  endpointRegion: (id: string) => string | null;
};

/** The capital that stands for a whole country on the map. */
export const CAPITAL_PLACE: Record<CountryId, string> = { KZ: 'astana', CN: 'beijing' };

export const isCountryId = (id: string): id is CountryId => id === 'KZ' || id === 'CN';
export const isRegionId = (id: string) => /^(KZ|CN)-/.test(id);

/** The mission's seat on a date (a partial date means its last day); its first seat before it opened. */
export function seatAt(mission: Mission, date: PartialDate): Seat {
  const t = partialDateEnd(date);
  let seat = mission.seats[0]!;
  for (const s of mission.seats) if (partialDateStart(s.from) <= t) seat = s;
  return seat;
}

/** Every year a record documents, for the data's span. */
function* yearsOf(records: AtlasRecords): Generator<number> {
  const year = (d: string) => Number(d.slice(0, 4));
  for (const link of records.links) {
    if (link.type === 'trade') for (const v of link.values) yield v.year;
    else for (const s of link.status) yield year(s.from);
  }
  for (const m of records.missions) {
    for (const s of m.status) yield year(s.from);
    for (const a of m.district ?? []) {
      yield year(a.from);
      if (a.to) yield year(a.to);
    }
  }
  for (const e of records.events) {
    yield year(e.date);
    if (e.endDate) yield year(e.endDate);
  }
}

/**
 * Earliest and latest year the data documents, or null when it holds no dates. Open-ended
 * ties do not stretch the span to today: the span is what the data documents.
 */
export function dataYearSpan(records: AtlasRecords): YearSpan | null {
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const y of yearsOf(records)) {
    if (y < minYear) minYear = y;
    if (y > maxYear) maxYear = y;
  }
  return minYear === Infinity ? null : { minYear, maxYear };
}

/**
 * The publication date of the newest source any mission, link or event cites: how far the
 * reading behind the data reaches, which the data version's own date does not say.
 */
export function newestSourceDate(records: Pick<AtlasRecords, 'missions' | 'links' | 'events'>): PartialDate | null {
  let newest: PartialDate | null = null;
  for (const list of [records.missions, records.links, records.events]) {
    for (const record of list) {
      for (const { date } of record.sources) if (date !== null && (newest === null || compareDates(date, newest) > 0)) newest = date;
    }
  }
  return newest;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function buildIndex(records: AtlasRecords, boundaries: Pick<Boundaries, 'regions' | 'countries'>): AtlasIndex {
  const placeById = new Map(records.places.map((p) => [p.id, p]));

  const variantsOf = new Map<string, RegionProps[]>();
  for (const f of boundaries.regions.features) {
    // The current outline (no validTo) goes first: it names the region and places its label.
    const list = variantsOf.get(f.properties.id) ?? [];
    if (f.properties.validTo) list.push(f.properties);
    else list.unshift(f.properties);
    variantsOf.set(f.properties.id, list);
  }

  const endpointPosition = (id: string): LonLat | null => {
    if (isCountryId(id)) {
      const cap = placeById.get(CAPITAL_PLACE[id]);
      return cap ? [cap.lon, cap.lat] : null;
    }
    if (isRegionId(id)) {
      const p = variantsOf.get(id)?.[0];
      return p ? [p.label_lon, p.label_lat] : null;
    }
    const p = placeById.get(id);
    return p ? [p.lon, p.lat] : null;
  };
  const endpointRegion = (id: string): string | null => {
    if (isCountryId(id)) return null;
    if (isRegionId(id)) return id;
    return placeById.get(id)?.region ?? null;
  };

  const byId = new Map<string, Entity>();
  for (const [id, variants] of variantsOf) byId.set(id, { kind: 'region', id, record: variants[0]! });
  for (const p of records.places) byId.set(p.id, { kind: 'place', id: p.id, record: p });
  for (const m of records.missions) byId.set(m.id, { kind: 'mission', id: m.id, record: m });
  for (const l of records.links) byId.set(l.id, { kind: 'link', id: l.id, record: l });
  for (const e of records.events) byId.set(e.id, { kind: 'event', id: e.id, record: e });

  const regionsOf = new Map<string, string[]>();
  const byRegion = new Map<string, string[]>();
  const touch = (recordId: string, regionIds: (string | null | undefined)[]) => {
    const unique = [...new Set(regionIds.filter((r): r is string => !!r))];
    regionsOf.set(recordId, unique);
    for (const r of unique) push(byRegion, r, recordId);
  };
  for (const m of records.missions) touch(m.id, m.seats.map((s) => placeById.get(s.place)?.region));
  for (const l of records.links) {
    const via = l.type === 'transport' ? (l.via ?? []) : [];
    touch(l.id, [l.a, l.b, ...via].map(endpointRegion));
  }
  const eventsOf = new Map<string, AtlasEvent[]>();
  const events = [...records.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const e of events) {
    const regionIds = [
      ...e.regions,
      ...(e.places ?? []).map((p) => placeById.get(p)?.region),
      e.from ? endpointRegion(e.from) : null,
      e.to ? endpointRegion(e.to) : null,
    ];
    touch(e.id, regionIds);
    for (const id of new Set([...(e.links ?? []), ...(e.missions ?? []), ...(regionsOf.get(e.id) ?? [])])) {
      push(eventsOf, id, e);
    }
  }

  const countryNames: Record<CountryId, MaybeNames> = { KZ: { en: 'Kazakhstan' }, CN: { en: 'China' } };
  for (const f of boundaries.countries.features) {
    const id = f.properties.iso_a2;
    if (isCountryId(id)) countryNames[id] = namesFromProps(f.properties);
  }

  return {
    ...records,
    byId,
    placeById,
    countryNames,
    variantsOf,
    regionsOf,
    byRegion,
    eventsOf,
    span: dataYearSpan(records),
    newestSource: newestSourceDate(records),
    endpointPosition,
    endpointRegion,
  };
}

/**
 * The place that is a region's administrative centre, when the atlas has it: matched by its
 * English name ("Oral (Uralsk)" is Oral) in the same country, not by region, since a former
 * outline's centre may lie in a region created later (Taldykorgan, Almaty Region before 2022).
 */
export function centrePlaceOf(region: Pick<RegionProps, 'country' | 'centre_en'>, places: readonly Place[]): Place | undefined {
  if (!region.centre_en) return undefined;
  return places.find((p) => p.country === region.country && p.name.en.replace(/ \(.*\)$/, '') === region.centre_en);
}
