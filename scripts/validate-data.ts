/**
 * Validates the atlas data files (public/data/*.json).
 *
 *   npm run validate:data
 *
 * `validateDataset` is a pure function (the unit tests import it); the CLI at the bottom
 * reads the files, runs it, prints one line per problem and exits with code 1 if any.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DATA_FILES, EVENT_TYPES, type DataFileName } from '../src/data/schema';

export interface Problem {
  /** Data file name, e.g. "links.json". */
  file: string;
  /** Id of the record the problem is about; null when the problem is about the file itself. */
  id: string | null;
  /** Dotted path of the field inside the record (or inside the file when id is null). */
  field: string;
  message: string;
}

/** The 54 first-level units, used when boundaries.topo.json is not available. */
export const FALLBACK_REGION_IDS: readonly string[] = [
  'KZ-10', 'KZ-11', 'KZ-15', 'KZ-19', 'KZ-23', 'KZ-27', 'KZ-31', 'KZ-33', 'KZ-35', 'KZ-39',
  'KZ-43', 'KZ-47', 'KZ-55', 'KZ-59', 'KZ-61', 'KZ-62', 'KZ-63', 'KZ-71', 'KZ-75', 'KZ-79',
  'CN-AH', 'CN-BJ', 'CN-CQ', 'CN-FJ', 'CN-GD', 'CN-GS', 'CN-GX', 'CN-GZ', 'CN-HA', 'CN-HB',
  'CN-HE', 'CN-HI', 'CN-HK', 'CN-HL', 'CN-HN', 'CN-JL', 'CN-JS', 'CN-JX', 'CN-LN', 'CN-MO',
  'CN-NM', 'CN-NX', 'CN-QH', 'CN-SC', 'CN-SD', 'CN-SH', 'CN-SN', 'CN-SX', 'CN-TJ', 'CN-TW',
  'CN-XJ', 'CN-XZ', 'CN-YN', 'CN-ZJ',
];

/** The key holding the record array in each file. */
const RECORD_KEY: Record<DataFileName, string> = {
  'places.json': 'places',
  'missions.json': 'missions',
  'links.json': 'links',
  'events.json': 'events',
};

export const DATA_FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];

const REGION_RE = /^(KZ-\d{2}|CN-[A-Z]{2})$/;
const COUNTRIES = new Set(['KZ', 'CN']);
const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

// ---------------------------------------------------------------- small guards

type Rec = Record<string, unknown>;
const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const recordsOf = (files: Record<DataFileName, unknown>, name: DataFileName): Rec[] => {
  const file = files[name];
  return isRec(file) ? arr(file[RECORD_KEY[name]]).filter(isRec) : [];
};

// ---------------------------------------------------------------- dates

const isDate = (d: unknown): d is string => typeof d === 'string' && DATE_RE.test(d);
/** Earliest day a partial date can mean ("2025" → "2025-01-01"). */
const lo = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
/** Latest day a partial date can mean ("2025" → "2025-12-31"); string-comparable with lo(). */
const hi = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
/** True when a is certainly later than b, whatever the precision of either. */
const after = (a: string, b: string): boolean => lo(a) > hi(b);

// ---------------------------------------------------------------- the validator

/**
 * Checks the four data files against the schema and against each other.
 * `files` maps each data file name to its parsed JSON; `regionIds` is the set of region
 * ids present in the boundaries. Returns every problem found (empty when all is well).
 */
