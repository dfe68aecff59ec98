/**
 * Fixtures for the list and summary tests: a handful of regions (one of them only valid
 * from 2022, like the real Zhetisu), places, and an index built from the filter fixtures.
 * Only tests import this file.
 */
import type { Boundaries, RegionFeature, RegionProps } from '../../data/boundaries';
import { buildIndex, type AtlasIndex } from '../../data/indexes';
import { EVENT_TYPES, LANGS, type AtlasEvent, type EventType, type Link, type Mission, type Place } from '../../data/schema';
import type { YearRange } from '../../filter/activeInRange';
import { aktobeCg, beijingEmbassy, event, flight, guangzhouCg, partnership, trade } from '../../filter/testFixtures';
import { selectVisible, type Visible } from '../../filter/visible';
import { i18next, initI18n } from '../../i18n';
import { lists } from '../../i18n/messages/lists';
import { LAYER_IDS, type LayerId } from '../../state/urlCodec';

/** i18next in English with the lists strings loaded (whether or not the app registers them yet). */
export function initListStrings() {
  initI18n('en');
  for (const lang of LANGS) i18next.addResourceBundle(lang, 'translation', lists[lang], true, true);
  return i18next;
}

const square = (lon: number, lat: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lon, lat],
      [lon + 1, lat],
      [lon + 1, lat + 1],
      [lon, lat + 1],
      [lon, lat],
    ],
  ],
});

export const region = (props: Partial<RegionProps> & Pick<RegionProps, 'id' | 'name_en' | 'name_ru'>): RegionFeature => ({
  type: 'Feature',
  geometry: square(props.label_lon ?? 80, props.label_lat ?? 40),
  properties: {
    vid: props.id,
    country: props.id.startsWith('KZ') ? 'KZ' : 'CN',
    kind: props.id.startsWith('KZ') ? 'region' : 'province',
    label_lon: 80,
    label_lat: 40,
    ...props,
  },
});

export const fixtureRegions = (): RegionFeature[] => [
  region({ id: 'CN-GD', name_en: 'Guangdong', name_ru: 'Гуандун', name_zh: '广东' }),
  region({ id: 'CN-XJ', kind: 'autonomous-region', name_en: 'Xinjiang', name_ru: 'Синьцзян' }),
  region({ id: 'CN-BJ', kind: 'municipality', name_en: 'Beijing', name_ru: 'Пекин' }),
  region({ id: 'KZ-75', kind: 'city', name_en: 'Almaty', name_ru: 'Алматы' }),
  region({ id: 'KZ-19', name_en: 'Almaty Region', name_ru: 'Алматинская область' }),
  region({ id: 'KZ-15', name_en: 'Aktobe Region', name_ru: 'Актюбинская область' }),
  region({ id: 'KZ-33', name_en: 'Zhetisu Region', name_ru: 'Область Жетісу', validFrom: '2022-06-08' }),
];

export const fixtureBoundaries = (regions: RegionFeature[] = fixtureRegions()): Boundaries => ({
  regions: { type: 'FeatureCollection', features: regions },
  countries: { type: 'FeatureCollection', features: [] },
  lakes: { type: 'FeatureCollection', features: [] },
});

const place = (id: string, region: string, en: string, ru: string): Place => ({
  id,
  region,
  country: region.startsWith('KZ') ? 'KZ' : 'CN',
  lon: 80,
  lat: 40,
  name: { en, ru },
});

export const fixturePlaces = (): Place[] => [
  place('almaty', 'KZ-75', 'Almaty', 'Алматы'),
  place('aktobe', 'KZ-15', 'Aktobe', 'Актобе'),
  place('urumqi', 'CN-XJ', 'Urumqi', 'Урумчи'),
  place('guangzhou', 'CN-GD', 'Guangzhou', 'Гуанчжоу'),
  place('beijing', 'CN-BJ', 'Beijing', 'Пекин'),
  place('astana', 'KZ-71', 'Astana', 'Астана'),
];

export type Fixture = { index: AtlasIndex; boundaries: Boundaries };

export function fixtureAtlas(
  records: { missions?: Mission[]; links?: Link[]; events?: AtlasEvent[] } = {},
): Fixture {
  const boundaries = fixtureBoundaries();
  const index = buildIndex(
    {
      places: fixturePlaces(),
      missions: records.missions ?? [guangzhouCg(), aktobeCg(), beijingEmbassy()],
      links: records.links ?? [
        flight(),
        partnership(),
        trade({ certainty: 'uncertain', note: { en: 'Estimate', ru: 'Оценка' } }),
      ],
      events: records.events ?? [
        event('visit', '2015-05-10', { title: { en: 'Akim visits Urumqi', ru: 'Визит акима в Урумчи' } }),
        event('agreement', '2023-03', { title: { en: 'Bilateral agreement', ru: 'Двустороннее соглашение' } }),
        event('flight', '2025', { title: { en: 'Charter flights', ru: 'Чартерные рейсы' }, certainty: 'uncertain' }),
      ],
    },
    boundaries.regions.features,
  );
  return { index, boundaries };
}

export const visibleIn = (
  index: AtlasIndex,
  range: YearRange,
  filters: { types?: readonly EventType[]; layers?: readonly LayerId[] } = {},
): Visible =>
  selectVisible(index, { range, types: filters.types ?? EVENT_TYPES, layers: filters.layers ?? LAYER_IDS });
