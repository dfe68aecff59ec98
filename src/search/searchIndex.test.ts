import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type EventType } from '../data/schema';
import { UNTITLED } from '../data/mapData';
import { createNames } from '../model/names';
import { event, flight, guangzhouCg, miniIndex, modelFor, partnership, realAtlas, step, text, transport } from '../testing/fixtures';
import { LAYER_IDS, type LayerId } from '../view/view';
import { buildSearchIndex, groupResults, searchDocs, type SearchKind } from './searchIndex';

describe('search over the shipped data', () => {
  // Regions come from the boundary layer and places with known other names from ALIASES:
  // both stable. Missions, links and events are found by what each record says of itself,
  // so that the data can change under these tests.
  const { index } = realAtlas();
  const docs = buildSearchIndex(index, createNames(index, null, 'en'));
  const best = (query: string, kind: SearchKind) => searchDocs(docs, query).find((h) => h.doc.kind === kind)?.doc;
  /** Whether the record is among the best-scored hits of its kind (titles may repeat). */
  const amongBest = (query: string, kind: SearchKind, id: string) => {
    const hits = searchDocs(docs, query).filter((h) => h.doc.kind === kind);
    return hits.some((h) => h.doc.id === id && h.score === hits[0]!.score);
  };

  it.each(['Almaty', 'Алматы', 'алматы', 'ALMATY', '阿拉木图', 'Алма-Ата', 'Alma-Ata', 'almaata'])(
    '"%s" finds the city of Almaty (KZ-75) first among regions',
    (q) => {
      expect(best(q, 'region')?.id).toBe('KZ-75');
    },
  );

  it.each(['Jetisu', 'Zhetysu', 'Zhetisu', 'zhetisu', 'Жетісу', 'Жетысу', 'жетысу'])('"%s" finds Zhetisu Region (KZ-33)', (q) => {
    expect(best(q, 'region')?.id).toBe('KZ-33');
  });

  it.each([
    ['Shaanxi', 'CN-SN'],
    ['Shanxi', 'CN-SX'],
    ['shaanxi', 'CN-SN'],
  ])('"%s", spelled exactly, outranks its near twin: %s', (q, id) => {
    expect(searchDocs(docs, q)[0]?.doc.id).toBe(id);
  });

  it.each(["Xi'an", 'Xian'])('"%s" puts the city first, before regions with a similar loose spelling', (q) => {
    const hits = searchDocs(docs, q);
    expect(hits[0]?.doc.id).toBe('xian');
  });

  it.each(['Urumqi', 'Ürümqi', 'Urumchi', 'urumchi', 'Урумчи', 'Үрімші', '乌鲁木齐'])(
    '"%s" finds the place Urumqi, which selects Xinjiang (CN-XJ)',
    (q) => {
      const place = best(q, 'place');
      expect(place?.id).toBe('urumqi');
      expect(place?.target).toBe('CN-XJ');
    },
  );

  it.each([
    ['新疆', 'CN-XJ'],
    ['广东', 'CN-GD'],
    ['阿拉木图', 'KZ-75'],
  ])('"%s", a Chinese name without its administrative word, finds %s first of everything', (q, id) => {
    expect(searchDocs(docs, q)[0]?.doc.id).toBe(id);
  });

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

  it.each(['en', 'ru', 'kk', 'zh'] as const)('finds every mission, link and event by its own title in %s', (lang) => {
    const missed = [
      ...index.missions.map((m) => ['mission', m.id, m.name[lang]] as const),
      ...index.links.map((l) => ['link', l.id, l.title[lang]] as const),
      ...index.events.map((e) => ['event', e.id, e.title[lang]] as const),
    ].filter(([kind, id, title]) => !amongBest(title, kind, id));
    expect(missed).toEqual([]);
  });

  it('finds flights by their carrier in any language and by their endpoints’ Russian names', () => {
    const flights = index.links.filter((l) => l.type === 'flight');
    expect(flights.length).toBeGreaterThan(0);
    for (const f of flights) {
      for (const name of f.carrier ? new Set(Object.values(f.carrier)) : []) {
        expect(searchDocs(docs, name).some((h) => h.doc.id === f.id), `${f.id}: ${name}`).toBe(true);
      }
      const ends = `${index.placeById.get(f.a)!.name.ru} ${index.placeById.get(f.b)!.name.ru}`;
      expect(searchDocs(docs, ends).some((h) => h.doc.id === f.id), `${f.id}: ${ends}`).toBe(true);
    }
  });

  it('finds the consulate in Guangzhou', () => {
    expect(best('consulate guangzhou', 'mission')?.id).toBe('kz-cg-guangzhou');
  });

  it('tolerates one typo in a longer word', () => {
    expect(best('Shymknet', 'region')?.id).toBe('KZ-79');
    expect(best('Urumqui', 'place')?.id).toBe('urumqi');
  });

  it('ignores a one-letter Latin query but answers one Chinese character', () => {
    expect(searchDocs(docs, 'a')).toEqual([]);
    expect(searchDocs(docs, '疆').some((h) => h.doc.id === 'CN-XJ')).toBe(true);
  });
});

