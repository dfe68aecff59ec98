import { describe, expect, it } from 'vitest';
import { chineseEmbassy, event, flight, guangzhouCg, miniIndex, modelFor, partnership, realAtlas, source, step, text, trade, transport } from '../testing/fixtures';
import { UNTITLED } from '../data/mapData';
import { BOM, csvCell, eventsTable, linksTable, missionsTable, toCsv, type Table } from './csv';

/** A small RFC 4180 reader, to check that what we write reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

const column = (table: Table, name: string) => table.rows.map((r) => r[table.header.indexOf(name)]);

describe('csvCell', () => {
  it('quotes fields with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it.each(['=SUM(A1:A2)', '+7 727', '-1+1', '@cmd', '\tx'])('guards "%s" against formula injection', (value) => {
    expect(csvCell(value)).toMatch(/^"?'/);
  });

  it('keeps numbers, booleans and empty values as they are', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(1.5e9)).toBe('1500000000');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and reads back to the same cells', () => {
    const text = toCsv({ header: ['id', 'title'], rows: [['a', 'Алматы, "Алма-Ата"'], ['b', '=1+1']] });
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      ['id', 'title'],
      ['a', 'Алматы, "Алма-Ата"'],
      ['b', "'=1+1"],
    ]);
  });
});

describe('tables', () => {
  const twoSources = [
    source({ title: 'Рейс, открыт', url: 'https://example.org/a', date: '2025-06-01', citing: text('Kazakh MFA', 'МИД РК') }),
    source({ publisher: 'Xinhua', title: 'Route opens', url: 'https://example.org/b', date: null, lang: 'en', mirror: true, via: 'mirror.example.cn' }),
  ];
  const setup = () => {
    const links = [
      flight({
        id: 'fl-a',
        carrier: text('Air Astana', 'Эйр Астана'),
        status: [step('2024', { perWeek: 3 }), step('2025-06', { perWeek: 5, sources: [0, 1] })],
        sources: twoSources,
      }),
      partnership({ id: 'ps-a', status: [step('2016')] }),
      trade({ id: 'tr-a', values: [{ year: 2024, value: 1.2e10, unit: 'usd', reporter: 'KZ', growthPct: -3.5, source: 0 }] }),
      transport({ id: 'tp-a', via: ['astana'], operator: text('KTZ', 'КТЖ') }),
      flight({ id: 'fl-old', status: [step('2004'), step('2010', { status: 'ended' })] }),
    ];
    const index = miniIndex({
      links,
      missions: [guangzhouCg(), chineseEmbassy()],
      events: [event('flight', '2024-06', { places: ['almaty'] }), event('visit', '2001')],
    });
    // What the app shows for 2020–2025, names and all.
    const model = modelFor({ index, view: { from: 2020, to: 2025 } });
    return { index, visible: model.visible!, nameOf: model.names.all, day: model.day };
  };
  const rowOf = (table: Table, id: string) =>
    Object.fromEntries(table.header.map((h, i) => [h, table.rows.find((r) => r[0] === id)![i]]));

  it('has one row per shown record and every source in its own columns', () => {
    const { index, visible, nameOf } = setup();
    const links = linksTable(index, nameOf, visible.linkIds);
    expect(links.rows).toHaveLength(visible.counts.links);
    // The route that ended in 2010 is not shown for 2020–2025.
    expect(column(links, 'id')).toEqual(['fl-a', 'ps-a', 'tr-a', 'tp-a']);
    expect(links.header).toContain('source_2_lang');
    expect(links.header).not.toContain('source_3_publisher');
    expect(column(links, 'source_1_publisher')).toEqual(['Kazinform', 'Example Ministry', 'Example Ministry', 'Example Ministry']);
    expect(column(links, 'source_2_url')).toEqual(['https://example.org/b', 'https://example.org/news/2', 'https://example.org/news/2', 'https://example.org/news/2']);
    // How a page was read travels with it.
    expect(rowOf(links, 'fl-a')).toMatchObject({ source_2_via: 'mirror.example.cn', source_2_mirror: true, source_2_citing: undefined });
    // A cited outlet by its English name, like the rest of the bibliographic columns.
    expect(rowOf(links, 'fl-a')).toMatchObject({ source_1_publisher: 'Kazinform', source_1_citing: 'Kazakh MFA' });
  });

  it('writes endpoints with ids and names in four languages', () => {
    const { index, visible, nameOf } = setup();
    const links = linksTable(index, nameOf, visible.linkIds);
    expect(rowOf(links, 'fl-a')).toMatchObject({ a_id: 'almaty', a_name_ru: 'Алматы', b_id: 'urumqi', b_name_en: 'Urumqi', b_name_zh: 'Urumqi (zh)' });
    expect(rowOf(links, 'ps-a')).toMatchObject({ a_id: 'KZ-19', a_name_en: 'Almaty Region', kind: 'sister-region' });
    expect(rowOf(links, 'tr-a')).toMatchObject({ a_id: 'KZ', a_name_en: 'Kazakhstan', a_name_zh: '哈萨克斯坦' });
  });

  it('gives the id where a name is missing in a language, in the links and the events alike', () => {
    const { index, visible, nameOf } = setup();
    // As for the Chinese provinces with no sourced Kazakh name: en, ru and zh, no kk.
    const withoutKazakh = (id: string) => {
      const { kk: _dropped, ...rest } = nameOf(id);
      return id === 'almaty' ? rest : nameOf(id);
    };
    expect(rowOf(linksTable(index, withoutKazakh, visible.linkIds), 'fl-a')).toMatchObject({ a_name_kk: 'almaty', a_name_ru: 'Алматы' });
    const events = eventsTable(index, withoutKazakh, visible.eventIds);
    expect(column(events, 'places_name_kk')).toEqual(['almaty']);
    expect(column(events, 'places_name_ru')).toEqual(['Алматы']);
  });

  it('titles a tie whose own title is missing (links.json failed) by its two ends', () => {
    const index = miniIndex({ links: [{ ...flight(), title: UNTITLED }] });
    const { names } = modelFor({ index, view: { from: 2020, to: 2025 } });
    expect(rowOf(linksTable(index, names.all, new Set(['fl-ala-urc'])), 'fl-ala-urc')).toMatchObject({
      title_en: 'Almaty – Urumqi',
      title_ru: 'Алматы – Урумчи',
    });
  });

  it('writes the status history, the period and the figures as text, with their sources', () => {
    const { index, visible, nameOf } = setup();
    const links = linksTable(index, nameOf, visible.linkIds);
    expect(rowOf(links, 'fl-a')).toMatchObject({
      operator_en: 'Air Astana',
      operator_ru: 'Эйр Астана',
      operator_zh: 'Air Astana (zh)',
      period: '2024/..',
      status_history: '2024: operating 3/week (source 1); 2025-06: operating 5/week (source 1, 2)',
      figures: null,
    });
    expect(rowOf(links, 'tr-a')).toMatchObject({
      period: '2024/..',
      status_history: null,
      figures: '2024: 12000000000 usd (reported by KZ, -3.5%, source 1)',
    });
    expect(rowOf(links, 'tp-a')).toMatchObject({ kind: 'rail-crossing', via: 'astana', operator_en: 'KTZ', operator_ru: 'КТЖ' });
    expect(rowOf(links, 'tp-a').status_history).toBe('2012-12: operating capacity 20 trains/day (source 1)');
    // An ended tie has a closed period.
    const old = linksTable(index, nameOf, new Set(['fl-old']));
    expect(rowOf(old, 'fl-old').period).toBe('2004/2010');
    // A service that ended and ran again: both runs.
    const again = flight({ id: 'fl-again', status: [step('2008-04'), step('2018-11', { status: 'ended' }), step('2020-07')] });
    expect(rowOf(linksTable(miniIndex({ links: [again] }), nameOf, new Set(['fl-again'])), 'fl-again').period).toBe('2008-04/2018-11; 2020-07/..');
  });

  it('says when an end is only the last report found', () => {
    const unseen = flight({ id: 'fl-unseen', status: [step('2019'), step('2023-11', { status: 'ended', lastReported: true })] });
    const index = miniIndex({ links: [unseen] });
    const { names } = modelFor({ index, view: { from: 2019, to: 2023 } });
    expect(rowOf(linksTable(index, names.all, new Set(['fl-unseen'])), 'fl-unseen').status_history).toBe(
      '2019: operating (source 1); 2023-11: ended (last report found) (source 1)',
    );
  });

  it('gives a plan\u2019s planned start with its step', () => {
    const plan = flight({ id: 'fl-plan', status: [step('2026-02-25', { status: 'planned', plannedStart: '2026-06-02', perWeek: 2 })] });
    const index = miniIndex({ links: [plan] });
    const { names } = modelFor({ index, view: { from: 2026, to: 2026 } });
    expect(rowOf(linksTable(index, names.all, new Set(['fl-plan'])), 'fl-plan').status_history).toBe(
      '2026-02-25: planned for 2026-06-02 2/week (source 1)',
    );
  });

  it('writes missions with the seat of the day shown, and events with their places', () => {
    const { index, visible, nameOf, day } = setup();
    const missions = missionsTable(index, nameOf, visible.missionIds, day);
    expect(missions.rows).toHaveLength(visible.counts.missions);
    expect(rowOf(missions, 'kz-cg-guangzhou')).toMatchObject({ region_id: 'CN-GD', district: '2026-01-16/..: CN-GD CN-XJ (source 2)' });
    // The Chinese embassy moved from Almaty to Astana in 2007.
    expect(rowOf(missions, 'cn-emb-astana')).toMatchObject({ place_id: 'astana', place_name_en: 'Astana', region_id: 'KZ-71' });
    const before = missionsTable(index, nameOf, new Set(['cn-emb-astana']), '2005-12-31');
    expect(rowOf(before, 'cn-emb-astana')).toMatchObject({ place_id: 'almaty', region_id: 'KZ-75' });
    expect(rowOf(before, 'cn-emb-astana').seats).toBe('1992: almaty (source 1); 2007: astana (source 2)');
    const events = eventsTable(index, nameOf, visible.eventIds);
    expect(events.rows).toHaveLength(visible.counts.events);
    expect(column(events, 'places_name_en')).toEqual(['Almaty']);
    // Every name in the four languages, as the links have them.
    expect(column(events, 'places_name_ru')).toEqual(['Алматы']);
    expect(events.header.filter((h) => /^(regions|places|from|to)_name_/.test(h))).toHaveLength(16);
  });
});

describe('CSV export of the shipped data, default view', () => {
  const { index, boundaries } = realAtlas();
  const model = modelFor({ index, boundaries });
  const visible = model.visible!;
  const tables = {
    links: linksTable(index, model.names.all, visible.linkIds),
    missions: missionsTable(index, model.names.all, visible.missionIds, model.day),
    events: eventsTable(index, model.names.all, visible.eventIds),
  };

  it.each(['links', 'missions', 'events'] as const)('%s: as many rows as the counts say, each with a source', (kind) => {
    const table = tables[kind];
    expect(table.rows.length).toBe(visible.counts[kind]);
    expect(table.rows.length).toBeGreaterThan(0);
    for (const url of column(table, 'source_1_url')) expect(url).toMatch(/^https?:\/\//);
    // The file reads back to one line per row plus the header.
    expect(parseCsv(toCsv(table).slice(1))).toHaveLength(table.rows.length + 1);
  });
});
