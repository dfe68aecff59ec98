import { selectVisible } from '../filter/visible';
import { event, flight, guangzhouCg, partnership } from '../filter/testFixtures';
import { EVENT_TYPES } from '../data/schema';
import { LAYER_IDS, type LayerId } from '../state/urlCodec';
import { buildSearchIndex, groupResults, nearestActiveYear, searchDocs, type SearchKind } from './searchIndex';
import { miniBoundaries, miniIndex, realAtlas } from './testFixtures';

describe('search over the shipped data', () => {
  const { index, boundaries } = realAtlas();
  const docs = buildSearchIndex(index, boundaries);
  const best = (query: string, kind: SearchKind) => searchDocs(docs, query).find((h) => h.doc.kind === kind)?.doc;

  it.each(['Almaty', 'Алматы', 'алматы', 'ALMATY', '阿拉木图', 'Алма-Ата', 'Alma-Ata', 'almaata'])(
    '"%s" finds the city of Almaty (KZ-75) first among regions',
    (q) => {
      expect(best(q, 'region')?.id).toBe('KZ-75');
    },
  );

  it.each(['Jetisu', 'Zhetysu', 'Zhetisu', 'zhetisu', 'Жетісу', 'Жетысу', 'жетысу'])('"%s" finds Zhetisu Region (KZ-33)', (q) => {
    expect(best(q, 'region')?.id).toBe('KZ-33');
  });

  it.each(['Urumqi', 'Ürümqi', 'Urumchi', 'urumchi', 'Урумчи', 'Үрімші', '乌鲁木齐'])(
    '"%s" finds the place Urumqi, which selects Xinjiang (CN-XJ)',
    (q) => {
      const place = best(q, 'place');
      expect(place?.id).toBe('urumqi');
      expect(place?.target).toBe('CN-XJ');
    },
  );

  it('finds Xinjiang by its capital too', () => {
    expect(best('urumchi', 'region')?.id).toBe('CN-XJ');
  });

  it.each(['Shymkent', 'Chimkent', 'Шымкент', 'Чимкент'])('"%s" finds Shymkent (KZ-79)', (q) => {
    expect(best(q, 'region')?.id).toBe('KZ-79');
  });

  it.each(['Aktobe', 'Aqtobe', 'Актобе', 'Ақтөбе'])('"%s" finds Aktobe Region (KZ-15) and the city', (q) => {
    expect(best(q, 'region')?.id).toBe('KZ-15');
    expect(best(q, 'place')?.id).toBe('aktobe');
  });

  it.each([
    ['Tszyansu', 'CN-JS'],
    ['Sintszyan', 'CN-XJ'],
    ['Guandun', 'CN-GD'],
    ['South Kazakhstan', 'KZ-61'],
    ['Оңтүстік Қазақстан', 'KZ-61'],
    ['cn-xj', 'CN-XJ'],
    ['Taldykorgan', 'KZ-33'],
  ])('"%s" (transliteration, former name, code or centre) finds %s', (q, id) => {
    expect(best(q, 'region')?.id).toBe(id);
  });

  it('finds missions, links by carrier and endpoints, and events by title', () => {
    expect(best('consulate guangzhou', 'mission')?.id).toBe('kz-cg-guangzhou');
    expect(searchDocs(docs, 'China Southern').some((h) => h.doc.id === 'fl-can-ala-cz')).toBe(true);
    expect(best('Гуанчжоу Алматы', 'link')?.id).toBe('fl-can-ala-cz');
    expect(best('all-cargo', 'event')?.id).toBe('ev-fl-urc-akx-cargo-launch');
  });

  it('tolerates one typo in a longer word', () => {
    expect(best('Kokshetua', 'place')?.id).toBe('kokshetau');
  });

  it('ignores a one-letter Latin query but answers one Chinese character', () => {
    expect(searchDocs(docs, 'a')).toEqual([]);
    expect(searchDocs(docs, '疆').some((h) => h.doc.id === 'CN-XJ')).toBe(true);
  });
});

describe('buildSearchIndex', () => {
  it('merges a city that is its own region into the region, and keeps other places apart', () => {
    const docs = buildSearchIndex(miniIndex({}), miniBoundaries());
    expect(docs.find((d) => d.id === 'almaty')).toBeUndefined();
    const urumqi = docs.find((d) => d.id === 'urumqi');
    expect(urumqi).toMatchObject({ kind: 'place', target: 'CN-XJ' });
  });

  it('makes one document per region, whatever its number of variants', () => {
    const docs = buildSearchIndex(miniIndex({}), miniBoundaries());
    expect(docs.filter((d) => d.id === 'KZ-19')).toHaveLength(1);
  });
});

