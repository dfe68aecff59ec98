/**
 * The first view's data: `data/map.json`, made at build time from places, missions and links
 * (scripts/mapDataPlugin.ts). It keeps what the map, the legend and the counts need — ids,
 * endpoints, types, place and mission names, status steps with frequencies, trade figures — and
 * drops what only the panels, lists and search read (link titles, summaries, notes, sources,
 * growth rates), so the first view downloads a tenth of the bytes. The full files follow once the
 * map is drawn and replace these records; until then a tie is named by its two ends
 * (model/names.ts).
 */
import { z } from './z';
import type { AtlasRecords } from './indexes';
import {
  Certainty,
  CountryId,
  EndpointId,
  Figure,
  LINK_TYPES,
  LocalizedText,
  MISSION_KINDS,
  PARTNERSHIP_KINDS,
  PartialDate,
  Place,
  PlaceId,
  RegionId,
  STATUSES,
  TRANSPORT_MODES,
  type Link,
  type LinksFile,
  type Mission,
  type MissionsFile,
  type PlacesFile,
  type StatusStep,
} from './schema';

const MapStep = z.object({
  status: z.enum(STATUSES),
  from: PartialDate,
  perWeek: z.optional(z.number().check(z.positive())),
  lastReported: z.optional(z.literal(true)),
});

const MapLink = z.object({
  id: z.string().check(z.minLength(1)),
  type: z.enum(LINK_TYPES),
  a: EndpointId,
  b: EndpointId,
  /** Written only when uncertain: most ties are certain, and the default costs bytes on every record. */
  certainty: z.optional(Certainty),
  kind: z.optional(z.enum(PARTNERSHIP_KINDS)),
  directed: z.optional(z.boolean()),
  carrier: z.optional(z.nullable(LocalizedText)),
  cargo: z.optional(z.boolean()),
  mode: z.optional(z.enum(TRANSPORT_MODES)),
  via: z.optional(z.array(PlaceId)),
  status: z.optional(z.array(MapStep)),
  values: z.optional(z.array(z.omit(Figure, { note: true, source: true, growthPct: true }))),
});

const MapMission = z.object({
  id: z.string().check(z.minLength(1)),
  sender: CountryId,
  kind: z.enum(MISSION_KINDS),
  name: LocalizedText,
  certainty: z.optional(Certainty),
  seats: z.array(z.object({ place: PlaceId, from: PartialDate })).check(z.minLength(1)),
  status: z.array(MapStep).check(z.minLength(1)),
  district: z.nullable(
    z.array(z.object({ regions: z.array(RegionId).check(z.minLength(1)), from: PartialDate, to: z.optional(z.nullable(PartialDate)) })),
  ),
});

export const MapDataFile = z.object({ places: z.array(Place), missions: z.array(MapMission), links: z.array(MapLink) });
export type MapDataFile = z.infer<typeof MapDataFile>;

/** The file's name under data/. */
export const MAP_DATA_FILE = 'map.json';

/** `certainty` only when uncertain (see MapLink); `certaintyOf` reads it back. */
const uncertainOnly = (certainty: Certainty) => (certainty === 'uncertain' ? { certainty } : {});
const certaintyOf = (certainty: Certainty | undefined): Certainty => certainty ?? 'certain';

const mapStep = ({ status, from, perWeek, lastReported }: StatusStep) => ({
  status,
  from,
  ...(perWeek === undefined ? {} : { perWeek }),
  ...(lastReported ? { lastReported } : {}),
});

/** The first view's records, from the full files (at build time). */
export function toMapData(files: { places: PlacesFile; missions: MissionsFile; links: LinksFile }): MapDataFile {
  return {
    places: files.places.places,
    missions: files.missions.missions.map((m) => ({
      id: m.id,
      sender: m.sender,
      kind: m.kind,
      name: m.name,
      ...uncertainOnly(m.certainty),
      seats: m.seats.map(({ place, from }) => ({ place, from })),
      status: m.status.map(mapStep),
      district: m.district && m.district.map(({ regions, from, to }) => ({ regions, from, to })),
    })),
    links: files.links.links.map((l) => {
      const base = { id: l.id, type: l.type, a: l.a, b: l.b, ...uncertainOnly(l.certainty) };
      switch (l.type) {
        case 'partnership':
          return { ...base, kind: l.kind, directed: l.directed, status: l.status.map(mapStep) };
        case 'flight':
          return { ...base, carrier: l.carrier, cargo: l.cargo, status: l.status.map(mapStep) };
        case 'transport':
          return { ...base, mode: l.mode, via: l.via, status: l.status.map(mapStep) };
        case 'trade':
          return { ...base, values: l.values.map(({ note: _n, source: _s, growthPct: _g, ...v }) => v) };
      }
    }),
  };
}

const NO_SOURCES = { sources: [] as never[] };

/** The title of a tie whose full record has not arrived: no text in any language. */
export const UNTITLED: LocalizedText = Object.freeze({ en: '', ru: '', kk: '', zh: '' });

const steps = (list: readonly z.infer<typeof MapStep>[] | undefined): StatusStep[] => (list ?? []).map((s) => ({ ...s, ...NO_SOURCES }));

/**
 * The first view's records in the full shapes, with no summaries, notes or sources yet: the
 * panels that read those wait for the full files (`AtlasData.complete`).
 */
export function fromMapData(file: MapDataFile): AtlasRecords {
  const missions: Mission[] = file.missions.map((m) => ({
    ...m,
    certainty: certaintyOf(m.certainty),
    seats: m.seats.map((s) => ({ ...s, ...NO_SOURCES })),
    status: steps(m.status),
    district: m.district && m.district.map((d) => ({ ...d, ...NO_SOURCES })),
    ...NO_SOURCES,
  }));
  const links: Link[] = file.links.map((l): Link => {
    const base = { id: l.id, title: UNTITLED, a: l.a, b: l.b, certainty: certaintyOf(l.certainty), ...NO_SOURCES };
    switch (l.type) {
      case 'partnership':
        return { ...base, type: 'partnership', kind: l.kind ?? 'cooperation', directed: l.directed, status: steps(l.status) };
      case 'flight':
        return { ...base, type: 'flight', carrier: l.carrier ?? null, cargo: l.cargo, status: steps(l.status) };
      case 'transport':
        return { ...base, type: 'transport', mode: l.mode ?? 'rail-line', via: l.via, status: steps(l.status) };
      case 'trade':
        return { ...base, type: 'trade', values: (l.values ?? []).map((v) => ({ ...v, source: 0 })) };
    }
  });
  return { places: file.places, missions, links, events: [], meta: null };
}
