/**
 * Cross-record rules of the atlas data, each a small named function on zod-parsed data.
 * The schema (src/data/schema.ts) checks each record's shape; these check records against each
 * other, against the boundaries and against their own sources. Each rule returns its problems.
 */
import { partialDateEnd, partialDateStart } from '../src/data/dates';
import { isIntention, isRunning } from '../src/data/status';
import type {
  AtlasEvent,
  DatasetMeta,
  Link,
  Mission,
  PartialDate,
  Place,
  Source,
  StatusStep,
} from '../src/data/schema';

export type Dataset = {
  meta: DatasetMeta;
  places: readonly Place[];
  missions: readonly Mission[];
  links: readonly Link[];
  events: readonly AtlasEvent[];
};

export interface Problem {
  /** Data file name, e.g. "links.json". */
  file: string;
  /** Id of the record the problem is about; null when the problem is about the file itself. */
  id: string | null;
  /** Dotted path of the field inside the record (or inside the file when id is null). */
  field: string;
  message: string;
}

export type Rule = (data: Dataset, regionIds: ReadonlySet<string>) => Problem[];

const REGION_RE = /^(KZ-\d{2}|CN-[A-Z]{2})$/;
const isCountry = (id: string) => id === 'KZ' || id === 'CN';

/** True when a is certainly later than b, whatever the precision of either. */
const after = (a: PartialDate, b: PartialDate): boolean => partialDateStart(a) > partialDateEnd(b);

type Rec = { file: string; id: string };
const recordsOf = (d: Dataset) => [
  ...d.places.map((r) => ({ file: 'places.json', id: r.id })),
  ...d.missions.map((r) => ({ file: 'missions.json', id: r.id })),
  ...d.links.map((r) => ({ file: 'links.json', id: r.id })),
  ...d.events.map((r) => ({ file: 'events.json', id: r.id })),
];

const problem = (rec: Rec, field: string, message: string): Problem => ({ ...rec, field, message });

/** Every record that carries sources (all but places), with its file. */
const sourcedRecords = (d: Dataset) => [
  ...d.missions.map((r) => ['missions.json', r] as const),
  ...d.links.map((r) => ['links.json', r] as const),
  ...d.events.map((r) => ['events.json', r] as const),
];

const withStatus = (links: readonly Link[]) => links.filter((l) => l.type !== 'trade');

/** Every step-like line that cites the record's sources by index, with where it sits. */
function sourceRefs(rec: Mission | Link): { field: string; refs: readonly number[] }[] {
  const out: { field: string; refs: readonly number[] }[] = [];
  if ('status' in rec) rec.status.forEach((s, i) => out.push({ field: `status.${i}.sources`, refs: s.sources }));
  if ('seats' in rec) {
    rec.seats.forEach((s, i) => out.push({ field: `seats.${i}.sources`, refs: s.sources }));
    (rec.district ?? []).forEach((d, i) => out.push({ field: `district.${i}.sources`, refs: d.sources }));
    if (rec.districtNoteSources) out.push({ field: 'districtNoteSources', refs: rec.districtNoteSources });
    if (rec.noteSources) out.push({ field: 'noteSources', refs: rec.noteSources });
  }
  if ('type' in rec && rec.type === 'trade') rec.values.forEach((v, i) => out.push({ field: `values.${i}.source`, refs: [v.source] }));
  if ('type' in rec && rec.type === 'transport') {
    (rec.throughput ?? []).forEach((v, i) => out.push({ field: `throughput.${i}.source`, refs: [v.source] }));
  }
  return out;
}

export const uniqueIds: Rule = (d) => {
  const seen = new Map<string, string>();
  const out: Problem[] = [];
  for (const rec of recordsOf(d)) {
    const first = seen.get(rec.id);
    if (first !== undefined) out.push(problem(rec, 'id', `duplicate id: "${rec.id}" is already used in ${first}`));
    else seen.set(rec.id, rec.file);
  }
  return out;
};

export const placesInTheirRegion: Rule = (d, regionIds) =>
  d.places.flatMap((p) => {
    const rec = { file: 'places.json', id: p.id };
    if (!regionIds.has(p.region)) return [problem(rec, 'region', `unknown region id "${p.region}"`)];
    if (!p.region.startsWith(`${p.country}-`)) return [problem(rec, 'country', `country "${p.country}" does not match region "${p.region}"`)];
    return [];
  });

