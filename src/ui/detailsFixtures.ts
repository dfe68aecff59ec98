/**
 * Test-only fixtures for the details panels: a few regions as fake boundary features (a
 * unit square each: the panels never read geometry), places, and an index built from
 * records made with the filter fixture builders. Facts are illustrative.
 */
import type { Boundaries, RegionFeature, RegionProps } from '../data/boundaries';
import { buildIndex, type AtlasIndex } from '../data/indexes';
import { Place, type AtlasEvent, type Link, type Mission } from '../data/schema';

const region = (props: Omit<RegionProps, 'vid' | 'label_lon' | 'label_lat'>): RegionFeature => ({
  type: 'Feature',
  properties: { vid: props.id, label_lon: 0, label_lat: 0, ...props },
  geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
});

export const REGIONS: RegionFeature[] = [
  region({ id: 'KZ-75', country: 'KZ', kind: 'city', name_en: 'Almaty', name_ru: 'Алматы', name_kk: 'Алматы', name_zh: '阿拉木图市' }),
  region({ id: 'KZ-19', country: 'KZ', kind: 'region', name_en: 'Almaty Region', name_ru: 'Алматинская область', centre_en: 'Konaev', centre_ru: 'Конаев' }),
  region({ id: 'KZ-15', country: 'KZ', kind: 'region', name_en: 'Aktobe Region', name_ru: 'Актюбинская область' }),
  region({ id: 'CN-XJ', country: 'CN', kind: 'autonomous-region', name_en: 'Xinjiang', name_ru: 'Синьцзян', name_zh: '新疆维吾尔自治区' }),
  region({ id: 'CN-GD', country: 'CN', kind: 'province', name_en: 'Guangdong', name_ru: 'Гуандун', name_zh: '广东省' }),
  region({ id: 'CN-GX', country: 'CN', kind: 'autonomous-region', name_en: 'Guangxi', name_ru: 'Гуанси' }),
  region({ id: 'CN-FJ', country: 'CN', kind: 'province', name_en: 'Fujian', name_ru: 'Фуцзянь' }),
  region({ id: 'CN-HI', country: 'CN', kind: 'province', name_en: 'Hainan', name_ru: 'Хайнань' }),
  region({ id: 'CN-BJ', country: 'CN', kind: 'municipality', name_en: 'Beijing', name_ru: 'Пекин' }),
];

export const BOUNDARIES: Boundaries = {
  regions: { type: 'FeatureCollection', features: REGIONS },
  countries: { type: 'FeatureCollection', features: [] },
  lakes: { type: 'FeatureCollection', features: [] },
};

const place = (id: string, regionId: string, en: string, ru: string): Place =>
  Place.parse({ id, region: regionId, country: regionId.slice(0, 2), lon: 0, lat: 0, name: { en, ru } });

export const PLACES: Place[] = [
  place('almaty', 'KZ-75', 'Almaty', 'Алматы'),
  place('urumqi', 'CN-XJ', 'Urumqi', 'Урумчи'),
  place('guangzhou', 'CN-GD', 'Guangzhou', 'Гуанчжоу'),
  place('beijing', 'CN-BJ', 'Beijing', 'Пекин'),
  place('aktobe', 'KZ-15', 'Aktobe', 'Актобе'),
];

export function makeIndex(records: { missions?: Mission[]; links?: Link[]; events?: AtlasEvent[] }): AtlasIndex {
  return buildIndex(
    { places: PLACES, missions: records.missions ?? [], links: records.links ?? [], events: records.events ?? [] },
    REGIONS,
  );
}
