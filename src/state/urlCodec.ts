/**
 * The URL codec: the only module that knows the URL format. The format is a public
 * contract — links people share must keep working — so reading is forgiving and reports
 * what it could not use, and writing is canonical and short.
 *
 *   ?lang=ru&from=2023&to=2025&types=flight,agreement&layers=districts,flights&shade=trade&sel=CN-GD&embed=1#map=5.00/33.10/95.20
 *
 * - Camera in the hash (`#map=zoom/lat/lng`, as on openstreetmap.org), the rest in the query.
 * - Absent parameter = default. Lists: absent = all, `none` = the empty set (a user who
 *   unticks everything gets a URL that says so; an empty value reads as `none` too).
 * - `parseViewUrl` is syntactic (no data needed); `reconcileView` applies the checks that
 *   need the data (year span, known ids) once it has loaded.
 * - Pure: takes and returns strings, URL objects and plain values; no DOM globals.
 */
import type { YearSpan } from '../data/dates';
import { EVENT_TYPES, LANGS, type Lang } from '../data/schema';
import { LAYER_IDS, SHADE_MEASURES, canonicalList, defaultView, isReversedRange, type Camera, type ShadeMeasure, type View } from '../view/view';

/** Machine codes for why a URL value was not used; the UI translates them. */
export const IGNORED_REASONS = [
  'unknown-param',
  'duplicate-param',
  'too-long',
  'unknown-lang',
  'not-a-year',
  'to-before-from',
  'out-of-range',
  'unknown-type',
  'unknown-layer',
  'unknown-measure',
  'unknown-id',
  'not-a-flag',
  'bad-camera',
] as const;
export type IgnoredReason = (typeof IGNORED_REASONS)[number];

/** A value the URL held that was not used. `raw` is plain text for display, at most ~40 characters. */
export type Ignored = { param: string; raw: string; reason: IgnoredReason };

/** Limits a valid camera must respect; `normalizeCamera` brings any camera inside them. */
export const CAMERA_LIMITS = {
  zoom: { min: 0, max: 22 },
  lat: { min: -85, max: 85 },
  lng: { min: -180, max: 180 },
} as const;

// Longer values are never ours (the longest real one, `types` with every type listed, is
// under 100 characters); refusing them before any work keeps hostile URLs cheap.
const MAX_VALUE_LENGTH = 200;
const MAX_RAW_SHOWN = 40;

// ---------------------------------------------------------------------------------------
// Small shared helpers

const isOneOf = <T extends string>(allowed: readonly T[], value: string): value is T =>
  (allowed as readonly string[]).includes(value);

