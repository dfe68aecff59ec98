/**
 * Fixtures for the search and export tests: a tiny boundary layer built from region and
 * country properties (square outlines: geometry is never read), an index over filter
 * fixtures, and the shipped data files read from disk. Only tests import this file.
 */
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { decodeBoundaries, RegionProps, type Boundaries, type CountryProps } from '../data/boundaries';
import { buildIndex, type AtlasIndex } from '../data/indexes';
import {
  EventsFile,
  LinksFile,
  MissionsFile,
  Place,
  PlacesFile,
  type AtlasEvent,
  type Link,
  type Mission,
} from '../data/schema';

const square = (lon: number, lat: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 1, lat], [lon + 1, lat + 1], [lon, lat + 1], [lon, lat]]],
});

type Area = Polygon | MultiPolygon;

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

const country = (props: CountryProps): Feature<Area, CountryProps> => ({
  type: 'Feature',
  properties: props,
  geometry: square(0, 0),
});

/** Four regions (with one former variant) and the two countries. */
export function miniBoundaries(): Boundaries {
  return {
    regions: {
      type: 'FeatureCollection',
      features: [
        region({ id: 'KZ-75', kind: 'city', name_en: 'Almaty', name_ru: 'Алматы', name_kk: 'Алматы', name_zh: '阿拉木图市', label_lon: 76.9, label_lat: 43.2 }),
        region({ id: 'KZ-33', name_en: 'Zhetisu Region', name_ru: 'Жетысуская область', name_kk: 'Жетісу облысы', name_zh: '杰特苏州', centre_en: 'Taldykorgan', label_lon: 78.8, label_lat: 45.7, validFrom: '2022-06-08' }),
        region({ id: 'KZ-19', name_en: 'Almaty Region', name_ru: 'Алматинская область', name_zh: '阿拉木图州', label_lon: 75.4, label_lat: 45.2, validFrom: '2022-06-08' }),
        region({ id: 'KZ-19', vid: 'KZ-19@pre2022', name_en: 'Almaty Region', name_ru: 'Алматинская область', centre_en: 'Taldykorgan', label_lon: 77.9, label_lat: 45, validTo: '2022-06-08' }),
        region({ id: 'CN-XJ', kind: 'autonomous-region', name_en: 'Xinjiang', name_ru: 'Синьцзян-Уйгурский автономный район', name_zh: '新疆维吾尔自治区', centre_en: 'Urumqi', centre_ru: 'Урумчи', label_lon: 85.2, label_lat: 41.1 }),
        region({ id: 'CN-GD', name_en: 'Guangdong', name_ru: 'Гуандун', name_zh: '广东省', centre_en: 'Guangzhou', label_lon: 113.4, label_lat: 24 }),
      ],
    },
    countries: {
      type: 'FeatureCollection',
      features: [
        country({ iso_a2: 'KZ', name_en: 'Kazakhstan', name_ru: 'Казахстан' }),
        country({ iso_a2: 'CN', name_en: 'China', name_ru: 'Китай' }),
      ],
    },
    lakes: { type: 'FeatureCollection', features: [] },
  };
}

/** The places the filter fixtures point at. */
export const miniPlaces = (): Place[] =>
  [
    { id: 'almaty', region: 'KZ-75', country: 'KZ', lon: 76.93, lat: 43.26, name: { en: 'Almaty', ru: 'Алматы', zh: '阿拉木图' } },
    { id: 'urumqi', region: 'CN-XJ', country: 'CN', lon: 87.62, lat: 43.83, name: { en: 'Urumqi', ru: 'Урумчи', kk: 'Үрімжі', zh: '乌鲁木齐' } },
    { id: 'guangzhou', region: 'CN-GD', country: 'CN', lon: 113.26, lat: 23.13, name: { en: 'Guangzhou', ru: 'Гуанчжоу', zh: '广州' } },
    { id: 'astana', region: 'KZ-71', country: 'KZ', lon: 71.45, lat: 51.17, name: { en: 'Astana', ru: 'Астана' } },
  ].map((p) => Place.parse(p));

export function miniIndex(records: { links?: Link[]; missions?: Mission[]; events?: AtlasEvent[] }): AtlasIndex {
  return buildIndex(
    { places: miniPlaces(), links: records.links ?? [], missions: records.missions ?? [], events: records.events ?? [] },
    miniBoundaries().regions.features,
  );
}

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/data');
const readJson = (name: string): unknown => JSON.parse(readFileSync(resolve(DATA, name), 'utf8'));

/** The shipped data files, parsed with the schemas, and their index. */
export function realAtlas(): { index: AtlasIndex; boundaries: Boundaries } {
  const boundaries = decodeBoundaries(readJson('boundaries.topo.json'));
  const index = buildIndex(
    {
      places: PlacesFile.parse(readJson('places.json')).places,
      missions: MissionsFile.parse(readJson('missions.json')).missions,
      links: LinksFile.parse(readJson('links.json')).links,
      events: EventsFile.parse(readJson('events.json')).events,
    },
    boundaries.regions.features,
  );
  return { index, boundaries };
}
