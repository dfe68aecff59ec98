/**
 * CSV export of what is shown: one table per kind (links, missions, events), one row per
 * record, every field a column, and every source kept (`source_1_publisher` …
 * `source_N_citing`, N = the most sources of any exported row). The text is RFC 4180
 * (CRLF, quotes doubled, fields with a comma, quote or line break quoted), starts with a
 * UTF-8 byte order mark so spreadsheet programs read Cyrillic and Chinese correctly, and
 * guards against formula injection. Column names are English and stable: they are an
 * interface for people's scripts, not UI text.
 */
import type { AtlasIndex } from '../data/indexes';
import { seatAt } from '../data/indexes';
import { operatorOf, sourceTitle, type MaybeNames } from '../data/names';
import { LANGS, type AtlasEvent, type Figure, type Lang, type Link, type LocalizedText, type Mission, type Source, type StatusStep } from '../data/schema';
import { tieDates } from '../data/status';

/** Names of any id in the four languages (the model's `names.all`). */
export type NameLookup = (id: string) => MaybeNames;

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

const localized = <T>(prefix: string, get: (r: T) => LocalizedText | MaybeNames | undefined): Column<T>[] =>
  LANGS.map((lang) => [`${prefix}_${lang}`, (r: T) => get(r)?.[lang]] as const);

const SOURCE_FIELDS = ['publisher', 'title', 'url', 'date', 'lang', 'via', 'mirror', 'citing'] as const satisfies readonly (keyof Source)[];

/**
 * The source columns are bibliographic, so in English: a page without a headline gets the atlas's
 * English description in square brackets as its title, a cited outlet its English name.
 */
function sourceCell(s: Source | undefined, field: (typeof SOURCE_FIELDS)[number]): Cell {
  if (s === undefined) return undefined;
  if (field === 'title') return sourceTitle(s, 'en').text;
  return field === 'citing' ? s.citing?.en : s[field];
}

function tableOf<T extends { sources: readonly Source[] }>(records: readonly T[], columns: readonly Column<T>[]): Table {
  const max = records.reduce((n, r) => Math.max(n, r.sources.length), 0);
  const slots = Array.from({ length: max }, (_, i) => i);
  const header = [
    ...columns.map(([name]) => name),
    ...slots.flatMap((i) => SOURCE_FIELDS.map((f) => `source_${i + 1}_${f}`)),
  ];
  const rows = records.map((r) => [
    ...columns.map(([, value]) => value(r)),
    ...slots.flatMap((i) => SOURCE_FIELDS.map((f) => sourceCell(r.sources[i], f))),
  ]);
  return { header, rows };
}

/** An interval in ISO 8601 notation, open end as "..": "2020-03/2023-01", "2024/..". */
const interval = (from: string, to: string | null | undefined) => `${from}/${to ?? '..'}`;

/**
 * "2002: operating 3/week (sources 1, 2); 2020-03: suspended (source 1)": every step with its sources;
 * a plan with the start it gives ("2026-02-25: planned for 2026-06-02").
 */
function statusText(steps: readonly StatusStep[]): string {
  return steps
    .map((s) => {
      const figures = [
        s.perWeek === undefined ? null : `${s.perWeek}/week`,
        s.capacity ? `capacity ${s.capacity.value} ${s.capacity.unit}/${s.capacity.per}` : null,
      ].filter(Boolean);
      const status = s.lastReported ? `${s.status} (last report found)` : s.plannedStart ? `${s.status} for ${s.plannedStart}` : s.status;
      return `${s.from}: ${status}${figures.length ? ` ${figures.join(', ')}` : ''} (source ${s.sources.map((i) => i + 1).join(', ')})${s.note ? ` [${s.note.en}]` : ''}`;
    })
    .join('; ');
}

/** "2023: 31400000000 usd, reported by KZ (source 3); 2023 H1: …". */
function figuresText(figures: readonly Figure[]): string {
  return figures
    .map((v) => {
      const notes = [
        `reported by ${v.reporter}`,
        v.growthPct === undefined ? null : `${v.growthPct > 0 ? '+' : ''}${v.growthPct}%`,
        v.certainty === 'uncertain' ? 'uncertain' : null,
        `source ${v.source + 1}`,
      ].filter(Boolean);
      return `${v.year}${v.period ? ` ${v.period}` : ''}: ${v.value} ${v.unit} (${notes.join(', ')})`;
    })
    .join('; ');
}

/**
 * The name of an id in one language. Where the data has none in that language (six Chinese
 * provinces have no sourced Kazakh name), the id stands in: a blank cell would read as no
 * endpoint, and in a list it would lose its place against the id column.
 */
const nameIn = (nameOf: NameLookup, id: string, lang: Lang): string => nameOf(id)[lang] ?? id;

