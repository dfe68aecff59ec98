import { EVENT_TYPES } from '../data/schema';
import { event, flight, guangzhouCg, partnership, trade } from '../filter/testFixtures';
import { dataYearSpan, selectVisible } from '../filter/visible';
import { endpointNameLookup } from '../search/endpointNames';
import { miniBoundaries, miniIndex, realAtlas } from '../search/testFixtures';
import { LAYER_IDS } from '../state/urlCodec';
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
    { publisher: 'Kazinform', title: 'Рейс, открыт', url: 'https://example.org/a', date: '2025-06-01', lang: 'ru' },
    { publisher: 'Xinhua', title: 'Route opens', url: 'https://example.org/b', date: null, lang: 'en' },
  ];
  const setup = () => {
    const links = [
      flight({ id: 'fl-a', carrier: 'Air Astana', frequency: [{ from: '2024', perWeek: 3 }, { from: '2025-06', perWeek: 5 }], from: '2024', suspended: [{ from: '2020', to: '2021' }], sources: twoSources }),
      partnership({ id: 'ps-a', from: '2016' }),
      trade({ id: 'tr-a', from: '2019', to: '2025', values: [{ year: 2024, usd: 1.2e10, growthPct: -3.5, source: 0 }] }),
      flight({ id: 'fl-old', from: '2004', to: '2010' }),
    ];
    const index = miniIndex({ links, missions: [guangzhouCg()], events: [event('flight', '2024-06', { places: ['almaty'] }), event('visit', '2001')] });
    const visible = selectVisible(index, { range: { from: 2020, to: 2025 }, types: [...EVENT_TYPES], layers: [...LAYER_IDS] });
    return { index, visible, nameOf: endpointNameLookup(index, miniBoundaries()) };
  };

  it('has one row per shown record and every source in its own columns', () => {
    const { index, visible, nameOf } = setup();
    const links = linksTable(index, nameOf, visible.linkIds);
    expect(links.rows).toHaveLength(visible.counts.links);
    expect(column(links, 'id')).toEqual(['fl-a', 'ps-a', 'tr-a']);
    expect(links.header).toContain('source_2_lang');
    expect(links.header).not.toContain('source_3_publisher');
    expect(column(links, 'source_1_publisher')).toEqual(['Kazinform', 'Example Ministry', 'Example Ministry']);
    expect(column(links, 'source_2_url')).toEqual(['https://example.org/b', undefined, undefined]);
  });

  it('writes endpoints with ids and names, and figures as text', () => {
    const { index, visible, nameOf } = setup();
    const links = linksTable(index, nameOf, visible.linkIds);
    const row = (id: string) => Object.fromEntries(links.header.map((h, i) => [h, links.rows.find((r) => r[0] === id)![i]]));
    expect(row('fl-a')).toMatchObject({
      a_id: 'almaty',
      a_name_ru: 'Алматы',
      b_id: 'urumqi',
      b_name_zh: '乌鲁木齐',
      carrier: 'Air Astana',
      frequency: '2024: 3/week; 2025-06: 5/week',
      suspended: '2020/2021',
    });
    expect(row('ps-a')).toMatchObject({ a_id: 'KZ-19', a_name_en: 'Almaty Region', kind: 'sister-region' });
    expect(row('tr-a')).toMatchObject({ a_name_en: 'Kazakhstan', trade_values: '2024: 12000000000 USD (-3.5%, source 1)' });
  });

  it('writes missions and events with their places and regions', () => {
    const { index, visible, nameOf } = setup();
    const missions = missionsTable(index, nameOf, visible.missionIds);
    expect(missions.rows).toHaveLength(visible.counts.missions);
    expect(column(missions, 'district')).toEqual(['2026-01-16/..: CN-GD CN-GX CN-FJ CN-HI']);
    expect(column(missions, 'region_id')).toEqual(['CN-GD']);
    const events = eventsTable(index, nameOf, visible.eventIds);
    expect(events.rows).toHaveLength(visible.counts.events);
    expect(column(events, 'places_name_en')).toEqual(['Almaty']);
  });
});

describe('CSV export of the shipped data, default view', () => {
  const { index, boundaries } = realAtlas();
  const nameOf = endpointNameLookup(index, boundaries);
  const span = dataYearSpan(index)!;
  const range = { from: span.minYear, to: span.maxYear };
  const visible = selectVisible(index, { range, types: [...EVENT_TYPES], layers: [...LAYER_IDS] });
  const tables = {
    links: linksTable(index, nameOf, visible.linkIds),
    missions: missionsTable(index, nameOf, visible.missionIds),
    events: eventsTable(index, nameOf, visible.eventIds),
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
