import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBoundaries, regionIdsAt } from '../../data/boundaries';
import { buildIndex } from '../../data/indexes';
import { EventsFile, LANGS, LinksFile, MissionsFile, PlacesFile, type Lang } from '../../data/schema';
import { dataYearSpan } from '../../filter/visible';
import { flight, partnership, trade } from '../../filter/testFixtures';
import { fixtureAtlas, initListStrings, visibleIn } from './listFixtures';
import { buildListRows, LIST_TABS, listCounts, sortListRows, type ListContext, type ListRow } from './listItems';

let i18n: ReturnType<typeof initListStrings>;
beforeAll(() => {
  i18n = initListStrings();
});

const context = (range = { from: 2000, to: 2026 }, lang: Lang = 'en', day = `${range.to}-12-31`): ListContext => {
  const { index, boundaries } = fixtureAtlas();
  return { index, boundaries, visible: visibleIn(index, range), day, lang, t: i18n.getFixedT(lang) };
};
const ids = (rows: readonly ListRow[]) => rows.map((r) => r.id);
const row = (rows: readonly ListRow[], id: string) => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('listCounts and buildListRows', () => {
  it('has one row per visible record and per region existing on the day, as the map counts them', () => {
    const ctx = context({ from: 2010, to: 2020 });
    const counts = listCounts(ctx);
    expect(counts).toEqual({
      regions: regionIdsAt(ctx.boundaries.regions, ctx.day).length,
      missions: ctx.visible.missionIds.size,
      links: ctx.visible.linkIds.size,
      events: ctx.visible.eventIds.size,
    });
    for (const tab of LIST_TABS) expect(buildListRows(tab, ctx)).toHaveLength(counts[tab]);
    // 2010–2020: Guangzhou and Beijing missions (Aktobe opens in 2024), all three links, one event.
    expect(counts).toMatchObject({ missions: 2, links: 3, events: 1 });
    expect(new Set(ids(buildListRows('missions', ctx)))).toEqual(ctx.visible.missionIds);
  });

  it('lists only the regions that exist on the day', () => {
    expect(ids(buildListRows('regions', context({ from: 2000, to: 2020 })))).not.toContain('KZ-33');
    expect(ids(buildListRows('regions', context({ from: 2000, to: 2023 })))).toContain('KZ-33');
  });

  it('follows the layer toggles: a hidden layer empties its rows', () => {
    const { index, boundaries } = fixtureAtlas();
    const visible = visibleIn(index, { from: 2000, to: 2026 }, { layers: ['flights'] });
    const ctx = { index, boundaries, visible, day: '2026-12-31', lang: 'en' as const, t: i18n.getFixedT('en') };
    expect(ids(buildListRows('links', ctx))).toEqual(['fl-ala-urc']);
    expect(buildListRows('missions', ctx)).toEqual([]);
  });

  it('describes a region by kind, country and the mission serving it on the day', () => {
    const rows = buildListRows('regions', context());
    expect(row(rows, 'CN-GD')).toMatchObject({
      name: 'Guangdong',
      details: ['Province', 'China', 'served by Consulate General of Kazakhstan in Guangzhou'],
    });
    // Before the Guangzhou district was published (2026-01-16), nobody serves Guangdong.
    expect(row(buildListRows('regions', context({ from: 2000, to: 2025 })), 'CN-GD').details).toEqual([
      'Province',
      'China',
    ]);
  });

  it('describes missions by kind, city and opening date', () => {
    expect(row(buildListRows('missions', context()), 'cn-cg-aktobe').details).toEqual([
      'Consulate general',
      'Aktobe',
      'opened November 2024',
    ]);
  });

  it('describes links by type, named endpoints and years, and flags uncertain ones', () => {
    const rows = buildListRows('links', context());
    expect(row(rows, 'fl-ala-urc')).toMatchObject({
      details: ['Flight', 'Almaty – Urumqi', 'since 2004'],
      uncertain: false,
    });
    expect(row(rows, 'tr-kz-xj')).toMatchObject({
      details: ['Trade', 'Kazakhstan – Xinjiang', '2019–2024'],
      uncertain: true,
    });
    expect(row(rows, 'ps-almaty-xj').details[1]).toBe('Almaty Region – Xinjiang');
  });

  it('describes events by date and type', () => {
    const rows = buildListRows('events', context());
    expect(rows.find((r) => r.name === 'Akim visits Urumqi')?.details).toEqual(['10 May 2015', 'Visit']);
    expect(rows.find((r) => r.name === 'Charter flights')?.uncertain).toBe(true);
  });

  it('names and describes rows in the chosen language, with the language the name is in', () => {
    const rows = buildListRows('regions', context(undefined, 'ru'));
    expect(row(rows, 'KZ-19')).toMatchObject({ name: 'Алматинская область', nameLang: 'ru' });
    expect(row(rows, 'KZ-19').details).toEqual(['Область', 'Казахстан']);
    // Chinese falls back to English when a region has no Chinese name.
    expect(row(buildListRows('regions', context(undefined, 'zh')), 'CN-XJ')).toMatchObject({
      name: 'Xinjiang',
      nameLang: 'en',
    });
  });
});