describe('buildSearchIndex', () => {
  const docsOf = (index = miniIndex()) => buildSearchIndex(index, createNames(index, null, 'en'));

  it('merges a city that is its own region into the region, and keeps other places apart', () => {
    const docs = docsOf();
    expect(docs.find((d) => d.id === 'almaty')).toBeUndefined();
    expect(searchDocs(docs, 'Almaty').find((h) => h.doc.kind === 'region')?.doc.id).toBe('KZ-75');
    const urumqi = docs.find((d) => d.id === 'urumqi');
    expect(urumqi).toMatchObject({ kind: 'place', target: 'CN-XJ' });
  });

  it('makes one document per region, whatever its number of variants', () => {
    expect(docsOf().filter((d) => d.id === 'KZ-19')).toHaveLength(1);
  });

  it('finds a mission by the places it has sat in, and a transport line by the places it passes', () => {
    const docs = docsOf();
    // The Chinese embassy sat in Almaty before Astana; both find it.
    expect(searchDocs(docs, 'Astana').some((h) => h.doc.id === 'cn-emb-astana')).toBe(true);
    expect(searchDocs(docs, 'Almaty').some((h) => h.doc.id === 'cn-emb-astana')).toBe(true);
    const index = miniIndex({ links: [transport({ id: 'tp-x', title: text('Steppe line'), via: ['astana'], operator: text('KTZ', 'КТЖ') })] });
    expect(searchDocs(docsOf(index), 'Astana').map((h) => h.doc.id)).toContain('tp-x');
    expect(searchDocs(docsOf(index), 'KTZ').map((h) => h.doc.id)).toContain('tp-x');
    expect(searchDocs(docsOf(index), 'КТЖ').map((h) => h.doc.id)).toContain('tp-x');
    expect(searchDocs(docsOf(index), 'Aktobe').map((h) => h.doc.id)).not.toContain('tp-x');
  });

  it('names a tie whose title is missing (links.json failed) by its two ends', () => {
    const docs = docsOf(miniIndex({ links: [{ ...flight(), title: UNTITLED }] }));
    const doc = docs.find((d) => d.id === 'fl-ala-urc');
    expect(doc?.names.ru).toBe('Алматы – Урумчи');
    expect(searchDocs(docs, 'Urumqi').map((h) => h.doc.id)).toContain('fl-ala-urc');
  });
});

describe('groupResults', () => {
  const setup = (layers: readonly LayerId[] = LAYER_IDS, types: readonly EventType[] = EVENT_TYPES) => {
    const links = [
      flight({ id: 'fl-old', status: [step('2004'), step('2010', { status: 'ended' })], title: text('Almaty – Urumqi 2004', 'Алматы – Урумчи') }),
      flight({ id: 'fl-new', status: [step('2024')], title: text('Almaty – Urumqi 2024', 'Алматы – Урумчи') }),
      partnership({ id: 'ps-almaty-xj', status: [step('2016')] }),
    ];
    const events = [
      event('flight', '2024-05', { title: text('Almaty flight launched', 'Рейс') }),
      event('visit', '2012', { title: text('Almaty delegation visits', 'Визит') }),
      event('forum', '2025', { title: text('Almaty forum', 'Форум') }),
    ];
    const index = miniIndex({ links, events, missions: [guangzhouCg()] });
    const docs = buildSearchIndex(index, createNames(index, null, 'en'));
    const range = { from: 2020, to: 2025 };
    const model = modelFor({ index, view: { from: range.from, to: range.to, types: [...types], layers: [...layers] } });
    return { index, docs, visible: model.visible!, filters: { range, types, layers } };
  };

  it('puts the group of the best hit first (a city named exactly before a region found by a looser match); equal bests keep the kinds’ order', () => {
    const { index, docs, visible, filters } = setup();
    const region = docs.find((d) => d.kind === 'region')!;
    const place = docs.find((d) => d.kind === 'place')!;
    const kinds = (placeScore: number) =>
      groupResults([{ doc: place, score: placeScore }, { doc: region, score: 2 }].sort((a, b) => b.score - a.score), index, visible, filters).groups.map((g) => g.kind);
    expect(kinds(5)).toEqual(['place', 'region']);
    expect(kinds(2)).toEqual(['region', 'place']);
  });

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
    // fl-old (2004 to 2010) and the 2012 visit.
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
