/**
 * The search: an index of every name in the atlas (regions, places, missions, links,
 * events, in all four languages plus known other names) and a small scorer over it. At
 * ~300 records a library would add weight without adding anything: a linear scan of
 * pre-computed keys answers in well under a millisecond.
 *
 * Matching per query token, best first: the same key, a key starting with it, a key
 * containing it (3+ letters, or any Chinese), a key within one typo of it (5+ letters, the
 * first one right).
 * Every token must match somewhere in the record; a name equal to the whole query wins.
 */
import { CITY_KINDS, type RegionProps } from '../data/boundaries';
import type { YearRange } from '../data/dates';
import type { AtlasIndex } from '../data/indexes';
import { namesFromProps, operatorOf, shortRegionName, type MaybeNames } from '../data/names';
import type { EventType } from '../data/schema';
import { whyOffMap, widenedTo } from '../filter/offMap';
import type { Visible } from '../filter/visible';
import type { Names } from '../model/names';
import type { LayerId } from '../view/view';
import { ALIASES, compactKey, hasHan, joinTokens, literalKey, searchTokens, withinOneEdit } from './normalize';

export const SEARCH_KINDS = ['region', 'place', 'mission', 'link', 'event'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

type Field = { tokens: string[]; compact: string; literal: string; weight: number };

export type SearchDoc = {
  kind: SearchKind;
  /** The record's own id. */
  id: string;
  /** What choosing the result selects: the id itself, or a place's region (places are not selectable). */
  target: string;
  /** Names to show, by language. */
  names: MaybeNames;
  fields: Field[];
};

export type SearchHit = { doc: SearchDoc; score: number };

/**
 * Own names count fully; other and former names nearly; context (a region's centre, a
 * link's endpoints, a carrier) less; a former centre least (Taldykorgan was Almaty
 * Region's centre before 2022 and is Zhetisu's now).
 */
const WEIGHT = { name: 1, alias: 0.9, context: 0.6, former: 0.5 } as const;

const partition = <T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] => [
  items.filter(test),
  items.filter((item) => !test(item)),
];

const allNames = (names: MaybeNames): string[] => Object.values(names).filter((n): n is string => !!n);

function fields(weight: number, texts: readonly (string | null | undefined)[]): Field[] {
  const out: Field[] = [];
  for (const text of new Set(texts)) {
    if (!text) continue;
    const tokens = searchTokens(text);
    if (tokens.length) out.push({ tokens, compact: joinTokens(tokens), literal: literalKey(text), weight });
  }
  return out;
}

