/**
 * Test fixtures shared by every unit and component test: small, realistic v2 records passed
 * through the zod schemas (so a fixture can never drift from the data model), a tiny
 * boundary layer, an index, a model for components, and the shipped data read from disk.
 * Facts here are illustrative, not a source. Only tests import this folder.
 */
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { decodeBoundaries, RegionProps, type Boundaries, type CountryProps } from '../data/boundaries';
import type { YearRange } from '../data/dates';
import { buildIndex, type AtlasIndex, type AtlasRecords } from '../data/indexes';
import {
  AtlasEvent,
  EVENT_TYPES,
  EventsFile,
  FlightLink,
  LinksFile,
  Mission,
  MissionsFile,
  PartnershipLink,
  Place,
  PlacesFile,
  TradeLink,
  TransportLink,
  type DatasetMeta,
  type EventType,
  type Lang,
  type Link,
  type LocalizedText,
  type Source,
  type StatusStep,
} from '../data/schema';
import type { AtlasData } from '../data/useAtlasData';
import type { MapLabels } from '../model/mapModel';
import { selectVisible, type Visible } from '../filter/visible';
import { createAtlasModel, type AtlasModel } from '../model/atlasModel';
import { defaultView, LAYER_IDS, type LayerId, type View } from '../view/view';

export const SOURCES = [
  { publisher: 'Example Ministry', title: 'Press release', url: 'https://example.org/news/1', date: '2026-01', lang: 'en' },
  { publisher: 'Example Daily', title: 'Сообщение', url: 'https://example.org/news/2', date: '2026-02', lang: 'ru' },
];

/** A source; by default a dated Russian news item (override what a test is about). */
export const source = (patch: Partial<Source> = {}): Source => ({
  publisher: 'Kazinform',
  title: 'Новый рейс в Урумчи',
  url: 'https://example.kz/news/urumqi',
  date: '2026-01-16',
  lang: 'ru',
  ...patch,
});

/** Distinct sources published on the given dates (null = undated), in that order. */
export const datedSources = (...dates: (string | null)[]): Source[] =>
  dates.map((date, i) => source({ publisher: `Outlet ${i + 1}`, title: `Report ${i + 1}`, url: `https://example.org/r/${i + 1}`, date, lang: 'en' }));

/** A text in four languages: the English, and the others marked so tests can tell them apart. */
export const text = (en: string, ru = `${en} (ru)`): LocalizedText => ({ en, ru, kk: `${en} (kk)`, zh: `${en} (zh)` });

/** An operating step citing source 0. */
export const step = (from: string, patch: Partial<StatusStep> = {}): StatusStep => ({ status: 'operating', from, sources: [0], ...patch });

export const flight = (patch: Partial<FlightLink> = {}): FlightLink =>
  FlightLink.parse({
    id: 'fl-ala-urc',
    type: 'flight',
    title: text('Almaty – Urumqi'),
    a: 'almaty',
    b: 'urumqi',
    carrier: text('Air Astana'),
    status: [step('2004', { perWeek: 3 })],
    certainty: 'certain',
    sources: SOURCES,
    ...patch,
  });

export const partnership = (patch: Partial<PartnershipLink> = {}): PartnershipLink =>
  PartnershipLink.parse({
    id: 'ps-almaty-xj',
    type: 'partnership',
    kind: 'sister-region',
    title: text('Almaty Region – Xinjiang'),
    a: 'KZ-19',
    b: 'CN-XJ',
    status: [step('2014-06')],
    certainty: 'certain',
    sources: SOURCES,
    ...patch,
  });

export const transport = (patch: Partial<TransportLink> = {}): TransportLink =>
  TransportLink.parse({
    id: 'rail-altynkol-khorgos',
    type: 'transport',
    mode: 'rail-crossing',
    title: text('Altynkol – Khorgos rail crossing'),
    a: 'almaty',
    b: 'urumqi',
    status: [step('2012-12', { capacity: { value: 20, unit: 'trains', per: 'day' } })],
    certainty: 'certain',
    sources: SOURCES,
    ...patch,
  });