// Raw values are shown back to the user in a notice: cut them short, and never cut a
// surrogate pair in half (that would render as a replacement character).
const shorten = (raw: string): string => {
  if (raw.length <= MAX_RAW_SHOWN) return raw;
  let cut = raw.slice(0, MAX_RAW_SHOWN - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
};

// ---------------------------------------------------------------------------------------
// Camera precision (borrowed from maplibre-gl-js src/ui/hash.ts)

/**
 * Decimal places for lat/lng at a zoom: maplibre's formula, enough digits that the last
 * one moves the map by under a pixel and no more (short URLs that reproduce the view).
 */
export function cameraPrecision(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

const roundTo = (value: number, decimals: number): number => {
  const m = 10 ** decimals;
  return Math.round(value * m) / m + 0; // `+ 0` turns -0 into 0 so "-0.00" is never written
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

const wrapLng = (lng: number) =>
  lng >= CAMERA_LIMITS.lng.min && lng <= CAMERA_LIMITS.lng.max ? lng : ((((lng + 180) % 360) + 360) % 360) - 180;

/**
 * The camera exactly as the URL will hold it: zoom to 2 decimals within 0–22, latitude
 * clamped to ±85°, longitude wrapped into ±180°, lat/lng rounded to `cameraPrecision`.
 * Null when a coordinate is not a finite number.
 */
export function normalizeCamera(camera: Camera): Camera | null {
  const { zoom, lat, lng } = camera;
  if (!Number.isFinite(zoom) || !Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  const z = roundTo(clamp(zoom, CAMERA_LIMITS.zoom.min, CAMERA_LIMITS.zoom.max), 2);
  const p = cameraPrecision(z);
  return {
    zoom: z,
    lat: roundTo(clamp(lat, CAMERA_LIMITS.lat.min, CAMERA_LIMITS.lat.max), p),
    lng: roundTo(wrapLng(lng), p),
  };
}

// ---------------------------------------------------------------------------------------
// Reading: one parser per View field. Each returns the value to use (undefined = keep the
// default) and the problems it found; several problems are possible for lists.

type Problem = { raw: string; reason: IgnoredReason };
type ParseResult<T> = { value?: T; problems: Problem[] };
type Parsers = { [K in keyof View]: (raw: string) => ParseResult<View[K]> };

const ok = <T>(value: T): ParseResult<T> => ({ value, problems: [] });
const bad = <T>(raw: string, reason: IgnoredReason): ParseResult<T> => ({ problems: [{ raw, reason }] });

// People write country codes for languages (kz, cn) and full locales (ru-RU, zh_CN).
const LANG_ALIASES: Record<string, Lang> = { kz: 'kk', cn: 'zh' };

const parseLang = (raw: string): ParseResult<Lang | null> => {
  const primary = raw.toLowerCase().split(/[-_]/)[0] ?? '';
  const lang = LANG_ALIASES[primary] ?? primary;
  return isOneOf(LANGS, lang) ? ok(lang) : bad(raw, 'unknown-lang');
};

const parseYear = (raw: string): ParseResult<number | null> =>
  /^\d{4}$/.test(raw) ? ok(Number(raw)) : bad(raw, 'not-a-year');

const NONE = 'none';

// Unknown items drop alone. A list whose every item is unknown falls back to the default
// (all): the author meant some filter we cannot read, and an empty map would look broken.
const parseList =
  <T extends string>(allowed: readonly T[], reason: IgnoredReason) =>
  (raw: string): ParseResult<T[]> => {
    const items = raw
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s !== '');
    if (items.length === 0 || (items.length === 1 && items[0] === NONE)) return ok([]);
    const known = items.filter((item) => isOneOf(allowed, item));
    const problems = items.filter((item) => !isOneOf(allowed, item)).map((item) => ({ raw: item, reason }));
    return known.length === 0 ? { problems } : { value: canonicalList(known, allowed), problems };
  };

// Ids in the data are slugs ("fl-ala-urc") and ISO codes ("CN-GD"): letters, digits and
// hyphens. Anything else cannot name an object, and rejecting it here keeps markup and
// other junk out of the view entirely.
const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const parseSel = (raw: string): ParseResult<string | null> => (ID_SHAPE.test(raw) ? ok(raw) : bad(raw, 'unknown-id'));

const parseEmbed = (raw: string): ParseResult<boolean> => {
  const v = raw.toLowerCase();
  if (v === '' || v === '1' || v === 'true') return ok(true);
  if (v === '0' || v === 'false') return ok(false);
  return bad(raw, 'not-a-flag');
};

// Plain decimals only: Number() would also accept "1e3", "0x10", "Infinity" and "".
const DECIMAL = /^-?\d+(\.\d+)?$/;
const within = (v: number, limits: { min: number; max: number }) => v >= limits.min && v <= limits.max;

const parseCamera = (raw: string): ParseResult<Camera | null> => {
  const parts = raw.split('/');
  if (parts.length !== 3 || !parts.every((p) => DECIMAL.test(p))) return bad(raw, 'bad-camera');
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  // Out-of-range values are refused, not wrapped or clamped: "5/100/0" is a typo, and
  // guessing what it meant would move the map somewhere the author never looked.
  if (!within(zoom, CAMERA_LIMITS.zoom) || !within(lat, CAMERA_LIMITS.lat) || !within(lng, CAMERA_LIMITS.lng)) {
    return bad(raw, 'bad-camera');
  }
  return ok({ zoom, lat, lng });
};

const parseShade = (raw: string): ParseResult<ShadeMeasure | null> => {
  const v = raw.toLowerCase();
  if (v === '' || v === NONE) return ok(null);
  return isOneOf(SHADE_MEASURES, v) ? ok(v) : bad(raw, 'unknown-measure');
};

const PARSERS: Parsers = {
  lang: parseLang,
  from: parseYear,
  to: parseYear,
  types: parseList(EVENT_TYPES, 'unknown-type'),
  layers: parseList(LAYER_IDS, 'unknown-layer'),
  shade: parseShade,
  sel: parseSel,
  camera: parseCamera,
  embed: parseEmbed,
};

/** The camera lives in the hash under this key; every other field is a query parameter of its own name. */
const HASH_KEY = 'map';

type QueryField = Exclude<keyof View, 'camera'>;

// Hand-edited URLs use singular names; accept them, the canonical rewrite fixes the URL.
const QUERY_ALIASES: Record<string, QueryField> = { type: 'types', layer: 'layers', language: 'lang' };

const queryField = (name: string): QueryField | undefined => {
  const lower = name.toLowerCase();
  if (lower !== 'camera' && Object.hasOwn(PARSERS, lower)) return lower as QueryField;
  return Object.hasOwn(QUERY_ALIASES, lower) ? QUERY_ALIASES[lower] : undefined;
};

function parseField<K extends keyof View>(view: View, field: K, raw: string, report: (p: Problem) => void) {
  const result = PARSERS[field](raw.trim());
  result.problems.forEach(report);
  if (result.value !== undefined) view[field] = result.value;
}

const splitUrl = (url: string): { search: string; hash: string } => {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  return {
    search: queryAt === -1 ? '' : beforeHash.slice(queryAt),
    hash: hashAt === -1 ? '' : url.slice(hashAt),
  };
};

/**
 * Reads a view from a URL (absolute, relative, or just "?…#…"). Uses every valid value,
 * drops the rest and reports each dropped value; never throws. Syntactic only: years
 * outside the data and unknown ids pass here and are caught by `reconcileView`.
 */
export function parseViewUrl(url: URL | string): { view: View; ignored: Ignored[] } {
  const { search, hash } = typeof url === 'string' ? splitUrl(url) : url;
  const view = defaultView();
  const ignored: Ignored[] = [];
  const seen = new Set<keyof View>();

  const take = (param: string, field: keyof View | undefined, raw: string) => {
    const report = (p: Problem) => ignored.push({ param: shorten(param), raw: shorten(p.raw), reason: p.reason });
    if (field === undefined) return report({ raw, reason: 'unknown-param' });
    // The first occurrence wins, as with URLSearchParams.get.
    if (seen.has(field)) return report({ raw, reason: 'duplicate-param' });
    seen.add(field);
    if (raw.length > MAX_VALUE_LENGTH) return report({ raw, reason: 'too-long' });
    parseField(view, field, raw, report);
  };

  for (const [name, raw] of new URLSearchParams(search)) take(name, queryField(name), raw);
  // The hash uses the same key=value&… shape (openstreetmap.org: #map=…&layers=…). Parts
  // without "=" are in-page anchors (a skip link's "#map", "#main"), not parameters: skip them.
  const hashParams = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part.includes('='))
    .join('&');
  for (const [name, raw] of new URLSearchParams(hashParams)) {
    take(`#${name}`, name.toLowerCase() === HASH_KEY ? 'camera' : undefined, raw);
  }

  // A reversed range is left for reconcileView: which bound is wrong shows only against the data
  // (in ?from=2030&to=2020 it is `from`, past the data's last year, not `to`).
  return { view, ignored };
}

/** What `reconcileView` needs from the loaded data. */
export type ReconcileContext = YearSpan & { isKnownId: (id: string) => boolean };

/**
 * Checks that need the data: years outside [minYear, maxYear] are dropped (not clamped:
 * a dropped bound means "the data's own bound", which is what a too-wide bound meant
 * anyway) and an unknown `sel` is dropped, after trying it in the ids' own case. Returns the
 * same view object when nothing changed.
 */
export function reconcileView(view: View, ctx: ReconcileContext): { view: View; ignored: Ignored[] } {
  const ignored: Ignored[] = [];
  const next = { ...view };
  const inSpan = (y: number) => y >= ctx.minYear && y <= ctx.maxYear;
  if (next.from !== null && !inSpan(next.from)) {
    ignored.push({ param: 'from', raw: String(next.from), reason: 'out-of-range' });
    next.from = null;
  }
  if (next.to !== null && !inSpan(next.to)) {
    ignored.push({ param: 'to', raw: String(next.to), reason: 'out-of-range' });
    next.to = null;
  }
  // A reversed range is most likely a typo in `to`; keep the start the author chose.
  if (isReversedRange(next)) {
    ignored.push({ param: 'to', raw: String(next.to), reason: 'to-before-from' });
    next.to = null;
  }
  if (next.sel !== null && !ctx.isKnownId(next.sel)) {
    // A hand-typed "kz-75" or "Almaty" means CN-/KZ- codes in capitals and slugs in lower case.
    const recased = [next.sel.toUpperCase(), next.sel.toLowerCase()].find(ctx.isKnownId);
    if (recased) next.sel = recased;
    else {
      ignored.push({ param: 'sel', raw: shorten(next.sel), reason: 'unknown-id' });
      next.sel = null;
    }
  }
  return { view: next.sel === view.sel && ignored.length === 0 ? view : next, ignored };
}

// ---------------------------------------------------------------------------------------
// Writing: one writer per View field (a field without a writer fails to compile). Each
// returns the URL value, or null when the field holds its default and is left out. The
// key order of WRITERS is the canonical parameter order.

type Writers = { [K in keyof View]: (value: View[K], span: YearSpan | undefined) => string | null };

const writeList = <T extends string>(items: readonly T[], allowed: readonly T[]): string | null => {
  const list = canonicalList(items, allowed);
  if (list.length === allowed.length) return null;
  return list.length === 0 ? NONE : list.join(',');
};

const WRITERS: Writers = {
  lang: (lang) => lang,
  from: (from, span) => (from === null || from === span?.minYear ? null : String(from)),
  to: (to, span) => (to === null || to === span?.maxYear ? null : String(to)),
  types: (types) => writeList(types, EVENT_TYPES),
  layers: (layers) => writeList(layers, LAYER_IDS),
  shade: (shade) => shade,
  sel: (sel) => sel,
  embed: (embed) => (embed ? '1' : null),
  camera: (camera) => {
    const c = camera === null ? null : normalizeCamera(camera);
    if (c === null) return null;
    const p = cameraPrecision(c.zoom);
    return `${c.zoom.toFixed(2)}/${c.lat.toFixed(p)}/${c.lng.toFixed(p)}`;
  },
};

const write = <K extends keyof View>(field: K, view: View, span: YearSpan | undefined) =>
  WRITERS[field](view[field], span);

/**
 * The canonical relative URL of a view: "?lang=ru&from=2023#map=5.00/33.10/95.20", or ""
 * when everything is default. Only values that differ from the defaults are written; with
 * `span`, `from == minYear` and `to == maxYear` count as defaults too.
 */
export function formatViewUrl(view: View, span?: YearSpan): string {
  const query = new URLSearchParams();
  let hash = '';
  for (const field of Object.keys(WRITERS) as (keyof View)[]) {
    const value = write(field, view, span);
    if (value === null) continue;
    if (field === 'camera') hash = `#${HASH_KEY}=${value}`;
    else query.append(field, value);
  }
  // Commas are legal in a query string and keep lists readable; a literal "%2C" in a
  // value is itself encoded ("%252C"), so this only touches commas.
  const search = query.toString().replace(/%2C/gi, ',');
  return (search === '' ? '' : `?${search}`) + hash;
}