/** Region, country and place ids used anywhere resolve. */
export const referencesResolve: Rule = (d, regionIds) => {
  const places = new Set(d.places.map((p) => p.id));
  const links = new Set(d.links.map((l) => l.id));
  const missions = new Set(d.missions.map((m) => m.id));
  const out: Problem[] = [];
  const endpoint = (rec: Rec, field: string, id: string) => {
    if (REGION_RE.test(id) ? !regionIds.has(id) : !isCountry(id) && !places.has(id)) {
      out.push(problem(rec, field, `"${id}" is not a known region, country or place id`));
    }
  };
  for (const m of d.missions) {
    const rec = { file: 'missions.json', id: m.id };
    m.seats.forEach((s, i) => endpoint(rec, `seats.${i}.place`, s.place));
    (m.district ?? []).forEach((a, i) => a.regions.forEach((r, j) => endpoint(rec, `district.${i}.regions.${j}`, r)));
  }
  for (const l of d.links) {
    const rec = { file: 'links.json', id: l.id };
    endpoint(rec, 'a', l.a);
    endpoint(rec, 'b', l.b);
    if (l.type === 'transport') (l.via ?? []).forEach((p, i) => endpoint(rec, `via.${i}`, p));
  }
  for (const e of d.events) {
    const rec = { file: 'events.json', id: e.id };
    e.regions.forEach((r, i) => endpoint(rec, `regions.${i}`, r));
    (e.places ?? []).forEach((p, i) => {
      if (!places.has(p)) out.push(problem(rec, `places.${i}`, `unknown place id "${p}"`));
    });
    if (e.from) endpoint(rec, 'from', e.from);
    if (e.to) endpoint(rec, 'to', e.to);
    (e.links ?? []).forEach((x, i) => {
      if (!links.has(x)) out.push(problem(rec, `links.${i}`, `unknown link id "${x}"`));
    });
    (e.missions ?? []).forEach((x, i) => {
      if (!missions.has(x)) out.push(problem(rec, `missions.${i}`, `unknown mission id "${x}"`));
    });
  }
  return out;
};

/** Step, seat, district and figure source indexes point at one of the record's sources. */
export const sourceRefsInRange: Rule = (d) =>
  [...d.missions.map((r) => ['missions.json', r] as const), ...d.links.map((r) => ['links.json', r] as const)].flatMap(
    ([file, rec]) =>
      sourceRefs(rec).flatMap(({ field, refs }) =>
        refs
          .filter((i) => i >= rec.sources.length)
          .map((i) => problem({ file, id: rec.id }, field, `source index ${i} is out of range (the record has ${rec.sources.length} sources)`)),
      ),
  );

/**
 * A mission has no summary for its sources to back as a whole: each one must be cited on a line
 * (a step, a seat, a district, a note), or the panel lists a source that no line says it uses.
 */
export const missionSourcesCited: Rule = (d) =>
  d.missions.flatMap((m) => {
    const cited = new Set(sourceRefs(m).flatMap(({ refs }) => refs));
    return m.sources.flatMap((s, i) =>
      cited.has(i) ? [] : [problem({ file: 'missions.json', id: m.id }, `sources.${i}`, `"${s.title ?? s.described?.en}" is cited by no step, seat, district or note (cite it, e.g. in noteSources, or drop it)`)],
    );
  });

export const uncertainHasNote: Rule = (d) =>
  sourcedRecords(d)
    .filter(([, r]) => r.certainty === 'uncertain' && r.note === undefined)
    .map(([file, r]) => problem({ file, id: r.id }, 'note', 'an uncertain record needs a note saying what is uncertain'));