describe('sortListRows', () => {
  it('sorts by name, by date (newest first) and by type, each to a different order', () => {
    const { index, boundaries } = fixtureAtlas({
      links: [
        flight({ title: { en: 'Urumqi route', ru: 'Рейс в Урумчи' } }),
        partnership({ title: { en: 'Almaty Region and Xinjiang', ru: 'Алматинская область и Синьцзян' } }),
        trade({ title: { en: 'Border trade', ru: 'Приграничная торговля' } }),
      ],
    });
    const visible = visibleIn(index, { from: 2000, to: 2026 });
    const rows = buildListRows('links', { index, boundaries, visible, day: '2026-12-31', lang: 'en', t: i18n.getFixedT('en') });
    expect(ids(sortListRows(rows, 'name', 'en'))).toEqual(['ps-almaty-xj', 'tr-kz-xj', 'fl-ala-urc']);
    expect(ids(sortListRows(rows, 'date', 'en'))).toEqual(['tr-kz-xj', 'ps-almaty-xj', 'fl-ala-urc']);
    expect(ids(sortListRows(rows, 'type', 'en'))).toEqual(['fl-ala-urc', 'ps-almaty-xj', 'tr-kz-xj']);
  });

  it('groups regions by country, names alphabetical within each', () => {
    const rows = sortListRows(buildListRows('regions', context()), 'country', 'en');
    expect(ids(rows)).toEqual(['CN-BJ', 'CN-GD', 'CN-XJ', 'KZ-15', 'KZ-75', 'KZ-19', 'KZ-33']);
  });

  it('does not change the rows it is given', () => {
    const rows = buildListRows('events', context());
    const before = ids(rows);
    sortListRows(rows, 'name', 'en');
    expect(ids(rows)).toEqual(before);
  });
});

describe('on the shipped data', () => {
  const read = (file: string): unknown =>
    JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/data', file), 'utf8'));
  const boundaries = decodeBoundaries(read('boundaries.topo.json'));
  const index = buildIndex(
    {
      places: PlacesFile.parse(read('places.json')).places,
      missions: MissionsFile.parse(read('missions.json')).missions,
      links: LinksFile.parse(read('links.json')).links,
      events: EventsFile.parse(read('events.json')).events,
    },
    boundaries.regions.features,
  );
  const span = dataYearSpan(index)!;
  const range = { from: span.minYear, to: span.maxYear };

  it.each(LANGS)('lists every visible object with a name and named endpoints in %s', (lang) => {
    const ctx: ListContext = {
      index,
      boundaries,
      visible: visibleIn(index, range),
      day: `${range.to}-12-31`,
      lang,
      t: i18n.getFixedT(lang),
    };
    const counts = listCounts(ctx);
    for (const tab of LIST_TABS) {
      const rows = buildListRows(tab, ctx);
      expect(rows).toHaveLength(counts[tab]);
      for (const r of rows) expect(r.name, r.id).not.toBe('');
    }
    expect(counts.links).toBe(index.links.length); // the full span shows every link
    // An endpoint without a name would show its raw id ("KZ-19", "almaty").
    for (const r of buildListRows('links', ctx)) {
      const link = index.links.find((l) => l.id === r.id)!;
      expect(r.details[1], r.id).not.toMatch(new RegExp(`\\b(${link.a}|${link.b})\\b`));
    }
  });
});