const endpointColumns = (end: 'a' | 'b', nameOf: NameLookup): Column<Link>[] => [
  [`${end}_id`, (l) => l[end]],
  ...LANGS.map((lang) => [`${end}_name_${lang}`, (l: Link) => nameIn(nameOf, l[end], lang)] as const),
];

/** Links, in data order, that are in `ids`. */
export function linksTable(index: AtlasIndex, nameOf: NameLookup, ids: ReadonlySet<string>): Table {
  return tableOf(
    index.links.filter((l) => ids.has(l.id)),
    [
      ['id', (l) => l.id],
      ['type', (l) => l.type],
      ['kind', (l) => (l.type === 'partnership' ? l.kind : l.type === 'transport' ? l.mode : l.type === 'flight' && l.cargo ? 'cargo' : null)],
      ['directed', (l) => (l.type === 'partnership' ? (l.directed ?? false) : l.type === 'trade')],
      // From the names resolver: the title, or the tie's two ends when links.json is missing.
      ...localized<Link>('title', (l) => nameOf(l.id)),
      ...endpointColumns('a', nameOf),
      ...endpointColumns('b', nameOf),
      ['via', (l) => (l.type === 'transport' ? l.via?.join('; ') : null)],
      ['period', (l) => {
        const { from, to, earlier } = tieDates(l);
        return earlier ? `${interval(earlier.from, earlier.to)}; ${interval(from, to)}` : interval(from, to);
      }],
      ['certainty', (l) => l.certainty],
      ...localized<Link>('operator', operatorOf),
      ['status_history', (l) => (l.type === 'trade' ? null : statusText(l.status))],
      ['figures', (l) => (l.type === 'trade' ? figuresText(l.values) : l.type === 'transport' ? figuresText(l.throughput ?? []) : null)],
      ...localized<Link>('summary', (l) => l.summary),
      ...localized<Link>('note', (l) => l.note),
    ],
  );
}

/** Missions, in data order, that are in `ids`; place and coordinates are the seat as of `day`. */
export function missionsTable(index: AtlasIndex, nameOf: NameLookup, ids: ReadonlySet<string>, day: string): Table {
  const placeId = (m: Mission) => seatAt(m, day).place;
  const place = (m: Mission) => index.placeById.get(placeId(m));
  return tableOf(
    index.missions.filter((m) => ids.has(m.id)),
    [
      ['id', (m) => m.id],
      ['sender', (m) => m.sender],
      ['kind', (m) => m.kind],
      ...localized<Mission>('name', (m) => m.name),
      ['place_id', (m) => placeId(m)],
      ...localized<Mission>('place_name', (m) => nameOf(placeId(m))),
      ['region_id', (m) => place(m)?.region],
      ['lon', (m) => place(m)?.lon],
      ['lat', (m) => place(m)?.lat],
      ['seats', (m) => m.seats.map((s) => `${s.from}: ${s.place} (source ${s.sources.map((i) => i + 1).join(', ')})`).join('; ')],
      ['status_history', (m) => statusText(m.status)],
      ['district', (m) => m.district?.map((d) => `${interval(d.from, d.to)}: ${d.regions.join(' ')} (source ${d.sources.map((i) => i + 1).join(', ')})`).join('; ')],
      ...localized<Mission>('district_note', (m) => m.districtNote),
      ['certainty', (m) => m.certainty],
      ...localized<Mission>('note', (m) => m.note),
    ],
  );
}

/** Events, in data order, that are in `ids`. */
export function eventsTable(index: AtlasIndex, nameOf: NameLookup, ids: ReadonlySet<string>): Table {
  // The names of the ids in each language, as the links' endpoint columns give them.
  const names = (prefix: string, ids: (e: AtlasEvent) => readonly string[] | undefined): Column<AtlasEvent>[] =>
    LANGS.map((lang) => [`${prefix}_name_${lang}`, (e: AtlasEvent) => ids(e)?.map((id) => nameIn(nameOf, id, lang)).join('; ')] as const);
  return tableOf(
    index.events.filter((e) => ids.has(e.id)),
    [
      ['id', (e) => e.id],
      ['type', (e) => e.type],
      ['date', (e) => e.date],
      ['end_date', (e) => e.endDate],
      ...localized<AtlasEvent>('title', (e) => e.title),
      ['regions', (e) => e.regions.join('; ')],
      ...names('regions', (e) => e.regions),
      ['places', (e) => e.places?.join('; ')],
      ...names('places', (e) => e.places),
      ['from_id', (e) => e.from],
      ...names('from', (e) => (e.from ? [e.from] : undefined)),
      ['to_id', (e) => e.to],
      ...names('to', (e) => (e.to ? [e.to] : undefined)),
      ['links', (e) => e.links?.join('; ')],
      ['missions', (e) => e.missions?.join('; ')],
      ['certainty', (e) => e.certainty],
      ...localized<AtlasEvent>('summary', (e) => e.summary),
      ...localized<AtlasEvent>('note', (e) => e.note),
    ],
  );
}