function historyProblems(rec: Rec, history: readonly StatusStep[], { lastReportAllowed }: { lastReportAllowed: boolean }): Problem[] {
  const out: Problem[] = [];
  const first = history[0];
  if (first && (first.status === 'suspended' || first.status === 'resumed' || first.status === 'ended')) {
    out.push(problem(rec, 'status.0.status', `a history cannot start with "${first.status}"`));
  }
  history.forEach((step, i) => {
    const prev = history[i - 1];
    if (prev && partialDateStart(step.from) < partialDateStart(prev.from)) {
      out.push(problem(rec, `status.${i}.from`, `steps are out of order (${step.from} after ${prev.from})`));
    }
    if (step.status === 'resumed' && prev?.status !== 'suspended') {
      out.push(problem(rec, `status.${i}.status`, '"resumed" must follow "suspended"'));
    }
    if (step.plannedStart !== undefined) {
      if (!isIntention(step)) {
        out.push(problem(rec, `status.${i}.plannedStart`, `"plannedStart" belongs on an "announced" or "planned" step, not "${step.status}"`));
      } else if (partialDateEnd(step.plannedStart) < partialDateStart(step.from)) {
        out.push(problem(rec, `status.${i}.plannedStart`, `the planned start (${step.plannedStart}) comes before the plan itself (${step.from})`));
      }
    }
    if (step.lastReported && (!lastReportAllowed || step.status !== 'ended' || i !== history.length - 1)) {
      // The panels read it for links only; a mission's end is an announced closure.
      out.push(problem(rec, `status.${i}.lastReported`, '"lastReported" belongs on the final "ended" step of a link'));
    }
  });
  return out;
}

/**
 * Status histories start with an intention or with operation, run in date order, resume only after a
 * suspension; only a link's final end may be a last report; only an intention has a planned start, not
 * before the plan.
 */
export const historiesInOrder: Rule = (d) => [
  ...d.missions.flatMap((m) => historyProblems({ file: 'missions.json', id: m.id }, m.status, { lastReportAllowed: false })),
  ...withStatus(d.links).flatMap((l) => historyProblems({ file: 'links.json', id: l.id }, l.status, { lastReportAllowed: true })),
];

/** Sources a step cites that were published on or after the step's date (undated sources count as not earlier). */
const citesLaterSource = (sources: readonly Source[], step: StatusStep): boolean =>
  step.sources.some((i) => {
    const date = sources[i]?.date;
    return date === null || date === undefined || !after(step.from, date);
  });

/** Announced is not happened: an operating or resumed step needs a source from on or after its date. */
export const operationNotFromAnnouncements: Rule = (d) => {
  const out: Problem[] = [];
  const check = (file: string, rec: Mission | Link, history: readonly StatusStep[]) =>
    history.forEach((step, i) => {
      if (isRunning(step) && !citesLaterSource(rec.sources, step)) {
        out.push(
          problem({ file, id: rec.id }, `status.${i}.sources`, `"${step.status}" from ${step.from} rests only on sources published before it`),
        );
      }
    });
  for (const m of d.missions) check('missions.json', m, m.status);
  for (const l of withStatus(d.links)) check('links.json', l, l.status);
  return out;
};

/** A certain event needs a source published on or after the day it happened. */
export const eventsNotFromAnnouncements: Rule = (d) =>
  d.events
    .filter((e) => e.certainty === 'certain' && e.sources.every((s) => s.date !== null && after(e.date, s.date)))
    .map((e) =>
      problem({ file: 'events.json', id: e.id }, 'sources', `marked certain, but every source predates the event (${e.date}): announced is not happened`),
    );

const MONTHS_FRESH = 18;

/** An open-ended flight must be shown operating by a source no older than 18 months before the data's as-of date. */
export const openFlightsRecentlySeen: Rule = (d) => {
  const asOf = new Date(partialDateEnd(d.meta.asOf));
  const cutoff = Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() - MONTHS_FRESH, asOf.getUTCDate());
  return d.links
    .filter((l) => l.type === 'flight')
    .flatMap((l) => {
      const last = l.status[l.status.length - 1]!;
      if (!isRunning(last)) return [];
      const newest = l.status
        .filter(isRunning)
        .flatMap((s) => s.sources.map((i) => l.sources[i]?.date))
        .filter((date): date is string => !!date)
        .reduce((m, date) => Math.max(m, partialDateEnd(date)), -Infinity);
      return newest >= cutoff
        ? []
        : [problem({ file: 'links.json', id: l.id }, 'status', `open-ended flight with no operating source since ${new Date(cutoff).toISOString().slice(0, 7)}: add a recent sighting or an end`)];
    });
};