export function validateDataset(files: Record<DataFileName, unknown>, regionIds: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, id: string | null, field: string, message: string): void => {
    problems.push({ file, id, field, message });
  };

  // 1. Schema, file by file. The record id is looked up at the issue's path.
  for (const name of DATA_FILE_NAMES) {
    const raw = files[name];
    if (raw === undefined) {
      add(name, null, '', 'file is missing');
      continue;
    }
    const result = DATA_FILES[name].safeParse(raw);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      let id: string | null = null;
      let field = path.join('.');
      if (path.length >= 2 && path[0] === RECORD_KEY[name] && typeof path[1] === 'number') {
        const rec = isRec(raw) ? arr(raw[RECORD_KEY[name]])[path[1]] : undefined;
        id = (isRec(rec) && str(rec.id)) || `#${path[1]}`;
        field = path.slice(2).join('.');
      }
      add(name, id, field, issue.message);
    }
  }

  const places = recordsOf(files, 'places.json');
  const missions = recordsOf(files, 'missions.json');
  const links = recordsOf(files, 'links.json');
  const events = recordsOf(files, 'events.json');

  // 2. Ids unique across all files.
  const seen = new Map<string, string>();
  for (const name of DATA_FILE_NAMES) {
    for (const rec of recordsOf(files, name)) {
      const id = str(rec.id);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first !== undefined) add(name, id, 'id', `duplicate id: "${id}" is already used in ${first}`);
      else seen.set(id, name);
    }
  }

  const placeById = new Map<string, Rec>();
  for (const p of places) {
    const id = str(p.id);
    if (id !== undefined) placeById.set(id, p);
  }
  const missionIds = new Set(missions.map((m) => str(m.id)).filter((x): x is string => x !== undefined));
  const linkIds = new Set(links.map((l) => str(l.id)).filter((x): x is string => x !== undefined));

  const checkRegion = (file: string, id: string, field: string, value: unknown): void => {
    if (typeof value === 'string' && !regionIds.has(value)) add(file, id, field, `unknown region id "${value}"`);
  };
  /** An endpoint is a region id, a country id or a place id, decided by its shape. */
  const checkEndpoint = (file: string, id: string, field: string, value: unknown): void => {
    if (typeof value !== 'string') return;
    if (REGION_RE.test(value)) checkRegion(file, id, field, value);
    else if (COUNTRIES.has(value)) return;
    else if (!placeById.has(value)) add(file, id, field, `"${value}" is not a region, country or place id`);
  };
  const checkInterval = (file: string, id: string, field: string, from: unknown, to: unknown): void => {
    if (isDate(from) && isDate(to) && after(from, to)) {
      add(file, id, field ? `${field}.to` : 'to', `"to" (${to}) is before "from" (${from})`);
    }
  };
  const checkUncertainNote = (file: string, id: string, rec: Rec): void => {
    if (rec.certainty === 'uncertain' && rec.note === undefined) {
      add(file, id, 'note', 'an uncertain record needs a note saying what is uncertain');
    }
  };
  const checkSources = (file: string, id: string, rec: Rec): void => {
    const sources = arr(rec.sources);
    if (!Array.isArray(rec.sources) || sources.length === 0) {
      add(file, id, 'sources', 'every record needs at least one source');
      return;
    }
    sources.forEach((s, i) => {
      const url = isRec(s) ? str(s.url) : undefined;
      if (url === undefined) return; // reported by the schema
      let ok: boolean;
      try {
        const u = new URL(url);
        ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.') && !/\s/.test(url);
      } catch {
        ok = false;
      }
      if (!ok) add(file, id, `sources.${i}.url`, `not a well-formed http(s) URL: "${url}"`);
    });
  };

  // 3. Places.
  for (const p of places) {
    const id = str(p.id) ?? '?';
    checkRegion('places.json', id, 'region', p.region);
    const region = str(p.region);
    const country = str(p.country);
    if (region && country && REGION_RE.test(region) && !region.startsWith(`${country}-`)) {
      add('places.json', id, 'country', `country "${country}" does not match region "${region}"`);
    }
  }

  // 4. Missions.
  for (const m of missions) {
    const id = str(m.id) ?? '?';
    const file = 'missions.json';
    const placeId = str(m.place);
    const place = placeId !== undefined ? placeById.get(placeId) : undefined;
    if (placeId !== undefined && !place) add(file, id, 'place', `unknown place id "${placeId}"`);
    if (place && m.sender !== undefined && place.country === m.sender) {
      add(file, id, 'place', `a mission sent by ${String(m.sender)} must be located in the other country`);
    }
    checkInterval(file, id, 'closed', m.opened, m.closed);
    if (m.district === null) {
      if (m.districtNote === undefined) add(file, id, 'districtNote', 'district is null, so districtNote is required');
    } else {
      arr(m.district).forEach((d, i) => {
        if (!isRec(d)) return;
        arr(d.regions).forEach((r, j) => {
          checkRegion(file, id, `district.${i}.regions.${j}`, r);
          if (typeof r === 'string' && typeof m.sender === 'string' && r.startsWith(`${m.sender}-`)) {
            add(file, id, `district.${i}.regions.${j}`, `a ${m.sender} mission cannot have ${r} in its district`);
          }
        });
        checkInterval(file, id, `district.${i}`, d.from, d.to);
        if (isDate(d.from) && isDate(m.opened) && after(m.opened, d.from)) {
          add(file, id, `district.${i}.from`, `district starts (${d.from}) before the mission opened (${m.opened})`);
        }
      });
    }
    checkUncertainNote(file, id, m);
    checkSources(file, id, m);
  }

  // 5. Links.
  for (const l of links) {
    const id = str(l.id) ?? '?';
    const file = 'links.json';
    checkEndpoint(file, id, 'a', l.a);
    checkEndpoint(file, id, 'b', l.b);
    if (l.a !== undefined && l.a === l.b) add(file, id, 'b', 'a link cannot join an endpoint to itself');
    checkInterval(file, id, '', l.from, l.to);
    const from = isDate(l.from) ? l.from : undefined;
    const to = isDate(l.to) ? l.to : undefined;
    if (l.type === 'flight') {
      for (const end of ['a', 'b'] as const) {
        const v = l[end];
        if (typeof v === 'string' && !placeById.has(v)) add(file, id, end, `flight endpoints must be place ids, got "${v}"`);
      }
      let prev: string | undefined;
      arr(l.frequency).forEach((s, i) => {
        if (!isRec(s) || !isDate(s.from)) return;
        if (prev !== undefined && after(prev, s.from)) {
          add(file, id, `frequency.${i}.from`, `frequency steps are out of order (${s.from} after ${prev})`);
        }
        if (from && after(from, s.from)) add(file, id, `frequency.${i}.from`, `step (${s.from}) is before the link starts (${from})`);
        if (to && after(s.from, to)) add(file, id, `frequency.${i}.from`, `step (${s.from}) is after the link ends (${to})`);
        prev = s.from;
      });
      arr(l.suspended).forEach((s, i) => {
        if (!isRec(s)) return;
        checkInterval(file, id, `suspended.${i}`, s.from, s.to);
        if (isDate(s.from) && from && after(from, s.from)) {
          add(file, id, `suspended.${i}.from`, `suspension (${s.from}) starts before the link (${from})`);
        }
        const end = isDate(s.to) ? s.to : undefined;
        if (to && ((isDate(s.from) && after(s.from, to)) || (end && after(end, to)) || !end)) {
          add(file, id, `suspended.${i}.to`, `suspension must end within the link's interval (link ends ${to})`);
        }
      });
    }
    if (l.type === 'trade') {
      const nSources = arr(l.sources).length;
      const byPeriod = new Map<string, number[]>();
      arr(l.values).forEach((v, i) => {
        if (!isRec(v)) return;
        if (typeof v.source === 'number' && (v.source < 0 || v.source >= nSources)) {
          add(file, id, `values.${i}.source`, `source index ${v.source} is out of range (the link has ${nSources} sources)`);
        }
        const key = `${String(v.year)}/${String(v.period ?? 'year')}`;
        byPeriod.set(key, [...(byPeriod.get(key) ?? []), i]);
      });
      for (const [key, idx] of byPeriod) {
        if (idx.length < 2) continue;
        for (const i of idx) {
          const v = arr(l.values)[i];
          if (isRec(v) && v.certainty !== 'uncertain') {
            add(file, id, `values.${i}.certainty`, `${idx.length} figures for ${key}: conflicting figures must be marked "uncertain"`);
          }
        }
      }
    }
    checkUncertainNote(file, id, l);
    checkSources(file, id, l);
  }

  // 6. Events.
  const knownTypes = new Set<string>(EVENT_TYPES);
  for (const e of events) {
    const id = str(e.id) ?? '?';
    const file = 'events.json';
    if (typeof e.type === 'string' && !knownTypes.has(e.type)) {
      add(file, id, 'type', `unknown event type "${e.type}" (known: ${EVENT_TYPES.join(', ')})`);
    }
    arr(e.regions).forEach((r, i) => checkRegion(file, id, `regions.${i}`, r));
    arr(e.places).forEach((p, i) => {
      if (typeof p === 'string' && !placeById.has(p)) add(file, id, `places.${i}`, `unknown place id "${p}"`);
    });
    checkEndpoint(file, id, 'from', e.from);
    checkEndpoint(file, id, 'to', e.to);
    arr(e.links).forEach((x, i) => {
      if (typeof x === 'string' && !linkIds.has(x)) add(file, id, `links.${i}`, `unknown link id "${x}"`);
    });
    arr(e.missions).forEach((x, i) => {
      if (typeof x === 'string' && !missionIds.has(x)) add(file, id, `missions.${i}`, `unknown mission id "${x}"`);
    });
    if (isDate(e.date) && isDate(e.endDate) && after(e.date, e.endDate)) {
      add(file, id, 'endDate', `endDate (${e.endDate}) is before date (${e.date})`);
    }
    checkUncertainNote(file, id, e);
    checkSources(file, id, e);
  }

  // The schema already reports bad URLs and unknown event types; keep one problem per field.
  const out: Problem[] = [];
  const keys = new Set<string>();
  for (const p of problems) {
    const key = `${p.file}\u0000${p.id ?? ''}\u0000${p.field}`;
    const isExplicit = /not a well-formed|unknown event type/.test(p.message);
    if (isExplicit && keys.has(key)) continue;
    keys.add(key);
    out.push(p);
  }
  return out;
}

