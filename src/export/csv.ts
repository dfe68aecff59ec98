/**
 * CSV export of what is shown: one table per kind (links, missions, events), one row per
 * record, every field a column, and every source kept (`source_1_publisher` …
 * `source_N_lang`, N = the most sources of any exported row). The text is RFC 4180
 * (CRLF, quotes doubled, fields with a comma, quote or line break quoted), starts with a
 * UTF-8 byte order mark so spreadsheet programs read Cyrillic and Chinese correctly, and
 * guards against formula injection. Column names are English and stable: they are an
 * interface for people's scripts, not UI text.
 */
import type { AtlasIndex } from '../data/indexes';
import {
  LANGS,
  type AtlasEvent,
  type FlightLink,
  type Link,
  type LocalizedText,
  type Mission,
  type Names,
  type Source,
  type TradeLink,
} from '../data/schema';
import type { MaybeNames } from '../i18n/names';
import type { NameLookup } from '../search/endpointNames';

export type Cell = string | number | boolean | null | undefined;
export type Table = { header: string[]; rows: Cell[][] };

export const BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field: numbers as they are, text guarded and quoted. Text that a spreadsheet would
 * run as a formula gets a leading apostrophe, which spreadsheets show as plain text.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header, rows, CRLF line ends (RFC 4180). */
export function toCsv(table: Table): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

type Column<T> = readonly [name: string, value: (record: T) => Cell];

const localized = <T>(prefix: string, get: (r: T) => LocalizedText | MaybeNames | Names | undefined): Column<T>[] =>
  LANGS.map((lang) => [`${prefix}_${lang}`, (r: T) => get(r)?.[lang]] as const);

const SOURCE_FIELDS = ['publisher', 'title', 'url', 'date', 'lang'] as const satisfies readonly (keyof Source)[];

function tableOf<T extends { sources: readonly Source[] }>(records: readonly T[], columns: readonly Column<T>[]): Table {
  const max = records.reduce((n, r) => Math.max(n, r.sources.length), 0);
  const slots = Array.from({ length: max }, (_, i) => i);
  const header = [
    ...columns.map(([name]) => name),
    ...slots.flatMap((i) => SOURCE_FIELDS.map((f) => `source_${i + 1}_${f}`)),
  ];
  const rows = records.map((r) => [
    ...columns.map(([, value]) => value(r)),
    ...slots.flatMap((i) => SOURCE_FIELDS.map((f) => r.sources[i]?.[f])),
  ]);
  return { header, rows };
}

/** An interval in ISO 8601 notation, open end as "..": "2020-03/2023-01", "2024/..". */
const interval = (from: string, to: string | null | undefined) => `${from}/${to ?? '..'}`;

function frequencyText(link: FlightLink): string {
  return link.frequency
    .map((s) => `${s.from}: ${s.perWeek}/week${s.note ? ` (${s.note.en})` : ''}`)
    .join('; ');
}

function tradeText(link: TradeLink): string {
  return link.values
    .map((v) => {
      const notes = [
        v.growthPct === undefined ? null : `${v.growthPct > 0 ? '+' : ''}${v.growthPct}%`,
        v.certainty === 'uncertain' ? 'uncertain' : null,
        `source ${v.source + 1}`,
      ].filter(Boolean);
      return `${v.year}${v.period ? ` ${v.period}` : ''}: ${v.usd} USD (${notes.join(', ')})`;
    })
    .join('; ');
}

const endpointColumns = (end: 'a' | 'b', nameOf: NameLookup): Column<Link>[] => [
  [`${end}_id`, (l) => l[end]],
  ...localized<Link>(`${end}_name`, (l) => nameOf(l[end])),
];

/** Links, in data order, that are in `ids`. */
export function linksTable(index: AtlasIndex, nameOf: NameLookup, ids: ReadonlySet<string>): Table {
  return tableOf(
    index.links.filter((l) => ids.has(l.id)),
    [
      ['id', (l) => l.id],
      ['type', (l) => l.type],
      ['kind', (l) => (l.type === 'partnership' ? l.kind : l.type === 'flight' && l.cargo ? 'cargo' : null)],
      ['directed', (l) => (l.type === 'partnership' ? (l.directed ?? false) : l.type === 'trade')],
      ...localized<Link>('title', (l) => l.title),
      ...endpointColumns('a', nameOf),
      ...endpointColumns('b', nameOf),
      ['from', (l) => l.from],
      ['to', (l) => l.to],
      ['certainty', (l) => l.certainty],
      ['carrier', (l) => (l.type === 'flight' ? l.carrier : null)],
      ['frequency', (l) => (l.type === 'flight' ? frequencyText(l) : null)],
      ['suspended', (l) => (l.type === 'flight' ? l.suspended?.map((s) => interval(s.from, s.to)).join('; ') : null)],
      ['trade_values', (l) => (l.type === 'trade' ? tradeText(l) : null)],
      ...localized<Link>('summary', (l) => l.summary),
      ...localized<Link>('note', (l) => l.note),
    ],
  );
}

/** Missions, in data order, that are in `ids`. */
export function missionsTable(index: AtlasIndex, nameOf: NameLookup, ids: ReadonlySet<string>): Table {
  const place = (m: Mission) => index.placeById.get(m.place);
  return tableOf(
    index.missions.filter((m) => ids.has(m.id)),
    [
      ['id', (m) => m.id],
      ['sender', (m) => m.sender],
      ['kind', (m) => m.kind],
      ...localized<Mission>('name', (m) => m.name),
      ['place_id', (m) => m.place],
      ...localized<Mission>('place_name', (m) => nameOf(m.place)),
      ['region_id', (m) => place(m)?.region],
      ['lon', (m) => place(m)?.lon],
      ['lat', (m) => place(m)?.lat],
      ['opened', (m) => m.opened],
      ['closed', (m) => m.closed],
      ['district', (m) => m.district?.map((d) => `${interval(d.from, d.to)}: ${d.regions.join(' ')}`).join('; ')],
      ...localized<Mission>('district_note', (m) => m.districtNote),
      ['certainty', (m) => m.certainty],
      ...localized<Mission>('note', (m) => m.note),
    ],
  );
}

/** Events, in data order, that are in `ids`. */
export function eventsTable(index: AtlasIndex, nameOf: NameLookup, ids: ReadonlySet<string>): Table {
  const namesEn = (list: readonly string[] | undefined) => list?.map((id) => nameOf(id).en ?? id).join('; ');
  return tableOf(
    index.events.filter((e) => ids.has(e.id)),
    [
      ['id', (e) => e.id],
      ['type', (e) => e.type],
      ['date', (e) => e.date],
      ['end_date', (e) => e.endDate],
      ...localized<AtlasEvent>('title', (e) => e.title),
      ['regions', (e) => e.regions.join('; ')],
      ['regions_name_en', (e) => namesEn(e.regions)],
      ['places', (e) => e.places?.join('; ')],
      ['places_name_en', (e) => namesEn(e.places)],
      ['from_id', (e) => e.from],
      ['from_name_en', (e) => (e.from ? nameOf(e.from).en : null)],
      ['to_id', (e) => e.to],
      ['to_name_en', (e) => (e.to ? nameOf(e.to).en : null)],
      ['links', (e) => e.links?.join('; ')],
      ['missions', (e) => e.missions?.join('; ')],
      ['certainty', (e) => e.certainty],
      ...localized<AtlasEvent>('summary', (e) => e.summary),
      ...localized<AtlasEvent>('note', (e) => e.note),
    ],
  );
}
