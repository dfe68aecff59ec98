/**
 * Indexes built once after the data has loaded: lookups by id and by region, and the
 * coordinates of every link endpoint. Components and selectors read these; nobody rebuilds them.
 */
import type { RegionFeature } from './boundaries';
import type { AtlasEvent, CountryId, Link, Mission, Place } from './schema';

export type LonLat = [number, number];

export type Entity =
  | { kind: 'region'; id: string }
  | { kind: 'place'; id: string; record: Place }
  | { kind: 'mission'; id: string; record: Mission }
  | { kind: 'link'; id: string; record: Link }
  | { kind: 'event'; id: string; record: AtlasEvent };

export type AtlasIndex = {
  places: readonly Place[];
  missions: readonly Mission[];
  links: readonly Link[];
  events: readonly AtlasEvent[];
  byId: Map<string, Entity>;
  placeById: Map<string, Place>;
  /** Region ids each link, mission or event touches (endpoints' regions, a mission's city). */
  regionsOf: Map<string, string[]>;
  /** Link, mission and event ids touching each region. */
  byRegion: Map<string, string[]>;
  /** Where to draw an endpoint: a place's coordinates, a region's label point, a country's capital. */
  endpointPosition: (id: string) => LonLat | null;
  /** The region an endpoint lies in (null for a whole country). */
  endpointRegion: (id: string) => string | null;
};

/** The capital that stands for a whole country on the map. */
export const CAPITAL_PLACE: Record<CountryId, string> = { KZ: 'astana', CN: 'beijing' };

const isCountry = (id: string): id is CountryId => id === 'KZ' || id === 'CN';
const isRegion = (id: string) => /^(KZ|CN)-/.test(id);

export function buildIndex(
  input: { places: readonly Place[]; missions: readonly Mission[]; links: readonly Link[]; events: readonly AtlasEvent[] },
  regions: readonly RegionFeature[],
): AtlasIndex {
  const placeById = new Map(input.places.map((p) => [p.id, p]));
  const labelPoint = new Map<string, LonLat>();
  for (const f of regions) {
    // Current outlines win: they carry today's label point.
    if (!f.properties.validTo || !labelPoint.has(f.properties.id)) {
      labelPoint.set(f.properties.id, [f.properties.label_lon, f.properties.label_lat]);
    }
  }

  const endpointPosition = (id: string): LonLat | null => {
    if (isCountry(id)) {
      const cap = placeById.get(CAPITAL_PLACE[id]);
      return cap ? [cap.lon, cap.lat] : null;
    }
    if (isRegion(id)) return labelPoint.get(id) ?? null;
    const p = placeById.get(id);
    return p ? [p.lon, p.lat] : null;
  };
  const endpointRegion = (id: string): string | null => {
    if (isCountry(id)) return null;
    if (isRegion(id)) return id;
    return placeById.get(id)?.region ?? null;
  };

  const byId = new Map<string, Entity>();
  for (const f of regions) byId.set(f.properties.id, { kind: 'region', id: f.properties.id });
  for (const p of input.places) byId.set(p.id, { kind: 'place', id: p.id, record: p });
  for (const m of input.missions) byId.set(m.id, { kind: 'mission', id: m.id, record: m });
  for (const l of input.links) byId.set(l.id, { kind: 'link', id: l.id, record: l });
  for (const e of input.events) byId.set(e.id, { kind: 'event', id: e.id, record: e });

  const regionsOf = new Map<string, string[]>();
  const byRegion = new Map<string, string[]>();
  const touch = (recordId: string, regionIds: (string | null | undefined)[]) => {
    const unique = [...new Set(regionIds.filter((r): r is string => !!r))];
    regionsOf.set(recordId, unique);
    for (const r of unique) {
      const list = byRegion.get(r);
      if (list) list.push(recordId);
      else byRegion.set(r, [recordId]);
    }
  };
  for (const m of input.missions) touch(m.id, [placeById.get(m.place)?.region]);
  for (const l of input.links) touch(l.id, [endpointRegion(l.a), endpointRegion(l.b)]);
  for (const e of input.events) {
    touch(e.id, [
      ...e.regions,
      ...(e.places ?? []).map((p) => placeById.get(p)?.region),
      e.from ? endpointRegion(e.from) : null,
      e.to ? endpointRegion(e.to) : null,
    ]);
  }

  return { ...input, byId, placeById, regionsOf, byRegion, endpointPosition, endpointRegion };
}