/** The regions a record lists include the regions of its places and endpoints. */
export const placesInsideRecordRegions: Rule = (d) => {
  const regionOf = new Map(d.places.map((p) => [p.id, p.region]));
  const out: Problem[] = [];
  for (const e of d.events) {
    const listed = new Set(e.regions);
    const rec = { file: 'events.json', id: e.id };
    (e.places ?? []).forEach((p, i) => {
      const r = regionOf.get(p);
      if (r && !listed.has(r)) out.push(problem(rec, `places.${i}`, `place "${p}" lies in ${r}, which the event does not list in regions`));
    });
    for (const end of ['from', 'to'] as const) {
      const id = e[end];
      const r = id === undefined ? undefined : REGION_RE.test(id) ? id : regionOf.get(id);
      if (r && !listed.has(r)) out.push(problem(rec, end, `"${id}" lies in ${r}, which the event does not list in regions`));
    }
  }
  return out;
};

/** The first day a link or mission is on record: its first status step, or its first figure's year. */
const firstDate = (rec: Mission | Link): PartialDate =>
  'type' in rec && rec.type === 'trade' ? String(Math.min(...rec.values.map((v) => v.year))) : rec.status[0]!.from;

/** An event cannot happen before the link or mission it points to is on record (announce it first). */
export const eventsNotBeforeTheirTies: Rule = (d) => {
  const byId = new Map<string, Mission | Link>([...d.missions, ...d.links].map((r) => [r.id, r]));
  const out: Problem[] = [];
  for (const e of d.events) {
    const refs = [...(e.links ?? []).map((id) => ['links', id] as const), ...(e.missions ?? []).map((id) => ['missions', id] as const)];
    refs.forEach(([field, id]) => {
      const rec = byId.get(id);
      if (!rec) return;
      const start = firstDate(rec);
      if (after(start, e.date)) {
        out.push(problem({ file: 'events.json', id: e.id }, field, `the event (${e.date}) predates ${id}, which starts ${start}`));
      }
    });
  }
  return out;
};

/** Missions sit in the other country; districts cover the other country's regions; trade offices have none. */
export const missionsAbroad: Rule = (d) => {
  const countryOf = new Map(d.places.map((p) => [p.id, p.country]));
  const out: Problem[] = [];
  for (const m of d.missions) {
    const rec = { file: 'missions.json', id: m.id };
    m.seats.forEach((s, i) => {
      if (countryOf.get(s.place) === m.sender) out.push(problem(rec, `seats.${i}.place`, `a mission sent by ${m.sender} must sit in the other country`));
      if (i > 0 && partialDateStart(s.from) <= partialDateStart(m.seats[i - 1]!.from)) {
        out.push(problem(rec, `seats.${i}.from`, 'seats must be in date order'));
      }
    });
    if (m.kind === 'trade-office') {
      if (m.district !== null) out.push(problem(rec, 'district', 'a trade office has no consular district (use null)'));
      continue;
    }
    if (m.district === null) {
      if (m.districtNote === undefined) out.push(problem(rec, 'districtNote', 'district is null, so districtNote is required'));
      continue;
    }
    const opened = m.status.find((s) => s.status === 'operating')?.from;
    m.district.forEach((a, i) => {
      a.regions.forEach((r, j) => {
        if (r.startsWith(`${m.sender}-`)) out.push(problem(rec, `district.${i}.regions.${j}`, `a ${m.sender} mission cannot have ${r} in its district`));
      });
      if (a.to && after(a.from, a.to)) out.push(problem(rec, `district.${i}.to`, `"to" (${a.to}) is before "from" (${a.from})`));
      if (opened && after(opened, a.from)) out.push(problem(rec, `district.${i}.from`, `district starts (${a.from}) before the mission opened (${opened})`));
    });
  }
  return out;
};