/** The search index: one document per region, place, mission, link and event. Built once, on first use. */
export function buildSearchIndex(index: AtlasIndex, names: Pick<Names, 'all'>): SearchDoc[] {
  const nameOf = names.all;
  // Every variant of a region feeds its names (a former name such as "South Kazakhstan" still finds KZ-61).
  const variants = index.variantsOf;
  const cityPlaces = new Map<string, string[]>();
  const mergedPlaces = new Set<string>();
  for (const p of index.places) {
    const region = variants.get(p.region)?.find((v) => !v.validTo);
    // A region that is one city: the city's place entry merges into the region's.
    if (region && CITY_KINDS.has(region.kind) && compactKey(p.id) === compactKey(region.name_en)) {
      cityPlaces.set(p.region, [...allNames(p.name), ...(ALIASES[p.id] ?? [])]);
      mergedPlaces.add(p.id);
    }
  }

  const docs: SearchDoc[] = [];
  for (const [id, props] of variants) {
    const [current, former] = partition([...props], (v) => !v.validTo);
    const names = (vs: RegionProps[], prefix?: string) => vs.flatMap((v) => allNames(namesFromProps(v, prefix)));
    docs.push({
      kind: 'region',
      id,
      target: id,
      names: nameOf(id),
      fields: [
        ...fields(WEIGHT.name, names(current)),
        // Chinese is not split into words: "新疆" would only prefix-match 新疆维吾尔自治区 and rank
        // below every tie titled 新疆…; the name without its administrative word matches whole (as an
        // alias: the city of Almaty, 阿拉木图, stays ahead of Almaty Region, 阿拉木图州).
        ...fields(WEIGHT.alias, current.map((v) => v.name_zh && shortRegionName(v.name_zh, 'zh'))),
        ...fields(WEIGHT.alias, [...names(former), ...(ALIASES[id] ?? []), ...(cityPlaces.get(id) ?? [])]),
        ...fields(WEIGHT.context, [id, ...names(current, 'centre_')]),
        ...fields(WEIGHT.former, names(former, 'centre_')),
      ],
    });
  }
  for (const p of index.places) {
    if (mergedPlaces.has(p.id)) continue;
    docs.push({
      kind: 'place',
      id: p.id,
      target: p.region,
      names: p.name,
      fields: [...fields(WEIGHT.name, allNames(p.name)), ...fields(WEIGHT.alias, ALIASES[p.id] ?? [])],
    });
  }
  const contextOf = (ids: readonly string[]) => ids.flatMap((e) => [...allNames(nameOf(e)), ...(ALIASES[e] ?? [])]);
  for (const m of index.missions) {
    docs.push({
      kind: 'mission',
      id: m.id,
      target: m.id,
      names: m.name,
      fields: [...fields(WEIGHT.name, allNames(m.name)), ...fields(WEIGHT.context, contextOf(m.seats.map((s) => s.place)))],
    });
  }
  for (const l of index.links) {
    const via = l.type === 'transport' ? (l.via ?? []) : [];
    // The names resolver's title: the tie's own, or its two ends while links.json is missing.
    const title = nameOf(l.id);
    docs.push({
      kind: 'link',
      id: l.id,
      target: l.id,
      names: title,
      fields: [...fields(WEIGHT.name, allNames(title)), ...fields(WEIGHT.context, [...contextOf([l.a, l.b, ...via]), ...allNames(operatorOf(l) ?? {})])],
    });
  }
  for (const e of index.events) {
    docs.push({ kind: 'event', id: e.id, target: e.id, names: e.title, fields: fields(WEIGHT.name, allNames(e.title)) });
  }
  return docs;
}

function tokenScore(q: string, key: string): number {
  if (key === q) return 3;
  if (key.startsWith(q)) return 2;
  const han = hasHan(q);
  if ((han || q.length >= 3) && key.includes(q)) return 1;
  if (!han && q.length >= 5 && key[0] === q[0]) {
    // A typo after the first letter of what was typed so far: compare with the key's
    // start at ±1 letter. People rarely mistype the first letter; allowing it drowns
    // the results in near-misses.
    for (let n = q.length - 1; n <= q.length + 1; n++) {
      if (n <= key.length && withinOneEdit(q, key.slice(0, n))) return 0.75;
    }
  }
  return 0;
}

function compactScore(q: string, key: string): number {
  if (key === q) return 3;
  if (key.startsWith(q)) return 2.5;
  return q.length >= 4 && key.includes(q) ? 1.5 : 0;
}

/** Shortest query worth answering: one Chinese character, or two letters or digits. */
const isTooShort = (compact: string) => compact === '' || (!hasHan(compact) && compact.length < 2);

function scoreDoc(doc: SearchDoc, qTokens: readonly string[], qCompact: string, qLiteral: string): number {
  let tokenTotal = 0;
  for (const q of qTokens) {
    let best = 0;
    for (const f of doc.fields) {
      for (const key of f.tokens) best = Math.max(best, tokenScore(q, key) * f.weight);
    }
    if (best === 0) {
      tokenTotal = 0;
      break;
    }
    tokenTotal += best;
  }
  let compact = 0;
  let exact = 0;
  for (const f of doc.fields) {
    compact = Math.max(compact, compactScore(qCompact, f.compact) * f.weight);
    if (f.compact === qCompact) exact = Math.max(exact, f.weight * (f.literal === qLiteral ? 1.5 : 1));
  }
  const score = Math.max(tokenTotal / qTokens.length, compact);
  return score === 0 ? 0 : score + exact;
}

