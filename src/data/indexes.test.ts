import { describe, expect, it } from 'vitest';
import {
  chineseEmbassy,
  datedSources,
  defaultRecords,
  event,
  flight,
  guangzhouCg,
  miniBoundaries,
  miniIndex,
  miniRecords,
  realAtlas,
  step,
  trade,
  transport,
} from '../testing/fixtures';
import { centrePlaceOf, dataYearSpan, newestSourceDate, seatAt } from './indexes';
import { Place } from './schema';

describe('buildIndex: eventsOf', () => {
  const index = miniIndex({
    links: [flight()],
    missions: [guangzhouCg()],
    events: [
      event('flight', '2025-06', { id: 'ev-late', links: ['fl-ala-urc'], regions: [] }),
      event('flight', '2004-03-01', { id: 'ev-first', links: ['fl-ala-urc'], regions: ['KZ-75'] }),
      event('mission', '2026-01-16', { id: 'ev-district', missions: ['kz-cg-guangzhou'], regions: ['CN-GD'] }),
      event('visit', '2015', { id: 'ev-visit', regions: [], places: ['urumqi'], from: 'KZ-19', to: 'CN' }),
    ],
  });
  const idsOf = (id: string) => (index.eventsOf.get(id) ?? []).map((e) => e.id);

  it('lists the events pointing at a link or mission, in date order whatever the file order', () => {
    expect(idsOf('fl-ala-urc')).toEqual(['ev-first', 'ev-late']);
    expect(idsOf('kz-cg-guangzhou')).toEqual(['ev-district']);
  });

  it('lists a region’s events from its own list, its places and the visit’s ends', () => {
    expect(idsOf('KZ-75')).toEqual(['ev-first']);
    expect(idsOf('CN-GD')).toEqual(['ev-district']);
    expect(idsOf('CN-XJ')).toEqual(['ev-visit']); // through the place Urumqi
    expect(idsOf('KZ-19')).toEqual(['ev-visit']); // the visitor
    expect(index.regionsOf.get('ev-visit')).toEqual(['CN-XJ', 'KZ-19']); // a whole country is no region
  });

  it('has nothing for what no event mentions', () => {
    expect(index.eventsOf.get('KZ-15')).toBeUndefined();
  });
});

describe('buildIndex: regions of records', () => {
  const index = miniIndex({ missions: [chineseEmbassy()], links: [transport({ via: ['astana'] }), trade()], events: [] });

  it('counts every seat a mission has had and every place a line passes', () => {
    expect(index.regionsOf.get('cn-emb-astana')).toEqual(['KZ-75', 'KZ-71']);
    expect(index.regionsOf.get('rail-altynkol-khorgos')).toEqual(['KZ-75', 'CN-XJ', 'KZ-71']);
    expect(index.byRegion.get('KZ-71')).toEqual(['cn-emb-astana', 'rail-altynkol-khorgos']);
    // Trade between the whole of Kazakhstan and Xinjiang touches only Xinjiang.
    expect(index.regionsOf.get('tr-kz-xj')).toEqual(['CN-XJ']);
  });
});