export const trade = (patch: Partial<TradeLink> = {}): TradeLink =>
  TradeLink.parse({
    id: 'tr-kz-xj',
    type: 'trade',
    title: text('Kazakhstan – Xinjiang trade'),
    a: 'KZ',
    b: 'CN-XJ',
    values: [
      { year: 2019, value: 8.0e9, unit: 'usd', reporter: 'KZ', source: 0 },
      { year: 2024, value: 1.2e10, unit: 'usd', reporter: 'KZ', source: 1 },
    ],
    certainty: 'certain',
    sources: SOURCES,
    ...patch,
  });

const mission = (fields: Record<string, unknown>, patch: Partial<Mission>): Mission =>
  Mission.parse({ certainty: 'certain', sources: SOURCES, ...fields, ...patch });

/** The Kazakh consulate general in Guangzhou: open since 2012, district published from 2026-01-16. */
export const guangzhouCg = (patch: Partial<Mission> = {}): Mission =>
  mission(
    {
      id: 'kz-cg-guangzhou',
      sender: 'KZ',
      kind: 'consulate-general',
      name: text('Consulate General of Kazakhstan in Guangzhou'),
      seats: [{ place: 'guangzhou', from: '2012', sources: [0] }],
      status: [step('2012')],
      district: [{ regions: ['CN-GD', 'CN-XJ'], from: '2026-01-16', sources: [1] }],
    },
    patch,
  );

/** A Chinese consulate general in Aktobe: agreed in 2022, opened in 2024, serving Aktobe Region. */
export const aktobeCg = (patch: Partial<Mission> = {}): Mission =>
  mission(
    {
      id: 'cn-cg-aktobe',
      sender: 'CN',
      kind: 'consulate-general',
      name: text('Consulate General of China in Aktobe'),
      seats: [{ place: 'aktobe', from: '2024-07', sources: [0] }],
      status: [step('2022-06', { status: 'announced', sources: [1] }), step('2024-07')],
      district: [{ regions: ['KZ-15'], from: '2024-07', sources: [0] }],
    },
    patch,
  );

/** The Chinese embassy: in Almaty from 1992, in Astana from 2007; no published district. */
export const chineseEmbassy = (patch: Partial<Mission> = {}): Mission =>
  mission(
    {
      id: 'cn-emb-astana',
      sender: 'CN',
      kind: 'embassy',
      name: text('Embassy of China in Kazakhstan'),
      seats: [
        { place: 'almaty', from: '1992', sources: [0] },
        { place: 'astana', from: '2007', sources: [1] },
      ],
      status: [step('1992')],
      district: null,
      districtNote: text('Not published'),
    },
    patch,
  );

/** The Kazakh embassy in Beijing, open since January 1992; no published district. */
export const kazakhEmbassy = (patch: Partial<Mission> = {}): Mission =>
  mission(
    {
      id: 'kz-emb-beijing',
      sender: 'KZ',
      kind: 'embassy',
      name: text('Embassy of Kazakhstan in China'),
      seats: [{ place: 'beijing', from: '1992-01', sources: [0] }],
      status: [step('1992-01')],
      district: null,
      districtNote: text('Not published'),
    },
    patch,
  );

let eventSeq = 0;
export const event = (type: EventType, date: string, patch: Partial<AtlasEvent> = {}): AtlasEvent =>
  AtlasEvent.parse({
    id: `ev-${type}-${date.replace(/-/g, '')}-${(eventSeq += 1)}`,
    type,
    date,
    title: text(`${type} on ${date}`),
    summary: text('Something happened.'),
    regions: ['KZ-75'],
    certainty: 'certain',
    sources: SOURCES,
    ...patch,
  });

// ---------------------------------------------------------------------------------------
// Boundaries, places, index

type Area = Polygon | MultiPolygon;

const square = (lon: number, lat: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 1, lat], [lon + 1, lat + 1], [lon, lat + 1], [lon, lat]]],
});

export const region = (props: Partial<RegionProps> & Pick<RegionProps, 'id' | 'name_en' | 'name_ru'>): Feature<Area, RegionProps> => {
  const parsed = RegionProps.parse({
    vid: props.id,
    country: props.id.slice(0, 2),
    kind: props.id.startsWith('KZ') ? 'region' : 'province',
    label_lon: 80,
    label_lat: 44,
    ...props,
  });
  return { type: 'Feature', properties: parsed, geometry: square(parsed.label_lon, parsed.label_lat) };
};

