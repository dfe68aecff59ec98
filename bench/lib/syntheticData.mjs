#!/usr/bin/env node
// A synthetic N× copy of the built app (default 20×) for the benchmark: copies dist/ to a temp dir
// and replaces data/places.json, links.json and events.json by N× versions. Nothing is written
// into the repository; the caller removes the dir (cleanup()).
//
//   import { makeSyntheticDist } from './syntheticData.mjs';
//   const syn = await makeSyntheticDist({ distDir: 'dist', factor: 20 });
//   syn.dir          // temp dir to serve
//   syn.counts       // { places, links, events, missions } in the synthetic data
//   syn.cleanup()
//
// CLI (to look at the data):  node bench/lib/syntheticData.mjs [--dist dist] [--factor 20] [--keep]
//
// How the copies are made (deterministic, seeded):
//   - the original records stay; copies c = 1 … N-1 get ids "<id>-s<c>" (valid for every id regex
//     of src/data/schema.ts) and "· s<c>" appended to their English and Russian titles;
//   - places are moved by up to ±0.25° in longitude and latitude (same region, same country);
//   - every date of a link or event (status steps, trade years, event date and end date) is
//     shifted by the same whole number of years, at most ±3, chosen so that
//     all of the record's dates stay inside the real data's year span (so the timeline span and
//     the "active in range" answers for the full span do not change); 29 February becomes the
//     28th in a non-leap year. Source publication dates are left alone;
//   - references stay valid: a copied link's place endpoints (and transport `via`) point to the
//     same copy's places (regions and countries are shared: there are only 54 regions); a copied
//     event points to the same copy's links and places; missions are not copied, events keep
//     their mission ids;
//   - data/map.json, the first view's file, is made anew from the N× files with the app's own
//     code (scripts/mapDataPlugin.ts; the bench runs under tsx for that).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapDataJson } from '../../scripts/mapDataPlugin.ts';

const isCountry = (id) => id === 'KZ' || id === 'CN';
const isRegion = (id) => /^(KZ|CN)-/.test(id);
const isPlace = (id) => typeof id === 'string' && !isCountry(id) && !isRegion(id);

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const yearOf = (d) => Number(String(d).slice(0, 4));
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Shift a partial date ("YYYY", "YYYY-MM", "YYYY-MM-DD") by k years. */
function shiftDate(d, k) {
  if (d == null || k === 0) return d;
  const [y, m, day] = d.split('-');
  const ny = Number(y) + k;
  let nd = day;
  if (m === '02' && day === '29' && !isLeap(ny)) nd = '28';
  return [String(ny).padStart(4, '0'), m, nd].filter((x) => x !== undefined).join('-');
}

function linkYears(l) {
  return l.type === 'trade' ? l.values.map((v) => v.year) : l.status.map((s) => yearOf(s.from));
}

/** The real data's year span, as the app's dataYearSpan computes it. */
function yearSpan({ links, missions, events }) {
  const ys = [];
  for (const l of links) ys.push(...linkYears(l));
  for (const m of missions) {
    for (const s of m.status) ys.push(yearOf(s.from));
    for (const a of m.district ?? []) ys.push(yearOf(a.from), ...(a.to ? [yearOf(a.to)] : []));
  }
  for (const e of events) ys.push(yearOf(e.date), ...(e.endDate ? [yearOf(e.endDate)] : []));
  return { minYear: Math.min(...ys), maxYear: Math.max(...ys) };
}

/** A shift in [-3, 3] keeping all `years` inside the span (0 when nothing else fits). */
function pickShift(rand, years, span) {
  const lo = Math.max(-3, span.minYear - Math.min(...years));
  const hi = Math.min(3, span.maxYear - Math.max(...years));
  if (lo > hi) return 0;
  return lo + Math.floor(rand() * (hi - lo + 1));
}

const suffixText = (text, tag) => text && Object.fromEntries(Object.entries(text).map(([lang, s]) => [lang, `${s} · ${tag}`]));

/**
 * Build the N× data from the real data (objects as in public/data/*.json). Pure; returns new objects.
 */
