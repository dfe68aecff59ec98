import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../data/schema';
import { fixedT } from '../../testing/i18n';
import type { AtlasModel } from '../../model/atlasModel';
import { defaultRecords, flight, miniIndex, modelFor, partnership, realAtlas, step, text, trade } from '../../testing/fixtures';
import type { View } from '../../view/view';
import { buildListRows, LIST_TABS, listCounts, sortListRows, type ListContext, type ListRow } from './listItems';

/** The lists' context as the panel builds it from the model. */
const contextOf = (model: AtlasModel, lang: Lang = model.lang): ListContext => ({
  index: model.data.index!,
  visible: model.visible,
  regions: model.regions,
  districts: model.districts,
  names: model.names,
  day: model.day,
  lang,
  t: fixedT(lang),
});

/** The default records (see src/testing/fixtures.ts) shown for some years. */
const context = (range = { from: 2000, to: 2026 }, lang: Lang = 'en', view: Partial<View> = {}) =>
  contextOf(modelFor({ view: { ...range, ...view }, lang }));

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
      regions: ctx.regions!.valid.size,
      missions: ctx.visible!.missionIds.size,
      links: ctx.visible!.linkIds.size,
      events: ctx.visible!.eventIds.size,
    });
    for (const tab of LIST_TABS) expect(buildListRows(tab, ctx)).toHaveLength(counts[tab]);
    // 2010–2020: the Guangzhou consulate and the Chinese embassy (Aktobe is agreed only in
    // 2022), all four ties (the last, trade, from 2019), the 2015 visit; seven regions
    // (Zhetisu comes in 2022).
    expect(counts).toEqual({ regions: 7, missions: 2, links: 4, events: 1 });
    expect(new Set(ids(buildListRows('missions', ctx)))).toEqual(ctx.visible!.missionIds);
  });

  it('has no rows and zero counts while the data loads', () => {
    const model = modelFor({ index: null });
    expect(listCounts(model)).toEqual({ regions: 0, missions: 0, links: 0, events: 0 });
  });

  it('lists only the regions that exist on the day', () => {
    expect(ids(buildListRows('regions', context({ from: 2000, to: 2020 })))).not.toContain('KZ-33');
    expect(ids(buildListRows('regions', context({ from: 2000, to: 2023 })))).toContain('KZ-33');
  });

  it('follows the layer toggles: a hidden layer empties its rows', () => {
    const ctx = context({ from: 2000, to: 2026 }, 'en', { layers: ['flights'] });
    expect(ids(buildListRows('links', ctx))).toEqual(['fl-ala-urc']);
    expect(buildListRows('missions', ctx)).toEqual([]);
  });

  it('describes a region by kind, country and the mission serving it on the day', () => {
    expect(row(buildListRows('regions', context()), 'CN-GD')).toMatchObject({
      name: 'Guangdong',
      details: ['Province', 'China', 'served by Consulate General of Kazakhstan in Guangzhou'],
    });
    // Before the Guangzhou district was published (2026-01-16), nobody serves Guangdong.
    expect(row(buildListRows('regions', context({ from: 2000, to: 2025 })), 'CN-GD').details).toEqual(['Province', 'China']);
  });

  it('describes missions by kind, the city they sat in on the day and opening date', () => {
    const rows = buildListRows('missions', context());
    expect(row(rows, 'cn-cg-aktobe').details).toEqual(['Consulate general', 'Aktobe', 'opened July 2024']);
    // The Chinese embassy moved from Almaty to Astana in 2007.
    expect(row(rows, 'cn-emb-astana').details.slice(0, 2)).toEqual(['Embassy', 'Astana']);
    expect(row(buildListRows('missions', context({ from: 2000, to: 2005 })), 'cn-emb-astana').details[1]).toBe('Almaty');
  });

  it('says when a mission is only announced', () => {
    expect(row(buildListRows('missions', context({ from: 2022, to: 2023 })), 'cn-cg-aktobe').details).toContain(
      'announced, not yet operating',
    );
  });

  it('describes links by type, named endpoints and years, and flags uncertain ones', () => {
    const rows = buildListRows('links', context());
    expect(row(rows, 'fl-ala-urc')).toMatchObject({ details: ['Flight', 'Almaty – Urumqi', 'since 2004'], uncertain: false });
    expect(row(rows, 'tr-kz-xj')).toMatchObject({ details: ['Trade', 'Kazakhstan – Xinjiang', 'since 2019'], uncertain: true });
    expect(row(rows, 'ps-almaty-xj').details[1]).toBe('Almaty Region – Xinjiang');
    expect(row(rows, 'rail-altynkol-khorgos').details).toEqual(['Transport corridor', 'Almaty – Urumqi', 'since 2012']);
  });

  it('says how a link stands at the end of the years shown: suspended, or ended with its years', () => {
    const index = miniIndex({
      links: [
        flight({ id: 'fl-paused', status: [step('2004'), step('2020-02', { status: 'suspended' })] }),
        flight({ id: 'fl-gone', status: [step('2004'), step('2019-06', { status: 'ended' })] }),
        flight({ id: 'fl-brief', status: [step('2019-03'), step('2019-11', { status: 'ended' })] }),
        flight({ id: 'fl-unseen', status: [step('2004'), step('2019-06', { status: 'ended', lastReported: true })] }),
        flight({ id: 'fl-plan', status: [step('2019-04', { status: 'announced' }), step('2020-01', { status: 'planned', plannedStart: '2022' })] }),
        flight({ id: 'fl-again', status: [step('2008-04'), step('2018-11', { status: 'ended' }), step('2020-07')] }),
      ],
    });
    const rows = buildListRows('links', contextOf(modelFor({ index, view: { from: 2018, to: 2021 } })));
    // A plan is not there "since" its announcement, nor at a bare date read as its start: when it was reported, then what it is.
    expect(row(rows, 'fl-plan').details).toEqual(['Flight', 'Almaty – Urumqi', 'reported 2019', 'announced, not yet operating', 'planned start: 2022']);
    // A suspension in force ends the span: not "since 2004", which would read as suspended since then.
    expect(row(rows, 'fl-paused').details).toEqual(['Flight', 'Almaty – Urumqi', '2004–2020', 'suspended']);
    expect(row(rows, 'fl-gone').details).toEqual(['Flight', 'Almaty – Urumqi', '2004–2019', 'ended']);
    // Flown, ended, flown again: both runs, not "since 2008" across the gap.
    expect(row(rows, 'fl-again').details).toEqual(['Flight', 'Almaty – Urumqi', '2008–2018', 'since 2020']);
    // A tie that began and ended in one year is that year, not "2019–2019".
    expect(row(rows, 'fl-brief').details[2]).toBe('2019');
    // An end that is only the last report found is not called ended.
    expect(row(rows, 'fl-unseen').details).toEqual(['Flight', 'Almaty – Urumqi', '2004–2019', 'no later reports']);
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
    // Aktobe Region has no Kazakh or Chinese name here: Kazakh falls back to Russian, Chinese to English.
    expect(row(buildListRows('regions', context(undefined, 'kk')), 'KZ-15')).toMatchObject({ name: 'Актюбинская область', nameLang: 'ru' });
    expect(row(buildListRows('regions', context(undefined, 'zh')), 'KZ-15')).toMatchObject({ name: 'Aktobe Region', nameLang: 'en' });
  });
});