const country = (props: CountryProps): Feature<Area, CountryProps> => ({ type: 'Feature', properties: props, geometry: square(0, 0) });

/** Eight regions (Zhetisu only from 2022, Almaty Region with its pre-2022 variant) and the two countries. */
export function miniBoundaries(): Boundaries {
  return {
    regions: {
      type: 'FeatureCollection',
      features: [
        region({ id: 'KZ-75', kind: 'city', name_en: 'Almaty', name_ru: 'Алматы', name_kk: 'Алматы', name_zh: '阿拉木图市', label_lon: 76.9, label_lat: 43.2 }),
        region({ id: 'KZ-71', kind: 'city', name_en: 'Astana', name_ru: 'Астана', name_kk: 'Астана', name_zh: '阿斯塔纳市', label_lon: 71.4, label_lat: 51.1 }),
        region({ id: 'KZ-15', name_en: 'Aktobe Region', name_ru: 'Актюбинская область', label_lon: 57.2, label_lat: 50.3 }),
        region({ id: 'KZ-33', name_en: 'Zhetisu Region', name_ru: 'Жетысуская область', name_kk: 'Жетісу облысы', name_zh: '杰特苏州', centre_en: 'Taldykorgan', label_lon: 78.8, label_lat: 45.7, validFrom: '2022-06-08' }),
        region({ id: 'KZ-19', name_en: 'Almaty Region', name_ru: 'Алматинская область', name_zh: '阿拉木图州', label_lon: 75.4, label_lat: 45.2, validFrom: '2022-06-08' }),
        region({ id: 'KZ-19', vid: 'KZ-19@pre2022', name_en: 'Almaty Region', name_ru: 'Алматинская область', centre_en: 'Taldykorgan', label_lon: 77.9, label_lat: 45, validTo: '2022-06-08' }),
        region({ id: 'CN-XJ', kind: 'autonomous-region', name_en: 'Xinjiang', name_ru: 'Синьцзян', name_zh: '新疆维吾尔自治区', centre_en: 'Urumqi', centre_ru: 'Урумчи', label_lon: 85.2, label_lat: 41.1 }),
        region({ id: 'CN-GD', name_en: 'Guangdong', name_ru: 'Гуандун', name_zh: '广东省', centre_en: 'Guangzhou', label_lon: 113.4, label_lat: 24 }),
        region({ id: 'CN-BJ', kind: 'municipality', name_en: 'Beijing', name_ru: 'Пекин', label_lon: 116.4, label_lat: 39.9 }),
      ],
    },
    countries: {
      type: 'FeatureCollection',
      features: [
        country({ iso_a2: 'KZ', name_en: 'Kazakhstan', name_ru: 'Казахстан', name_kk: 'Қазақстан', name_zh: '哈萨克斯坦' }),
        country({ iso_a2: 'CN', name_en: 'China', name_ru: 'Китай', name_kk: 'Қытай', name_zh: '中国' }),
      ],
    },
    lakes: { type: 'FeatureCollection', features: [] },
  };
}

const place = (id: string, regionId: string, lon: number, lat: number, en: string, ru: string): Place =>
  Place.parse({ id, region: regionId, country: regionId.slice(0, 2), lon, lat, name: text(en, ru) });

export const miniPlaces = (): Place[] => [
  place('almaty', 'KZ-75', 76.93, 43.26, 'Almaty', 'Алматы'),
  place('astana', 'KZ-71', 71.45, 51.17, 'Astana', 'Астана'),
  place('aktobe', 'KZ-15', 57.2, 50.28, 'Aktobe', 'Актобе'),
  place('urumqi', 'CN-XJ', 87.62, 43.83, 'Urumqi', 'Урумчи'),
  place('guangzhou', 'CN-GD', 113.26, 23.13, 'Guangzhou', 'Гуанчжоу'),
  place('beijing', 'CN-BJ', 116.4, 39.9, 'Beijing', 'Пекин'),
  place('yining', 'CN-XJ', 81.32, 43.92, 'Yining (Ghulja)', 'Инин (Кульджа)'),
];

export type Records = { links?: Link[]; missions?: Mission[]; events?: AtlasEvent[] };