describe('buildIndex: outlines and endpoints', () => {
  it('puts the current outline of a region first, whatever the order of the features', () => {
    const boundaries = miniBoundaries();
    boundaries.regions.features.reverse();
    const index = miniIndex(defaultRecords(), boundaries);
    expect(index.variantsOf.get('KZ-19')!.map((v) => v.vid)).toEqual(['KZ-19', 'KZ-19@pre2022']);
    // The current outline names the region and places its label.
    const byId = index.byId.get('KZ-19');
    expect(byId?.kind === 'region' && byId.record.vid).toBe('KZ-19');
    expect(index.endpointPosition('KZ-19')).toEqual([75.4, 45.2]);
  });

  it('places a city at its coordinates, a country at its capital, and nothing unknown', () => {
    const index = miniIndex();
    expect(index.endpointPosition('almaty')).toEqual([76.93, 43.26]);
    expect(index.endpointPosition('KZ')).toEqual([71.45, 51.17]); // Astana
    expect(index.endpointPosition('CN')).toEqual([116.4, 39.9]); // Beijing
    expect(index.endpointPosition('atlantis')).toBeNull();
    expect(index.endpointPosition('CN-ZZ')).toBeNull();
  });

  it('gives the region an endpoint lies in: a place’s, a region itself, none for a country', () => {
    const index = miniIndex();
    expect(index.endpointRegion('urumqi')).toBe('CN-XJ');
    expect(index.endpointRegion('KZ-15')).toBe('KZ-15');
    expect(index.endpointRegion('KZ')).toBeNull();
    expect(index.endpointRegion('atlantis')).toBeNull();
  });

  it('names the two countries from the boundary layer', () => {
    expect(miniIndex().countryNames.KZ).toEqual({ en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан', zh: '哈萨克斯坦' });
  });
});

describe('seatAt', () => {
  // In Almaty from 1992, in Astana from 2007.
  const embassy = chineseEmbassy();

  it('is the seat in force on the date, a partial date read as its last day', () => {
    expect(seatAt(embassy, '2006-12-31').place).toBe('almaty');
    expect(seatAt(embassy, '2007-01-01').place).toBe('astana');
    expect(seatAt(embassy, '2007').place).toBe('astana');
    expect(seatAt(embassy, '2006').place).toBe('almaty');
  });

  it('is the first seat before the mission opened', () => {
    expect(seatAt(embassy, '1980')).toBe(embassy.seats[0]);
  });
});

describe('dataYearSpan', () => {
  const records = (r: Parameters<typeof miniRecords>[0]) => miniRecords(r);

  it('spans status steps, trade figures, district dates and events', () => {
    expect(dataYearSpan(records({ links: [flight({ status: [step('2004'), step('2011', { status: 'ended' })] })] }))).toEqual({
      minYear: 2004,
      maxYear: 2011,
    });
    // Trade figures 2019 and 2024; the Guangzhou district from 2026; the embassy from 1992.
    expect(dataYearSpan(records({ links: [trade()] }))).toEqual({ minYear: 2019, maxYear: 2024 });
    expect(dataYearSpan(records({ missions: [guangzhouCg()] }))).toEqual({ minYear: 2012, maxYear: 2026 });
    const handedOver = guangzhouCg({ district: [{ regions: ['CN-GD'], from: '2013', to: '2028-06', sources: [0] }] });
    expect(dataYearSpan(records({ missions: [handedOver] }))).toEqual({ minYear: 2012, maxYear: 2028 });
  });

  it('counts an event’s end date', () => {
    expect(dataYearSpan(records({ events: [event('forum', '2012-12-30', { endDate: '2014-01-02' })] }))).toEqual({ minYear: 2012, maxYear: 2014 });
  });

  it('does not stretch an open-ended tie to today', () => {
    expect(dataYearSpan(records({ links: [flight({ status: [step('2004')] })] }))).toEqual({ minYear: 2004, maxYear: 2004 });
  });

  it('is null when there are no dates', () => {
    expect(dataYearSpan(records({}))).toBeNull();
  });

  it('is what the index exposes as its span', () => {
    const r = records(defaultRecords());
    expect(miniIndex(defaultRecords()).span).toEqual(dataYearSpan(r));
  });
});

describe('newestSourceDate', () => {
  const records = (r: Parameters<typeof miniRecords>[0]) => miniRecords(r);

  it('is the latest publication date among the sources of missions, links and events', () => {
    const missions = [guangzhouCg({ sources: datedSources('2019-03', null) })];
    const links = [flight({ sources: datedSources('2024-11-02', '2021') })];
    const events = [event('visit', '2010', { sources: datedSources(null, '2025-06') })];
    expect(newestSourceDate(records({ missions, links, events }))).toBe('2025-06');
    expect(newestSourceDate(records({ missions, links }))).toBe('2024-11-02');
    expect(newestSourceDate(records({ missions }))).toBe('2019-03');
  });

  it('puts a day after its own month, and ignores the dates of the facts themselves', () => {
    const links = [flight({ status: [step('2030')], sources: datedSources('2026-07', '2026-07-15', '2026-02-28') })];
    expect(newestSourceDate(records({ links }))).toBe('2026-07-15');
  });

  it('is null when no source is dated', () => {
    expect(newestSourceDate(records({ links: [flight({ sources: datedSources(null) })] }))).toBeNull();
    expect(newestSourceDate(records({}))).toBeNull();
  });

  it('is what the index exposes', () => {
    expect(miniIndex(defaultRecords()).newestSource).toBe(newestSourceDate(records(defaultRecords())));
  });
});

describe('centrePlaceOf', () => {
  const places = [
    Place.parse({ id: 'uralsk', region: 'KZ-27', country: 'KZ', lon: 51.37, lat: 51.23, name: { en: 'Oral (Uralsk)', ru: 'Уральск', kk: 'Орал', zh: '乌拉尔斯克' } }),
    Place.parse({ id: 'taldykorgan', region: 'KZ-33', country: 'KZ', lon: 78.37, lat: 45.02, name: { en: 'Taldykorgan', ru: 'Талдыкорган', kk: 'Талдықорған', zh: '塔尔迪库尔干' } }),
  ];

  it('finds the centre by its English name without the alias, in the same country, whatever its region', () => {
    expect(centrePlaceOf({ country: 'KZ', centre_en: 'Oral' }, places)?.id).toBe('uralsk');
    // Almaty Region before 2022: its centre now lies in Zhetisu.
    expect(centrePlaceOf({ country: 'KZ', centre_en: 'Taldykorgan' }, places)?.id).toBe('taldykorgan');
  });

  it('finds at most one place for every centre in the shipped data', () => {
    const { index, boundaries } = realAtlas();
    const ambiguous = boundaries.regions.features
      .map((f) => f.properties)
      .filter((r) => r.centre_en && index.places.filter((p) => centrePlaceOf(r, [p])).length > 1)
      .map((r) => r.vid);
    expect(ambiguous).toEqual([]);
    // And finds the centres the atlas has: Urumqi for Xinjiang, Oral (Uralsk) for West Kazakhstan.
    const byId = (id: string) => boundaries.regions.features.find((f) => f.properties.vid === id)!.properties;
    expect(centrePlaceOf(byId('CN-XJ'), index.places)?.id).toBe('urumqi');
    expect(centrePlaceOf(byId('KZ-27'), index.places)?.id).toBe('uralsk');
  });

  it('finds nothing for another country, an unknown centre or none', () => {
    expect(centrePlaceOf({ country: 'CN', centre_en: 'Oral' }, places)).toBeUndefined();
    expect(centrePlaceOf({ country: 'KZ', centre_en: 'Kokshetau' }, places)).toBeUndefined();
    expect(centrePlaceOf({ country: 'KZ' }, places)).toBeUndefined();
  });
});