export function synthesize({ places, missions, links, events }, { factor = 20, seed = 20260117 } = {}) {
  const rand = mulberry32(seed);
  const span = yearSpan({ links, missions, events });
  const out = { places: [...places], links: [...links], events: [...events] };
  const jitter = () => Math.round((rand() - 0.5) * 0.5 * 1e5) / 1e5; // ±0.25°
  for (let c = 1; c < factor; c++) {
    const tag = `s${c}`;
    const sid = (id) => `${id}-${tag}`;
    const ep = (id) => (isPlace(id) ? sid(id) : id);
    for (const p of places) {
      out.places.push({
        ...p,
        id: sid(p.id),
        lon: Math.max(-180, Math.min(180, Math.round((p.lon + jitter()) * 1e5) / 1e5)),
        lat: Math.max(-90, Math.min(90, Math.round((p.lat + jitter()) * 1e5) / 1e5)),
      });
    }
    for (const l of links) {
      // Trade figures start at 1990 in the schema, even when the data's span starts earlier.
      const k = pickShift(rand, linkYears(l), l.type === 'trade' ? { ...span, minYear: Math.max(span.minYear, 1990) } : span);
      const copy = { ...l, id: sid(l.id), title: suffixText(l.title, tag), a: ep(l.a), b: ep(l.b) };
      if (l.type === 'trade') copy.values = l.values.map((v) => ({ ...v, year: v.year + k }));
      else copy.status = l.status.map((s) => ({ ...s, from: shiftDate(s.from, k) }));
      if (l.via) copy.via = l.via.map(ep);
      out.links.push(copy);
    }
    for (const e of events) {
      const years = [yearOf(e.date), ...(e.endDate ? [yearOf(e.endDate)] : [])];
      const k = pickShift(rand, years, span);
      const copy = { ...e, id: sid(e.id), title: suffixText(e.title, tag), date: shiftDate(e.date, k) };
      if (e.endDate) copy.endDate = shiftDate(e.endDate, k);
      if (e.places) copy.places = e.places.map(sid);
      if (e.links) copy.links = e.links.map(sid);
      if (e.from) copy.from = ep(e.from);
      if (e.to) copy.to = ep(e.to);
      out.events.push(copy);
    }
  }
  // Every reference must resolve (the app would draw nothing for a dangling endpoint).
  const placeIds = new Set(out.places.map((p) => p.id));
  const linkIds = new Set(out.links.map((l) => l.id));
  const missionIds = new Set(missions.map((m) => m.id));
  const bad = [];
  for (const l of out.links) for (const e of [l.a, l.b, ...(l.via ?? [])]) if (isPlace(e) && !placeIds.has(e)) bad.push(`${l.id} → ${e}`);
  for (const e of out.events) {
    for (const p of e.places ?? []) if (!placeIds.has(p)) bad.push(`${e.id} → place ${p}`);
    for (const l of e.links ?? []) if (!linkIds.has(l)) bad.push(`${e.id} → link ${l}`);
    for (const m of e.missions ?? []) if (!missionIds.has(m)) bad.push(`${e.id} → mission ${m}`);
    for (const x of [e.from, e.to]) if (isPlace(x) && !placeIds.has(x)) bad.push(`${e.id} → ${x}`);
  }
  if (bad.length) throw new Error(`synthetic data has dangling references: ${bad.slice(0, 5).join(', ')}`);
  if (placeIds.size !== out.places.length || linkIds.size !== out.links.length) throw new Error('synthetic data has duplicate ids');
  const synSpan = yearSpan({ links: out.links, missions, events: out.events });
  if (synSpan.minYear !== span.minYear || synSpan.maxYear !== span.maxYear) {
    throw new Error(`synthetic span ${JSON.stringify(synSpan)} differs from the real ${JSON.stringify(span)}`);
  }
  return { ...out, missions, span };
}

/** Copy `distDir` to a temp dir and write the N× data files there. */
export async function makeSyntheticDist({ distDir, factor = 20, seed } = {}) {
  const src = path.resolve(distDir);
  const read = (f) => JSON.parse(fs.readFileSync(path.join(src, 'data', f), 'utf8'));
  const real = {
    places: read('places.json').places,
    missions: read('missions.json').missions,
    links: read('links.json').links,
    events: read('events.json').events,
  };
  const { meta } = read('events.json');
  const syn = synthesize(real, { factor, seed });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `atlas-bench-${factor}x-`));
  fs.cpSync(src, dir, { recursive: true });
  // Pretty-printed like the real files, so the byte sizes are comparable.
  const write = (f, obj) => fs.writeFileSync(path.join(dir, 'data', f), `${JSON.stringify(obj, null, 2)}\n`);
  write('places.json', { places: syn.places });
  write('links.json', { links: syn.links });
  write('events.json', { meta, events: syn.events });
  fs.writeFileSync(path.join(dir, 'data', 'map.json'), mapDataJson(path.join(dir, 'data')));
  const bytes = Object.fromEntries(
    ['places.json', 'links.json', 'events.json', 'missions.json', 'map.json'].map((f) => [f, fs.statSync(path.join(dir, 'data', f)).size]),
  );
  return {
    dir,
    factor,
    span: syn.span,
    real: { places: real.places.length, links: real.links.length, events: real.events.length, missions: real.missions.length },
    counts: { places: syn.places.length, links: syn.links.length, events: syn.events.length, missions: syn.missions.length },
    bytes,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

// CLI
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (name, def) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : def;
  };
  const syn = await makeSyntheticDist({ distDir: get('--dist', 'dist'), factor: Number(get('--factor', '20')) });
  console.log(JSON.stringify({ dir: syn.dir, factor: syn.factor, span: syn.span, real: syn.real, counts: syn.counts, bytes: syn.bytes }, null, 2));
  if (!args.includes('--keep')) syn.cleanup();
}