/** The default records of `miniIndex`: two missions and an embassy, four ties, three events. */
export const defaultRecords = (): Required<Records> => ({
  missions: [guangzhouCg(), aktobeCg(), chineseEmbassy()],
  links: [flight(), partnership(), transport(), trade({ certainty: 'uncertain', note: text('Estimate', 'Оценка') })],
  events: [
    event('visit', '2015-05-10', { title: text('Akim visits Urumqi', 'Визит акима в Урумчи') }),
    event('agreement', '2023-03', { title: text('Bilateral agreement', 'Двустороннее соглашение') }),
    event('flight', '2025', { title: text('Charter flights', 'Чартерные рейсы'), certainty: 'uncertain', note: text('Unconfirmed') }),
  ],
});

/** The records of `miniIndex` with the places and the dataset's meta, as the data files hold them. */
export function miniRecords(records: Records = defaultRecords()): AtlasRecords & { meta: DatasetMeta } {
  return {
    places: miniPlaces(),
    links: records.links ?? [],
    missions: records.missions ?? [],
    events: records.events ?? [],
    meta: { version: '2.0.0', asOf: '2026-11-29' },
  };
}

export function miniIndex(records: Records = defaultRecords(), boundaries: Boundaries = miniBoundaries()): AtlasIndex {
  return buildIndex(miniRecords(records), boundaries);
}

export const visibleIn = (index: AtlasIndex, range: YearRange, filters: { types?: readonly EventType[]; layers?: readonly LayerId[] } = {}): Visible =>
  selectVisible(index, { range, types: filters.types ?? EVENT_TYPES, layers: filters.layers ?? LAYER_IDS });

/**
 * A model as the app derives it, for component tests (wrap the component in `ModelProvider`,
 * or use `renderWithModel`). `index: null` is the atlas while its data loads.
 */
export function modelFor(
  options: {
    index?: AtlasIndex | null;
    boundaries?: Boundaries;
    view?: Partial<View>;
    lang?: Lang;
    complete?: boolean;
    playYear?: number | null;
    /** Data files that could not be loaded. */
    failed?: readonly string[];
  } = {},
): AtlasModel {
  const boundaries = options.boundaries ?? miniBoundaries();
  const index = options.index === undefined ? miniIndex(defaultRecords(), boundaries) : options.index;
  const failed = options.failed ?? [];
  const data: AtlasData = {
    boundaries,
    index,
    complete: options.complete ?? index !== null,
    problems: failed.map((file) => ({ file, reason: 'could not be loaded' })),
    failed: new Set(failed),
  };
  return createAtlasModel()({
    view: { ...defaultView(), ...options.view },
    lang: options.lang ?? 'en',
    dataSpan: index?.span ?? null,
    playYear: options.playYear ?? null,
    data,
    labels: MAP_LABELS,
  });
}

/** What the app passes the model for the map's credits and name (translated; fixed here). */
export const MAP_LABELS: MapLabels = {
  attribution: ['credits'],
  canvas: 'map',
  controls: { zoomIn: 'Zoom in', zoomOut: 'Zoom out', kilometres: 'km', metres: 'm', toggleAttribution: 'Show or hide the map credits' },
};

// ---------------------------------------------------------------------------------------
// The shipped data

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/data');
const readJson = (name: string): unknown => JSON.parse(readFileSync(resolve(DATA, name), 'utf8'));

/** A shipped data file (public/data), parsed as JSON but not checked: what the validator reads. */
export const shippedFile = (name: string): unknown => readJson(name);

/** Path of a shipped data file. */
export const shippedPath = (name: string): string => resolve(DATA, name);

/** The shipped data files, parsed with the schemas, and their index. */
export function realAtlas(): { index: AtlasIndex; boundaries: Boundaries } {
  const boundaries = decodeBoundaries(readJson('boundaries.topo.json'));
  const events = EventsFile.parse(readJson('events.json'));
  const index = buildIndex(
    {
      places: PlacesFile.parse(readJson('places.json')).places,
      missions: MissionsFile.parse(readJson('missions.json')).missions,
      links: LinksFile.parse(readJson('links.json')).links,
      events: events.events,
      meta: events.meta,
    },
    boundaries,
  );
  return { index, boundaries };
}