/** Flights join places; crossings join a place on each side; a link never joins an endpoint to itself. */
export const linkEndpointsFit: Rule = (d) => {
  const countryOf = new Map(d.places.map((p) => [p.id, p.country]));
  const out: Problem[] = [];
  for (const l of d.links) {
    const rec = { file: 'links.json', id: l.id };
    if (l.a === l.b) out.push(problem(rec, 'b', 'a link cannot join an endpoint to itself'));
    if (l.type === 'flight') {
      for (const end of ['a', 'b'] as const) {
        if (!countryOf.has(l[end])) out.push(problem(rec, end, `flight endpoints must be place ids, got "${l[end]}"`));
      }
    }
    if (l.type === 'transport' && (l.mode === 'road-crossing' || l.mode === 'rail-crossing')) {
      if (countryOf.get(l.a) !== 'KZ' || countryOf.get(l.b) !== 'CN') {
        out.push(problem(rec, 'a', 'a crossing joins a Kazakh place (a) to a Chinese place (b)'));
      }
    }
  }
  return out;
};

/** Two figures for the same period from the same reporter conflict: both must be marked uncertain. */
export const conflictingFiguresMarked: Rule = (d) => {
  const out: Problem[] = [];
  for (const l of d.links) {
    const series = l.type === 'trade' ? { field: 'values', figures: l.values } : l.type === 'transport' ? { field: 'throughput', figures: l.throughput ?? [] } : null;
    if (!series) continue;
    const byKey = new Map<string, number[]>();
    series.figures.forEach((v, i) => {
      const key = `${v.year}/${v.period ?? 'year'}/${v.reporter}/${v.unit}`;
      byKey.set(key, [...(byKey.get(key) ?? []), i]);
    });
    for (const [key, idx] of byKey) {
      if (idx.length < 2) continue;
      for (const i of idx) {
        if (series.figures[i]!.certainty !== 'uncertain') {
          out.push(problem({ file: 'links.json', id: l.id }, `${series.field}.${i}.certainty`, `${idx.length} figures for ${key}: conflicting figures must be marked "uncertain"`));
        }
      }
    }
  }
  return out;
};

export const eventDatesInOrder: Rule = (d) =>
  d.events
    .filter((e) => e.endDate !== undefined && after(e.date, e.endDate))
    .map((e) => problem({ file: 'events.json', id: e.id }, 'endDate', `endDate (${e.endDate}) is before date (${e.date})`));

/** Events stay in file order by date, then id (docs/DATA.md), so a diff shows where a fact sits in time. */
export const eventsInFileOrder: Rule = (d) =>
  d.events.flatMap((e, i) => {
    const prev = d.events[i - 1];
    if (!prev || prev.date < e.date || (prev.date === e.date && prev.id < e.id)) return [];
    return [problem({ file: 'events.json', id: e.id }, 'date', `out of order: after ${prev.id} (${prev.date}); events go by date, then id`)];
  });

/** Every localised text of a record (titles, summaries, notes, at any depth), with its path. */
function textsOf(value: unknown, path: string): { path: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => textsOf(v, `${path}.${i}`));
  if (typeof value !== 'object' || value === null) return [];
  const obj = value as Record<string, unknown>;
  if (typeof obj.en === 'string') {
    return Object.entries(obj).flatMap(([lang, text]) => (typeof text === 'string' ? [{ path: `${path}.${lang}`, text }] : []));
  }
  return Object.entries(obj).flatMap(([k, v]) => textsOf(v, path ? `${path}.${k}` : k));
}

const ID_LIKE = /(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w-])/g;

/** Readers see texts as written: a record's id there ("see fl-ala-urc") means nothing to them. */
export const noIdsInTexts: Rule = (d) => {
  const ids = new Set(sourcedRecords(d).map(([, r]) => r.id));
  return sourcedRecords(d).flatMap(([file, r]) =>
    textsOf(r, '').flatMap(({ path, text }) =>
      (text.match(ID_LIKE) ?? []).filter((w) => ids.has(w)).map((w) => problem({ file, id: r.id }, path, `"${w}" is a record id: name the record as readers see it (its title)`)),
    ),
  );
};

// English notes on how a page was read, in brackets or after a comma ("Xinhua (via Sohu)",
// "kt.kz, citing the MFA"): they belong in via / mirror / citing, which the panels say in the
// reader's language. Only there, so that names such as "Daily Mirror" pass. Authors ("(article
// by …)") are not recorded: the panels would show the note in English on every page.
const READ_HOW = /(\(|, )[^)]*\b(via|citing|repost(ed)?|reproducing|mirror|article by|author)\b/i;

