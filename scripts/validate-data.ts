/**
 * Validates the atlas data files (public/data/*.json).
 *
 *   npm run validate:data [-- --dir other/data/dir]
 *
 * First the zod schema, file by file; then, once every file parses, the cross-record rules
 * of scripts/dataRules.ts on the parsed data. `validateDataset` is pure (the unit tests
 * import it); the CLI reads the files, prints one line per problem and exits 1 if any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SchemaError, z } from '../src/data/z';
import { DATA_FILES, type DataFileName } from '../src/data/schema';
import { RULES, type Dataset, type Problem } from './dataRules';

export type { Problem };

/** The 54 first-level units, used when boundaries.topo.json is not available. */
export const FALLBACK_REGION_IDS: readonly string[] = [
  'KZ-10', 'KZ-11', 'KZ-15', 'KZ-19', 'KZ-23', 'KZ-27', 'KZ-31', 'KZ-33', 'KZ-35', 'KZ-39',
  'KZ-43', 'KZ-47', 'KZ-55', 'KZ-59', 'KZ-61', 'KZ-62', 'KZ-63', 'KZ-71', 'KZ-75', 'KZ-79',
  'CN-AH', 'CN-BJ', 'CN-CQ', 'CN-FJ', 'CN-GD', 'CN-GS', 'CN-GX', 'CN-GZ', 'CN-HA', 'CN-HB',
  'CN-HE', 'CN-HI', 'CN-HK', 'CN-HL', 'CN-HN', 'CN-JL', 'CN-JS', 'CN-JX', 'CN-LN', 'CN-MO',
  'CN-NM', 'CN-NX', 'CN-QH', 'CN-SC', 'CN-SD', 'CN-SH', 'CN-SN', 'CN-SX', 'CN-TJ', 'CN-TW',
  'CN-XJ', 'CN-XZ', 'CN-YN', 'CN-ZJ',
];

export const DATA_FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[];

/** The key holding the record array in each file. */
const RECORD_KEY: Record<DataFileName, string> = {
  'places.json': 'places',
  'missions.json': 'missions',
  'links.json': 'links',
  'events.json': 'events',
};

/** Schema issues as problems, naming the record by its id where the path passes through one. */
function schemaProblems(name: DataFileName, raw: unknown, error: SchemaError): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (path.length >= 2 && path[0] === RECORD_KEY[name] && typeof path[1] === 'number') {
      const records = (raw as Record<string, unknown[]>)[RECORD_KEY[name]];
      const rec = records?.[path[1]] as { id?: unknown } | undefined;
      const id = typeof rec?.id === 'string' ? rec.id : `#${path[1]}`;
      return { file: name, id, field: path.slice(2).join('.'), message: issue.message };
    }
    return { file: name, id: null, field: path.join('.'), message: issue.message };
  });
}

/**
 * Checks the four data files: `files` maps each file name to its parsed JSON (undefined when
 * missing); `regionIds` are the region ids of the boundaries. Returns every problem found.
 */
export function validateDataset(files: Partial<Record<DataFileName, unknown>>, regionIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const parsed: Partial<Record<DataFileName, unknown>> = {};
  for (const name of DATA_FILE_NAMES) {
    const raw = files[name];
    if (raw === undefined) {
      problems.push({ file: name, id: null, field: '', message: 'file is missing' });
      continue;
    }
    const result = DATA_FILES[name].safeParse(raw);
    if (result.success) parsed[name] = result.data;
    else problems.push(...schemaProblems(name, raw, result.error));
  }
  // Cross-record rules read typed data: they run once every file has its shape.
  if (problems.length > 0) return problems;
  const events = parsed['events.json'] as z.infer<(typeof DATA_FILES)['events.json']>;
  const dataset: Dataset = {
    meta: events.meta,
    places: (parsed['places.json'] as z.infer<(typeof DATA_FILES)['places.json']>).places,
    missions: (parsed['missions.json'] as z.infer<(typeof DATA_FILES)['missions.json']>).missions,
    links: (parsed['links.json'] as z.infer<(typeof DATA_FILES)['links.json']>).links,
    events: events.events,
  };
  return Object.values(RULES).flatMap((rule) => rule(dataset, regionIds));
}

/** One line per problem: `links.json › fl-can-ala-cz › status.1.from: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file} › ${p.id ?? '(file)'} › ${p.field || '(record)'}: ${p.message}`;
}

/** Region ids from the TopoJSON boundaries, or null when the file is missing or unreadable. */
export function readRegionIds(topoPath: string): Set<string> | null {
  if (!existsSync(topoPath)) return null;
  try {
    const topo = JSON.parse(readFileSync(topoPath, 'utf8')) as {
      objects?: { regions?: { geometries?: { properties?: { id?: unknown } }[] } };
    };
    const ids = (topo.objects?.regions?.geometries ?? [])
      .map((g) => g.properties?.id)
      .filter((x): x is string => typeof x === 'string');
    return ids.length > 0 ? new Set(ids) : null;
  } catch {
    return null;
  }
}

function main(argv: string[]): number {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const at = argv.indexOf('--dir');
  const dataDir = at >= 0 && argv[at + 1] ? resolve(argv[at + 1]!) : join(root, 'public', 'data');
  const files: Partial<Record<DataFileName, unknown>> = {};
  const problems: Problem[] = [];
  for (const name of DATA_FILE_NAMES) {
    const path = join(dataDir, name);
    if (!existsSync(path)) continue;
    try {
      files[name] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      problems.push({ file: name, id: null, field: '', message: `cannot parse: ${(err as Error).message}` });
      files[name] = null;
    }
  }
  let regionIds = readRegionIds(join(dataDir, 'boundaries.topo.json')) ?? readRegionIds(join(root, 'public', 'data', 'boundaries.topo.json'));
  if (!regionIds) {
    console.warn('warning: no boundaries.topo.json with region ids; using the built-in list of 54 regions');
    regionIds = new Set(FALLBACK_REGION_IDS);
  }
  const unreadable = new Set(problems.map((p) => p.file));
  problems.push(...validateDataset(files, regionIds).filter((p) => !unreadable.has(p.file)));
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`\n${problems.length} problem(s) found.`);
    return 1;
  }
  const count = (name: DataFileName, key: string) => ((files[name] as Record<string, unknown[]>)[key] ?? []).length;
  console.log(
    `Data OK: ${count('places.json', 'places')} places, ${count('missions.json', 'missions')} missions, ` +
      `${count('links.json', 'links')} links, ${count('events.json', 'events')} events (${regionIds.size} region ids).`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(main(process.argv.slice(2)));
}