describe('sortListRows', () => {
  it('sorts by name, by date (newest first) and by type, each to a different order', () => {
    const index = miniIndex({
      ...defaultRecords(),
      links: [
        flight({ title: text('Urumqi route', 'Рейс в Урумчи') }), // 2004
        partnership({ title: text('Almaty Region and Xinjiang', 'Алматинская область и Синьцзян') }), // 2014-06
        trade({ title: text('Border trade', 'Приграничная торговля') }), // 2019
      ],
    });
    const rows = buildListRows('links', contextOf(modelFor({ index })));
    expect(ids(sortListRows(rows, 'name', 'en'))).toEqual(['ps-almaty-xj', 'tr-kz-xj', 'fl-ala-urc']);
    expect(ids(sortListRows(rows, 'date', 'en'))).toEqual(['tr-kz-xj', 'ps-almaty-xj', 'fl-ala-urc']);
    expect(ids(sortListRows(rows, 'type', 'en'))).toEqual(['fl-ala-urc', 'ps-almaty-xj', 'tr-kz-xj']);
  });

  it('sorts names by the language’s collation', () => {
    const rows = buildListRows('regions', context(undefined, 'ru'));
    // Russian order: Актюбинская, Алматинская, Алматы, Астана …; Cyrillic before Latin.
    expect(ids(sortListRows(rows, 'name', 'ru')).slice(0, 4)).toEqual(['KZ-15', 'KZ-19', 'KZ-75', 'KZ-71']);
  });

  it('groups regions by country, names alphabetical within each', () => {
    const rows = sortListRows(buildListRows('regions', context()), 'country', 'en');
    expect(ids(rows)).toEqual(['CN-BJ', 'CN-GD', 'CN-XJ', 'KZ-15', 'KZ-75', 'KZ-19', 'KZ-71', 'KZ-33']);
  });

  it('does not change the rows it is given', () => {
    const rows = buildListRows('events', context());
    const before = ids(rows);
    sortListRows(rows, 'name', 'en');
    expect(ids(rows)).toEqual(before);
  });
});

describe('on the shipped data', () => {
  const { index, boundaries } = realAtlas();

  it.each(LANGS)('lists every visible object with a name and named endpoints in %s', (lang) => {
    const ctx = contextOf(modelFor({ index, boundaries, lang }));
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