export const publisherIsAName: Rule = (d) =>
  sourcedRecords(d).flatMap(([file, r]) =>
    r.sources.flatMap((s, i) =>
      READ_HOW.test(s.publisher ?? '')
        ? [problem({ file, id: r.id }, `sources.${i}.publisher`, `"${s.publisher}": a name only; how the page was read goes in via, mirror or citing`)]
        : [],
    ),
  );

// A description written in place of a headline ("… (Russian-language report)", "… (Russian-language
// text)", "[Xinhua dispatch of …]") would be shown in English on every page: it goes in
// `described`, in the four languages.
const DESCRIBED = /\(\w+-language(?: \w+)?\)$|^\[.*\]$/;

export const titlesAreHeadlines: Rule = (d) =>
  sourcedRecords(d).flatMap(([file, r]) =>
    r.sources.flatMap((s, i) =>
      s.title !== undefined && DESCRIBED.test(s.title)
        ? [problem({ file, id: r.id }, `sources.${i}.title`, `"${s.title}" describes the page: a title is its headline as written; a description goes in described (en, ru, kk, zh)`)]
        : [],
    ),
  );

// A headline is quoted as printed, so it is written in the page's own script: an English title on
// a Chinese or Russian page is a translation or a description, which goes in `described`.
const PAGE_SCRIPT: Partial<Record<string, { script: RegExp; name: string }>> = {
  zh: { script: /\p{Script=Han}/u, name: 'Chinese characters' },
  ru: { script: /\p{Script=Cyrillic}/u, name: 'Cyrillic' },
  kk: { script: /\p{Script=Cyrillic}/u, name: 'Cyrillic' },
};

export const titlesInPageScript: Rule = (d) =>
  sourcedRecords(d).flatMap(([file, r]) =>
    r.sources.flatMap((s, i) => {
      const expected = PAGE_SCRIPT[s.lang];
      return s.title !== undefined && expected && !expected.script.test(s.title)
        ? [problem({ file, id: r.id }, `sources.${i}.title`, `"${s.title}" has no ${expected.name} on a ${s.lang} page: a title is the headline as printed; a translation or description goes in described (en, ru, kk, zh)`)]
        : [];
    }),
  );

// One page, one description: a panel numbers its sources by page and headline, so the same URL
// written two ways (a dash, a publisher's spelling, a date) would be listed twice.
const sourceKey = (src: Dataset['links'][number]['sources'][number]) => {
  const { url: _url, ...rest } = src;
  return JSON.stringify(rest, Object.keys(rest).sort());
};

export const oneDescriptionPerSource: Rule = (d) => {
  const first = new Map<string, { key: string; where: string }>();
  return sourcedRecords(d).flatMap(([file, r]) =>
    r.sources.flatMap((src, i) => {
      const key = sourceKey(src);
      const seen = first.get(src.url);
      if (!seen) {
        first.set(src.url, { key, where: `${file} › ${r.id} › sources.${i}` });
        return [];
      }
      return seen.key === key ? [] : [problem({ file, id: r.id }, `sources.${i}`, `${src.url} is described differently at ${seen.where}: write one page the same way everywhere`)];
    }),
  );
};

/** Every rule, in the order their problems are printed. */
export const RULES: Record<string, Rule> = {
  uniqueIds,
  placesInTheirRegion,
  referencesResolve,
  sourceRefsInRange,
  missionSourcesCited,
  uncertainHasNote,
  historiesInOrder,
  operationNotFromAnnouncements,
  eventsNotFromAnnouncements,
  openFlightsRecentlySeen,
  placesInsideRecordRegions,
  eventsNotBeforeTheirTies,
  missionsAbroad,
  linkEndpointsFit,
  conflictingFiguresMarked,
  eventDatesInOrder,
  eventsInFileOrder,
  noIdsInTexts,
  publisherIsAName,
  titlesAreHeadlines,
  titlesInPageScript,
  oneDescriptionPerSource,
};