/** One line per problem: `links.json › fl-can-ala-cz › frequency.1.from: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file} › ${p.id ?? '(file)'} › ${p.field || '(record)'}: ${p.message}`;
}

// ---------------------------------------------------------------- CLI

/** Region ids from the TopoJSON boundaries, or null when the file is missing or unreadable. */
export function readRegionIds(topoPath: string): Set<string> | null {
  if (!existsSync(topoPath)) return null;
  try {
    const topo: unknown = JSON.parse(readFileSync(topoPath, 'utf8'));
    const objects = isRec(topo) && isRec(topo.objects) ? topo.objects : undefined;
    const regions = objects && isRec(objects.regions) ? objects.regions : undefined;
    const ids = arr(regions?.geometries)
      .map((g) => (isRec(g) && isRec(g.properties) ? str(g.properties.id) : undefined))
      .filter((x): x is string => x !== undefined);
    return ids.length > 0 ? new Set(ids) : null;
  } catch {
    return null;
  }
}

function main(): number {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const dataDir = join(root, 'public', 'data');
  const files = {} as Record<DataFileName, unknown>;
  const problems: Problem[] = [];
  for (const name of DATA_FILE_NAMES) {
    try {
      files[name] = JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
    } catch (err) {
      problems.push({ file: name, id: null, field: '', message: `cannot read or parse: ${(err as Error).message}` });
    }
  }
  let regionIds = readRegionIds(join(dataDir, 'boundaries.topo.json'));
  if (!regionIds) {
    console.warn('warning: public/data/boundaries.topo.json has no region ids; using the built-in list of 54 regions');
    regionIds = new Set(FALLBACK_REGION_IDS);
  }
  problems.push(...validateDataset(files, regionIds).filter((p) => !problems.some((q) => q.file === p.file && q.id === null)));
  const count = (name: DataFileName): number => recordsOf(files, name).length;
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`\n${problems.length} problem(s) found.`);
    return 1;
  }
  console.log(
    `Data OK: ${count('places.json')} places, ${count('missions.json')} missions, ` +
      `${count('links.json')} links, ${count('events.json')} events (${regionIds.size} region ids).`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(main());
}