const displayLength = (doc: SearchDoc) => (doc.names.en ?? Object.values(doc.names)[0] ?? '').length;

/** True when the query is long enough to answer. */
export function isSearchable(query: string): boolean {
  return !isTooShort(joinTokens(searchTokens(query)));
}

/** Every document matching the query, best first (ties: shorter name, then id). */
export function searchDocs(docs: readonly SearchDoc[], query: string): SearchHit[] {
  const qTokens = searchTokens(query);
  const qCompact = joinTokens(qTokens);
  if (isTooShort(qCompact)) return [];
  const qLiteral = literalKey(query);
  const hits: SearchHit[] = [];
  for (const doc of docs) {
    const score = scoreDoc(doc, qTokens, qCompact, qLiteral);
    if (score > 0) hits.push({ doc, score });
  }
  return hits.sort(
    (a, b) => b.score - a.score || displayLength(a.doc) - displayLength(b.doc) || a.doc.id.localeCompare(b.doc.id),
  );
}

// ---------------------------------------------------------------------------------------
// Results against the filters

export type SearchFilters = {
  range: YearRange;
  types: readonly EventType[];
  layers: readonly LayerId[];
};

export type SearchGroup = { kind: SearchKind; total: number; hits: SearchHit[] };

export type GroupedResults = {
  /** Non-empty groups in SEARCH_KINDS order; `hits` cut to the limit, `total` before the cut. */
  groups: SearchGroup[];
  /** Matches on the map's layers and types but outside the selected years. */
  outsideYears: number;
  /** Matches hidden by a type or layer switch (widening the years would not show them). */
  hiddenByFilters: number;
  /** The year range that would show every match outside the years; null when there are none. */
  includeSpan: YearRange | null;
};

/**
 * Hits sorted into groups by kind, the group with the best hit first, keeping only what the
 * map shows now (`visible`, from `selectVisible`); the rest is counted, with the year range
 * that would show it.
 */
export function groupResults(
  hits: readonly SearchHit[],
  index: AtlasIndex,
  visible: Visible,
  filters: SearchFilters,
  limit = 8,
): GroupedResults {
  const shown = new Map<SearchKind, SearchHit[]>();
  let outsideYears = 0;
  let hiddenByFilters = 0;
  let includeSpan: YearRange | null = null;
  const { range } = filters;
  for (const hit of hits) {
    const entity = index.byId.get(hit.doc.id);
    const dated = entity && (entity.kind === 'link' || entity.kind === 'mission' || entity.kind === 'event') ? entity : null;
    const isShown =
      !dated ||
      (dated.kind === 'link' ? visible.linkIds : dated.kind === 'mission' ? visible.missionIds : visible.eventIds).has(
        dated.id,
      );
    if (isShown) {
      const list = shown.get(hit.doc.kind);
      if (list) list.push(hit);
      else shown.set(hit.doc.kind, [hit]);
      continue;
    }
    const why = whyOffMap(dated, filters);
    const year = why.by === 'years' ? why.year : null;
    if (year === null) {
      hiddenByFilters += 1;
      continue;
    }
    outsideYears += 1;
    includeSpan = widenedTo(includeSpan ?? range, year);
  }
  // The group holding the best hit comes first ("Xi'an" is a city; Hong Kong, a region, only
  // shares a loose spelling with it), so the first result is the best one; equal bests keep the
  // order of kinds. Hits arrive best first, so a group's first hit is its best.
  const groups = SEARCH_KINDS.flatMap((kind) => {
    const list = shown.get(kind);
    return list ? [{ kind, total: list.length, hits: list.slice(0, limit) }] : [];
  }).sort((a, b) => b.hits[0]!.score - a.hits[0]!.score);
  return { groups, outsideYears, hiddenByFilters, includeSpan };
}