describe('groupResults', () => {
  const setup = (layers: readonly LayerId[] = LAYER_IDS, types = [...EVENT_TYPES]) => {
    const links = [
      flight({ id: 'fl-old', from: '2004', to: '2010', title: { en: 'Almaty – Urumqi 2004', ru: 'Алматы – Урумчи' } }),
      flight({ id: 'fl-new', from: '2024', title: { en: 'Almaty – Urumqi 2024', ru: 'Алматы – Урумчи' } }),
      partnership({ id: 'ps-almaty-xj', from: '2016' }),
    ];
    const events = [
      event('flight', '2024-05', { title: { en: 'Almaty flight launched', ru: 'Рейс' } }),
      event('visit', '2012', { title: { en: 'Almaty delegation visits', ru: 'Визит' } }),
      event('forum', '2025', { title: { en: 'Almaty forum', ru: 'Форум' } }),
    ];
    const missions = [guangzhouCg()];
    const index = miniIndex({ links, events, missions });
    const docs = buildSearchIndex(index, miniBoundaries());
    const range = { from: 2020, to: 2025 };
    const filters = { range, types, layers };
    const visible = selectVisible(index, filters);
    return { index, docs, visible, filters };
  };

  it('groups by kind in a fixed order, with counts, and lists only what is shown', () => {
    const { index, docs, visible, filters } = setup();
    const result = groupResults(searchDocs(docs, 'almaty'), index, visible, filters);
    expect(result.groups.map((g) => g.kind)).toEqual(['region', 'link', 'event']);
    const links = result.groups.find((g) => g.kind === 'link')!;
    expect(links.hits.map((h) => h.doc.id).sort()).toEqual(['fl-new', 'ps-almaty-xj']);
    expect(links.total).toBe(2);
    const events = result.groups.find((g) => g.kind === 'event')!;
    expect(events.total).toBe(2);
  });

  it('counts matches outside the years and gives the span that includes them', () => {
    const { index, docs, visible, filters } = setup();
    const result = groupResults(searchDocs(docs, 'almaty'), index, visible, filters);
    // fl-old (2004–2010) and the 2012 visit.
    expect(result.outsideYears).toBe(2);
    expect(result.hiddenByFilters).toBe(0);
    expect(result.includeSpan).toEqual({ from: 2010, to: 2025 });
  });

  it('counts matches hidden by a layer or type switch apart, without a span', () => {
    const { index, docs, visible, filters } = setup(['districts', 'partnerships', 'missions'], ['visit', 'forum']);
    const result = groupResults(searchDocs(docs, 'almaty'), index, visible, filters);
    // Both flights (layer off) and the 2024 flight event (type off).
    expect(result.hiddenByFilters).toBe(3);
    // Only the 2012 visit is a matter of years.
    expect(result.outsideYears).toBe(1);
    expect(result.includeSpan).toEqual({ from: 2012, to: 2025 });
  });

  it('cuts each group to the limit but keeps its total', () => {
    const { index, docs, visible, filters } = setup();
    const result = groupResults(searchDocs(docs, 'almaty'), index, visible, filters, 1);
    const links = result.groups.find((g) => g.kind === 'link')!;
    expect(links.hits).toHaveLength(1);
    expect(links.total).toBe(2);
  });
});

describe('nearestActiveYear', () => {
  it('skips the years a flight was suspended', () => {
    const link = flight({ from: '2015', suspended: [{ from: '2020-02', to: '2023-06' }] });
    expect(nearestActiveYear({ kind: 'link', record: link }, { from: 2021, to: 2022 }, 2026)).toBe(2023);
  });

  it('takes the closer side of the range', () => {
    const link = flight({ from: '2010', to: '2018' });
    expect(nearestActiveYear({ kind: 'link', record: link }, { from: 2020, to: 2025 }, 2026)).toBe(2018);
    const later = flight({ from: '2027' });
    expect(nearestActiveYear({ kind: 'link', record: later }, { from: 2020, to: 2025 }, 2026)).toBe(2027);
  });
});
