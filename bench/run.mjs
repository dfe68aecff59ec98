#!/usr/bin/env node
// Performance benchmark of the built app in headless Chromium (SwiftShader WebGL).
//
//   npm run bench -- [--no-build] [--runs 10] [--reps 20] [--quick] [--no-synthetic] [--url /]
//                    [--out bench/out/now.json] [--compare bench/baseline.json]
//
//   --runs N      fresh-context page loads for timeToFirstIdleMs (and as many floor loads); default 10
//   --reps N      repetitions of each interaction (layer toggle, year range, type toggle); default 20
//   --quick       for iteration: --runs 3 --reps 8 unless given (playback still plays the full span)
//   --no-synthetic  skip the 20x synthetic-data part
//
// Prints ONE JSON object on stdout; human-readable notes go to stderr. bench/README.md explains every
// figure and how to compare two runs. Page-side times are performance.now() / event.timeStamp in the page.
//   firstView          bytes of every request the page starts before its first map idle, by category
//                      (js / css / data / other): raw (decoded body), gzip (zlib level 9 of the body for
//                      compressible types, else raw) and transfer (encoded body size as served, the
//                      server gzips compressible types); measured in an untimed first run.
//   timeToFirstIdleMs  navigation start -> #map[aria-busy="false"] (after "true"), read page-side with
//                      performance.now() from a MutationObserver; median/min/max of --runs fresh contexts
//                      with the cache disabled.
//   jsHeapUsedMB       median JS heap after the first idle (after a forced GC), CDP Performance.getMetrics.
//   interactions       layerToggle / yearRange (across a boundary reform) / yearRangeSameOutlines (within
//                      one boundary epoch): input event (click, Enter keydown) -> next atlas:idle on #map;
//                      typeToggle: click -> end of the next animation frame after React's commit (the map
//                      does not redraw for event types); medianMs / worstMs of --reps each.
//   playback           Play at 4x over the whole span: rAF frame durations and long tasks while it plays.
//   floor              the same boundaries in a bare MapLibre page (bench/floor.html): time to first idle,
//                      and timeToFirstIdleRatio = app median / floor median.
//   synthetic20x       the app on a 20x copy of the data (bench/synthetic.mjs): the three interactions.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from '../test/browser/server.mjs';
import { launchBrowser, BUSY_OBSERVER_SCRIPT, isLocalUrl, VIEWPORT } from '../test/browser/harness.mjs';
import { makeSyntheticDist } from './synthetic.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    reps: { type: 'string' },
    'no-synthetic': { type: 'boolean', default: false },
    url: { type: 'string', default: '/' },
    out: { type: 'string' },
    compare: { type: 'string' },
    dist: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const quick = opts.quick;
const runs = Math.max(1, Number(opts.runs ?? (quick ? '3' : '10')) || 10);
const reps = Math.max(2, Number(opts.reps ?? (quick ? '8' : '20')) || 20);
const withSynthetic = !opts['no-synthetic'];
const SYNTHETIC_FACTOR = 20;
const urlPath = opts.url;
const outFile = opts.out;
const compareFile = opts.compare;
const distDir = path.resolve(repo, opts.dist ?? 'dist');
const skipBuild = opts['no-build'] || process.env.ATLAS_SKIP_BUILD === '1' || opts.dist !== undefined;
const IDLE_TIMEOUT_MS = Number(process.env.ATLAS_IDLE_TIMEOUT_MS || 90_000);
const log = (...a) => console.error(...a);
const benchStart = Date.now();
const phases = {};
let phaseName = null;
let phaseStart = 0;
/** Start timing a phase of the bench (seconds per phase end up in meta.phaseSeconds). */
function phase(name) {
  const now = Date.now();
  if (phaseName) phases[phaseName] = Math.round((now - phaseStart) / 100) / 10;
  phaseName = name;
  phaseStart = now;
  if (name) log(`[${Math.round((now - benchStart) / 1000)} s] ${name}`);
}

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|manifest\+json|javascript|xml|x-protobuf)|image\/svg\+xml)/;
const MB = 1024 * 1024;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function category(url, resourceType, contentType) {
  const p = new URL(url).pathname;
  if (resourceType === 'script' || /\.(m?js)$/.test(p) || /javascript/.test(contentType)) return 'js';
  if (resourceType === 'stylesheet' || p.endsWith('.css') || /text\/css/.test(contentType)) return 'css';
  if (/\/data\//.test(p) || /\.(json|topojson|geojson|pbf)$/.test(p) || /json|protobuf/.test(contentType)) return 'data';
  return 'other';
}

async function newPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  await page.addInitScript(BUSY_OBSERVER_SCRIPT);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { context, page, cdp, errors };
}

async function loadToIdle(page, url) {
  await page.goto(url, { waitUntil: 'commit', timeout: IDLE_TIMEOUT_MS });
  try {
    await page.waitForFunction(() => window.__atlasFirstIdle !== null, undefined, { timeout: IDLE_TIMEOUT_MS, polling: 100 });
  } catch (err) {
    const state = await page.evaluate(() => ({ busy: window.__atlasBusy, alert: document.querySelector('[role="alert"]')?.textContent })).catch(() => null);
    throw new Error(`no first idle within ${IDLE_TIMEOUT_MS} ms: ${JSON.stringify(state)}`, { cause: err });
  }
  return page.evaluate(() => window.__atlasFirstIdle);
}

async function heapMB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  return used === undefined ? null : round(used / MB, 2);
}

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Untimed run that records every response until the first idle. */
async function measureFirstView(browser, url, serverLog) {
  const { context, page, errors } = await newPage(browser);
  serverLog.length = 0;
  const responses = [];
  const nonLocal = [];
  page.on('request', (r) => !isLocalUrl(r.url()) && nonLocal.push(r.url()));
  page.on('response', (r) => responses.push(r));
  try {
    await loadToIdle(page, url);
    // Requests the page started before its first idle (wall clock; browser and Node share it).
    // What starts later (events, search and export code) is not part of the first view.
    const idleWall = await page.evaluate(() => performance.timeOrigin + window.__atlasFirstIdle);
    const seen = responses.filter((r) => r.request().timing().startTime <= idleWall);
    const files = [];
    for (const r of seen) {
      const u = r.url();
      if (!/^https?:/.test(u) || !isLocalUrl(u)) continue;
      // A body the page never consumed can stall response.body(); fall back to fetching it from Node.
      let body = await withTimeout(r.body(), 5000).catch(() => null);
      if (!body) body = await fetch(u).then(async (res) => (res.ok ? Buffer.from(await res.arrayBuffer()) : null)).catch(() => null);
      if (!body) continue;
      const headers = await withTimeout(r.allHeaders(), 5000).catch(() => ({}));
      const type = headers['content-type'] ?? '';
      // Bytes actually sent, from the server's own log (the browser reports 0 for some worker loads).
      const p = new URL(u).pathname;
      const sent = serverLog.find((e) => e.path === p && e.status === 200);
      const sizes = sent ? null : await withTimeout(r.request().sizes(), 5000).catch(() => null);
      const gz = COMPRESSIBLE.test(type) ? zlib.gzipSync(body, { level: 9 }).length : body.length;
      files.push({
        path: p,
        status: r.status(),
        category: category(u, r.request().resourceType(), type),
        raw: body.length,
        gzip: gz,
        transfer: sent ? sent.encodedBytes : sizes ? sizes.responseBodySize : null,
      });
    }
    const firstView = { requests: files.length, total: { raw: 0, gzip: 0, transfer: 0 } };
    for (const c of ['js', 'css', 'data', 'other']) firstView[c] = { requests: 0, raw: 0, gzip: 0, transfer: 0 };
    for (const f of files) {
      for (const bucket of [firstView[f.category], firstView.total]) {
        bucket.raw += f.raw;
        bucket.gzip += f.gzip;
        bucket.transfer += f.transfer ?? 0;
      }
      firstView[f.category].requests++;
    }
    firstView.files = files.sort((a, b) => b.gzip - a.gzip);
    const mapSize = await page.evaluate(() => {
      const r = document.getElementById('map')?.getBoundingClientRect();
      return r ? { width: r.width, height: r.height } : null;
    });
    return { firstView, nonLocal, errors, mapSize };
  } finally {
    await context.close();
  }
}

async function timedRun(browser, url) {
  const { context, page, cdp, errors } = await newPage(browser);
  try {
    const t = await loadToIdle(page, url);
    const heap = await heapMB(cdp);
    return { timeToFirstIdleMs: round(t), jsHeapUsedMB: heap, errors: errors.length };
  } finally {
    await context.close();
  }
}

const pctl = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const summarize = (xs) => {
  const ok = xs.filter((x) => x !== null);
  return ok.length ? { medianMs: round(median(ok)), worstMs: round(Math.max(...ok)) } : { medianMs: null, worstMs: null };
};

// ---------------------------------------------------------------------------------------------
// Interactions: one page per data set, driven through the UI like a user would.

/**
 * Page-side recorder, installed before any page script: every atlas:idle (the map dispatches it on
 * #map after each MapLibre idle; it does not bubble, so it is caught in the capture phase on window)
 * and the timeStamp of every click / Enter keydown, all on the performance.now() clock.
 */
const INSTRUMENT_SCRIPT = `(() => {
  if (window.__bench) return;
  const b = (window.__bench = { idles: [], inputs: [], frame: null });
  window.addEventListener('atlas:idle', () => b.idles.push(performance.now()), true);
  window.addEventListener('click', (e) => b.inputs.push({ type: 'click', t: e.timeStamp }), true);
  window.addEventListener('keydown', (e) => e.key === 'Enter' && b.inputs.push({ type: 'keydown', t: e.timeStamp }), true);
  // One-shot: the first DOM mutation after arming (React's commit), then the end of the next
  // animation frame after it (a message posted from requestAnimationFrame runs after that
  // frame's style, layout and paint).
  b.armFrame = () => {
    b.frame = null;
    const mo = new MutationObserver(() => {
      mo.disconnect();
      const commit = performance.now();
      requestAnimationFrame((frameStart) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { b.frame = { commit, frameStart, painted: performance.now() }; };
        ch.port2.postMessage(0);
      });
    });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  };
})();`;

const ACTION_TIMEOUT_MS = Number(process.env.ATLAS_ACTION_TIMEOUT_MS || 10_000);

async function openInteractive(browser, url) {
  // Service workers blocked: the precache download would compete with the measured interactions.
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  await page.addInitScript(BUSY_OBSERVER_SCRIPT);
  await page.addInitScript(INSTRUMENT_SCRIPT);
  const errors = [];
  const nonLocal = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => !isLocalUrl(r.url()) && nonLocal.push(r.url()));
  const firstIdle = await loadToIdle(page, url);
  await settle(page);
  const heap = await heapMB(cdp);
  return { context, page, errors, nonLocal, firstIdle: round(firstIdle), heap };
}

/** Wait until the map is idle and has not reported an idle for `quietMs` (nothing left to draw). */
async function settle(page, quietMs = 300) {
  await page.waitForFunction(
    (q) => {
      const m = document.getElementById('map');
      const last = window.__bench.idles.at(-1) ?? 0;
      return m?.getAttribute('aria-busy') === 'false' && performance.now() - last > q;
    },
    quietMs,
    { timeout: IDLE_TIMEOUT_MS, polling: 50 },
  );
}

/** The header line "N links · N missions · N events shown", as numbers. */
async function headerCounts(page) {
  const text = (await page.locator('header .counts').innerText()).trim();
  const [links, missions, events] = (text.match(/\d[\d,\s]*/g) ?? []).map((s) => Number(s.replace(/\D/g, '')));
  return { text, links, missions, events };
}

/**
 * Run `action` (which causes one input event of `inputType`), then time from that event's timeStamp
 * to the first atlas:idle after it. Returns ms, or null when no idle came within the timeout.
 */
async function timeToIdle(page, inputType, action) {
  await settle(page);
  const k = await page.evaluate(() => window.__bench.inputs.length);
  await action();
  try {
    const handle = await page.waitForFunction(
      ({ k, inputType }) => {
        const b = window.__bench;
        const input = b.inputs.slice(k).find((i) => i.type === inputType);
        if (!input) return false;
        const idle = b.idles.find((t) => t > input.t);
        return idle === undefined ? false : idle - input.t;
      },
      { k, inputType },
      { timeout: ACTION_TIMEOUT_MS, polling: 'raf' },
    );
    return round(await handle.jsonValue());
  } catch {
    return null;
  }
}

/** Click, then time to the end of the next frame after React's commit; also whether the map redrew. */
async function timeToFrame(page, action) {
  await settle(page);
  const k = await page.evaluate(() => {
    window.__bench.armFrame();
    return window.__bench.inputs.length;
  });
  await action();
  try {
    const handle = await page.waitForFunction(
      (k) => {
        const b = window.__bench;
        const input = b.inputs.slice(k).find((i) => i.type === 'click');
        if (!input || !b.frame) return false;
        return { t0: input.t, commit: b.frame.commit - input.t, painted: b.frame.painted - input.t };
      },
      k,
      { timeout: ACTION_TIMEOUT_MS, polling: 'raf' },
    );
    const r = await handle.jsonValue();
    await settle(page); // lets a map redraw, if any, finish and show up below
    const idle = await page.evaluate((t0) => window.__bench.idles.find((t) => t > t0) ?? null, r.t0);
    return { ms: round(r.painted), commitMs: round(r.commit), idleMs: idle === null ? null : round(idle - r.t0) };
  } catch {
    return { ms: null, commitMs: null, idleMs: null };
  }
}

/**
 * "To" years cycled by the year-range interaction (from stays at the span's start). The end of the
 * range sets the map's day (boundaries, districts) and which links have started, so every step
 * changes what the map draws. Moving "From" instead changes almost nothing in this data (73 links
 * shown from 1991, 72 from 2021), so the map would often not redraw and there would be no idle to time.
 */
const TO_YEARS = [2010, 2026, 2000, 2018, 2005, 2022];
/**
 * The same within one boundary epoch (after the 2022 reform): links start and districts change
 * (Guangdong in 2026), but no region outline does, so no boundary layer is filtered anew.
 * Every step of TO_YEARS above crosses a reform (2018 or 2022) and re-lays out the outlines.
 */
const TO_YEARS_SAME_OUTLINES = [2023, 2026, 2024, 2025];

async function measureInteractions(page, n, label) {
  const out = {};

  // 1. Legend layer switches: Flights off, on; Consular districts off, on; ...
  const layerSwitch = (name) => page.getByRole('switch', { name: new RegExp(`^${name}\\b`) });
  const layerPlan = ['Flights', 'Flights', 'Consular districts', 'Consular districts'];
  const byLayer = {};
  const layerTimes = [];
  for (let i = 0; i < n; i++) {
    const name = layerPlan[i % layerPlan.length];
    const ms = await timeToIdle(page, 'click', () => layerSwitch(name).click());
    layerTimes.push(ms);
    (byLayer[name === 'Flights' ? 'flights' : 'districts'] ??= []).push(ms);
  }
  out.layerToggle = {
    ...summarize(layerTimes),
    n,
    timeouts: layerTimes.filter((x) => x === null).length,
    byLayer: Object.fromEntries(Object.entries(byLayer).map(([k, v]) => [k, summarize(v)])),
    samples: layerTimes,
  };
  log(`  ${label} layerToggle: median ${out.layerToggle.medianMs} ms, worst ${out.layerToggle.worstMs} ms`);

  // 2. Year range: type a "To" year in the timeline and press Enter, across and within boundary epochs.
  const toInput = page.getByRole('spinbutton', { name: 'To', exact: true });
  const spanEnd = await toInput.inputValue();
  const setTo = (year) =>
    timeToIdle(page, 'keydown', async () => {
      await toInput.fill(String(year));
      await toInput.press('Enter');
    });
  for (const [key, years] of [
    ['yearRange', TO_YEARS],
    ['yearRangeSameOutlines', TO_YEARS_SAME_OUTLINES],
  ]) {
    const times = [];
    for (let i = 0; i < n; i++) times.push(await setTo(years[i % years.length]));
    out[key] = { ...summarize(times), n, timeouts: times.filter((x) => x === null).length, toYears: years, samples: times };
    log(`  ${label} ${key}: median ${out[key].medianMs} ms, worst ${out[key].worstMs} ms`);
  }
  // Back to the whole span for what follows.
  if ((await toInput.inputValue()) !== spanEnd) await setTo(spanEnd);

  // 3. Event-type checkboxes: Agreements off, on; Visits off, on; ...
  const typeBox = (name) => page.getByRole('checkbox', { name: new RegExp(`^${name} —`) });
  const typePlan = ['Agreements', 'Agreements', 'Visits', 'Visits'];
  const typeRuns = [];
  for (let i = 0; i < n; i++) typeRuns.push(await timeToFrame(page, () => typeBox(typePlan[i % typePlan.length]).click()));
  const typeTimes = typeRuns.map((r) => r.ms);
  out.typeToggle = {
    ...summarize(typeTimes),
    n,
    timeouts: typeTimes.filter((x) => x === null).length,
    measuredTo: 'end of the next animation frame after the React commit (first DOM mutation)',
    commitMedianMs: summarize(typeRuns.map((r) => r.commitMs)).medianMs,
    mapRedraws: typeRuns.filter((r) => r.idleMs !== null).length,
    samples: typeTimes,
  };
  log(`  ${label} typeToggle: median ${out.typeToggle.medianMs} ms, worst ${out.typeToggle.worstMs} ms (map redrew ${out.typeToggle.mapRedraws}/${n})`);
  return out;
}

/**
 * Play at `speed` over the whole span from a fresh page; a rAF loop records every frame and a
 * PerformanceObserver the long tasks until playback ends (the button reads "Play" again).
 */
async function measurePlayback(browser, url, speed = 4) {
  const s = await openInteractive(browser, url);
  const { page } = s;
  try {
    await page.getByRole('combobox', { name: 'Speed' }).selectOption(String(speed));
    const span = {
      from: Number(await page.getByRole('spinbutton', { name: 'From', exact: true }).inputValue()),
      to: Number(await page.getByRole('spinbutton', { name: 'To', exact: true }).inputValue()),
    };
    await settle(page);
    // Baseline: frame intervals while nothing changes (60 Hz when the page is idle).
    const idleFrames = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const ts = [];
          const loop = (t) => (ts.push(t) > 30 ? resolve(ts.slice(1).map((x, i) => x - ts[i])) : requestAnimationFrame(loop));
          requestAnimationFrame(loop);
        }),
    );
    await page.evaluate(() => {
      const b = window.__bench;
      const rec = (b.play = { frames: [], longTasks: [], start: null, end: null, sawPause: false });
      const button = () => document.querySelector('.timeline__button--primary');
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
      const loop = (t) => {
        rec.frames.push(t);
        const label = button()?.textContent ?? '';
        if (/Pause/.test(label)) rec.sawPause = true;
        if (rec.sawPause && /Play/.test(label)) {
          rec.end = t;
          return;
        }
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    });
    const k = await page.evaluate(() => window.__bench.inputs.length);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const expectedMs = ((span.to - span.from) * 1000) / speed;
    await page.waitForFunction(() => window.__bench.play.end !== null, undefined, { timeout: expectedMs * 4 + 30_000, polling: 200 });
    const rec = await page.evaluate((k) => {
      const b = window.__bench;
      const t0 = b.inputs.slice(k).find((i) => i.type === 'click').t;
      const frames = b.play.frames.filter((t) => t >= t0);
      const durations = frames.slice(1).map((t, i) => t - frames[i]);
      const longTasks = b.play.longTasks.filter((l) => l.start >= t0 && l.start <= b.play.end);
      const idles = b.idles.filter((t) => t > t0 && t <= b.play.end).length;
      return { t0, end: b.play.end, durations, longTasks, idles };
    }, k);
    const d = rec.durations;
    const result = {
      speed,
      fromYear: span.from,
      toYear: span.to,
      durationMs: round(rec.end - rec.t0),
      nominalMs: expectedMs,
      frames: d.length,
      maxFrameMs: round(Math.max(...d)),
      p95FrameMs: round(pctl(d, 95)),
      medianFrameMs: round(median(d)),
      framesOver50ms: d.filter((x) => x > 50).length,
      longTasks: rec.longTasks.length,
      longTaskMaxMs: rec.longTasks.length ? round(Math.max(...rec.longTasks.map((l) => l.duration))) : 0,
      longTaskTotalMs: round(rec.longTasks.reduce((sum, l) => sum + l.duration, 0)),
      mapIdlesWhilePlaying: rec.idles,
      idleFrameMedianMs: round(median(idleFrames)),
    };
    log(`  playback ${span.from}→${span.to} at ${speed}x: ${result.frames} frames in ${result.durationMs} ms, max ${result.maxFrameMs} ms, p95 ${result.p95FrameMs} ms, ${result.framesOver50ms} over 50 ms, ${result.longTasks} long tasks`);
    if (s.errors.length) log(`WARNING: errors during playback: ${s.errors.slice(0, 3).join(' | ')}`);
    return result;
  } finally {
    await s.context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Floor: a bare MapLibre page drawing the same boundaries (bench/floor.html, bench/floor.mjs).

function makeFloorDir(distDir) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-floor-'));
  const ml = path.join(repo, 'node_modules', 'maplibre-gl', 'dist');
  fs.mkdirSync(path.join(dir, 'vendor'));
  fs.mkdirSync(path.join(dir, 'data'));
  fs.copyFileSync(path.join(here, 'floor.html'), path.join(dir, 'index.html'));
  fs.copyFileSync(path.join(here, 'floor.mjs'), path.join(dir, 'floor.mjs'));
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) fs.copyFileSync(path.join(ml, f), path.join(dir, 'vendor', f));
  fs.copyFileSync(path.join(repo, 'node_modules', 'topojson-client', 'dist', 'topojson-client.min.js'), path.join(dir, 'vendor', 'topojson-client.min.js'));
  fs.copyFileSync(path.join(distDir, 'data', 'boundaries.topo.json'), path.join(dir, 'data', 'boundaries.topo.json'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Frame durations while the map redraws on every frame (triggerRepaint from a rAF loop): the cost
 * of one full redraw of the boundaries on this machine's WebGL (SwiftShader here).
 */
async function repaintFrames(page, mapGlobal, frames = 30) {
  const d = await page.evaluate(
    ({ mapGlobal, frames }) =>
      new Promise((resolve) => {
        const map = window[mapGlobal];
        const ts = [];
        const loop = (t) => {
          ts.push(t);
          if (ts.length > frames) return resolve(ts.slice(1).map((x, i) => x - ts[i]));
          map.triggerRepaint();
          requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
      }),
    { mapGlobal, frames },
  );
  const rest = d.slice(1); // the first interval started before any repaint was asked for
  return { medianMs: round(median(rest)), worstMs: round(Math.max(...rest)), frames: rest.length };
}

async function measureFloor(browser, n, mapSize) {
  const floor = makeFloorDir(distDir);
  const server = await startServer({ root: floor.dir, gzip: true });
  const url = server.urlFor(mapSize ? `/?w=${Math.round(mapSize.width)}&h=${Math.round(mapSize.height)}` : '/');
  const times = [];
  let repaint = null;
  try {
    for (let i = 0; i < n; i++) {
      const { context, page, errors } = await newPage(browser);
      try {
        times.push(round(await loadToIdle(page, url)));
        if (errors.length) log(`WARNING: floor page errors: ${errors.slice(0, 3).join(' | ')}`);
        if (i === n - 1) repaint = await repaintFrames(page, '__floorMap');
      } finally {
        await context.close();
      }
      log(`  floor run ${String(i + 1).padStart(2)}/${n}: first idle ${times.at(-1)} ms`);
    }
  } finally {
    await server.close();
    floor.cleanup();
  }
  log(`  floor continuous repaint: median frame ${repaint.medianMs} ms, worst ${repaint.worstMs} ms`);
  return {
    timeToFirstIdleMs: { median: round(median(times)), min: Math.min(...times), max: Math.max(...times) },
    repaintFrameMs: repaint,
    mapSize,
    runs: times,
  };
}

// ---------------------------------------------------------------------------------------------
// Synthetic 20x data.

async function measureSynthetic(browser, n, realHeader) {
  const syn = await makeSyntheticDist({ distDir, factor: SYNTHETIC_FACTOR });
  const server = await startServer({ root: syn.dir, gzip: true });
  try {
    log(`synthetic ${SYNTHETIC_FACTOR}x: ${syn.counts.links} links, ${syn.counts.events} events, ${syn.counts.places} places (${syn.dir})`);
    const s = await openInteractive(browser, server.urlFor(urlPath));
    try {
      const dataError = await s.page.locator('.notice--error').allInnerTexts();
      if (dataError.length) throw new Error(`synthetic data rejected by the app: ${dataError.join(' | ')}`);
      const header = await headerCounts(s.page);
      const ratio = realHeader.links ? round(header.links / realHeader.links, 2) : null;
      if (!(ratio >= SYNTHETIC_FACTOR * 0.75 && ratio <= SYNTHETIC_FACTOR * 1.25)) {
        throw new Error(`synthetic header shows ${header.links} links against ${realHeader.links} real (ratio ${ratio}, expected about ${SYNTHETIC_FACTOR}): "${header.text}"`);
      }
      log(`  synthetic header: "${header.text}" (links ${ratio}x the real ${realHeader.links}); first idle ${s.firstIdle} ms`);
      const interactions = await measureInteractions(s.page, n, `${SYNTHETIC_FACTOR}x`);
      if (s.errors.length) log(`WARNING: errors on the synthetic page: ${s.errors.slice(0, 3).join(' | ')}`);
      return {
        factor: SYNTHETIC_FACTOR,
        records: syn.counts,
        dataBytes: syn.bytes,
        headerLinks: { real: realHeader.links, synthetic: header.links, ratio },
        firstIdleSingleRunMs: s.firstIdle,
        jsHeapUsedMB: s.heap,
        ...interactions,
      };
    } finally {
      await s.context.close();
    }
  } finally {
    await server.close();
    syn.cleanup();
  }
}

/** Numeric leaves as dotted paths, skipping per-run/per-file detail. */
function flatten(obj, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(obj ?? {})) {
    if (['meta', 'compare', 'runs', 'files', 'samples', 'records', 'dataBytes', 'mapSize', 'toYears'].includes(k)) continue;
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'number') out[key] = v;
    else if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, key, out);
  }
  return out;
}

function compare(baseline, current) {
  const a = flatten(baseline);
  const b = flatten(current);
  const rows = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
    const base = a[key] ?? null;
    const cur = b[key] ?? null;
    const delta = base !== null && cur !== null ? round(cur - base, 2) : null;
    const deltaPct = delta !== null && base ? round((delta / base) * 100, 1) : null;
    rows[key] = { baseline: base, current: cur, delta, deltaPct };
  }
  return rows;
}

function printCompare(rows) {
  const keys = Object.keys(rows);
  const w = Math.max(6, ...keys.map((k) => k.length));
  const fmt = (x) => (x === null ? '—' : String(x));
  log(`\n${'metric'.padEnd(w)}  ${'baseline'.padStart(12)}  ${'current'.padStart(12)}  ${'delta'.padStart(12)}  ${'delta %'.padStart(8)}`);
  for (const k of keys) {
    const r = rows[k];
    const pct = r.deltaPct === null ? '—' : `${r.deltaPct > 0 ? '+' : ''}${r.deltaPct}%`;
    const d = r.delta === null ? '—' : `${r.delta > 0 ? '+' : ''}${r.delta}`;
    log(`${k.padEnd(w)}  ${fmt(r.baseline).padStart(12)}  ${fmt(r.current).padStart(12)}  ${d.padStart(12)}  ${pct.padStart(8)}`);
  }
}

async function main() {
  const started = Date.now();
  let baseline = null;
  if (compareFile) baseline = JSON.parse(fs.readFileSync(compareFile, 'utf8')); // fail early on a bad baseline
  if (!skipBuild) {
    log('> npm run build');
    const r = spawnSync('npm', ['run', 'build'], { cwd: repo, stdio: ['ignore', 2, 2] }); // keep stdout for the JSON
    if (r.status !== 0) throw new Error(`"npm run build" failed (exit ${r.status ?? r.signal})`);
  }
  if (!fs.existsSync(path.join(distDir, 'index.html'))) throw new Error(`${distDir}/index.html not found; build first`);

  const serverLog = [];
  const server = await startServer({ root: distDir, gzip: true, onRequest: (e) => serverLog.push(e) });
  const browser = await launchBrowser();
  const url = server.urlFor(urlPath);
  const result = {
    meta: {
      date: new Date().toISOString(),
      url: urlPath,
      runs,
      reps,
      quick,
      viewport: VIEWPORT,
      chromium: browser.version(),
      node: process.version,
      commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout?.trim() || null,
      dirty: (spawnSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }).stdout ?? '').trim() !== '',
      cpus: os.cpus().length,
      // Other work on the machine skews every timing; compare runs made under similar load.
      loadAvg1m: { start: round(os.loadavg()[0], 2), end: null },
      notes: 'bytes: raw = decoded body, gzip = zlib level 9 of compressible bodies, transfer = bytes of the body as sent by the server (gzip level 9 for compressible types); service-worker precache requests are not counted',
    },
    firstView: null,
    timeToFirstIdleMs: null,
    jsHeapUsedMB: null,
    interactions: {},
    playback: null,
    floor: null,
    synthetic20x: null,
    runs: [],
  };
  try {
    log(`bench: ${url}, ${runs} timed run(s) after one untimed byte-measuring run (Chromium ${browser.version()})`);
    phase('first view (bytes)');
    const fv = await measureFirstView(browser, url, serverLog);
    result.firstView = fv.firstView;
    if (fv.nonLocal.length) {
      result.meta.nonLocalRequests = fv.nonLocal;
      log(`WARNING: ${fv.nonLocal.length} request(s) left localhost: ${fv.nonLocal.join(', ')}`);
    }
    if (fv.errors.length) log(`WARNING: console/page errors during load: ${fv.errors.slice(0, 5).join(' | ')}`);
    const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
    for (const c of ['js', 'css', 'data', 'other', 'total']) {
      const b = fv.firstView[c];
      log(`  ${c.padEnd(5)} raw ${kb(b.raw).padStart(11)}  gzip ${kb(b.gzip).padStart(11)}`);
    }
    phase('timed loads');
    for (let i = 0; i < runs; i++) {
      const r = await timedRun(browser, url);
      result.runs.push(r);
      log(`  run ${String(i + 1).padStart(2)}/${runs}: first idle ${r.timeToFirstIdleMs} ms, heap ${r.jsHeapUsedMB} MB`);
    }
    const times = result.runs.map((r) => r.timeToFirstIdleMs);
    result.timeToFirstIdleMs = { median: round(median(times)), min: Math.min(...times), max: Math.max(...times) };
    const heaps = result.runs.map((r) => r.jsHeapUsedMB).filter((x) => x !== null);
    result.jsHeapUsedMB = heaps.length ? round(median(heaps), 2) : null;

    phase('floor');
    log(`floor: bare MapLibre page with the same boundaries, ${runs} run(s), map ${fv.mapSize ? `${Math.round(fv.mapSize.width)}x${Math.round(fv.mapSize.height)}` : 'full window'}`);
    result.floor = await measureFloor(browser, runs, fv.mapSize);
    result.floor.timeToFirstIdleRatio = round(result.timeToFirstIdleMs.median / result.floor.timeToFirstIdleMs.median, 2);
    log(`  floor median ${result.floor.timeToFirstIdleMs.median} ms; app/floor = ${result.floor.timeToFirstIdleRatio}`);

    phase('interactions');
    log(`interactions (real data), ${reps} of each:`);
    const s = await openInteractive(browser, url);
    let realHeader;
    try {
      realHeader = await headerCounts(s.page);
      result.interactions = await measureInteractions(s.page, reps, 'real');
      if (s.errors.length) log(`WARNING: errors on the interaction page: ${s.errors.slice(0, 3).join(' | ')}`);
      if (s.nonLocal.length) log(`WARNING: request(s) left localhost: ${s.nonLocal.join(', ')}`);
    } finally {
      await s.context.close();
    }
    phase('playback');
    result.playback = await measurePlayback(browser, url, 4);
    if (withSynthetic) phase('synthetic20x');
    if (withSynthetic) result.synthetic20x = await measureSynthetic(browser, reps, realHeader);
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  phase(null);
  result.meta.phaseSeconds = phases;
  result.meta.loadAvg1m.end = round(os.loadavg()[0], 2);
  result.meta.benchSeconds = round((Date.now() - started) / 1000);
  if (baseline) {
    result.compare = compare(baseline, result);
    printCompare(result.compare);
  }
  const json = JSON.stringify(result, null, 2);
  if (outFile) {
    fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
    fs.writeFileSync(outFile, `${json}\n`);
    log(`saved ${outFile}`);
  }
  log(`bench finished in ${result.meta.benchSeconds} s`);
  process.stdout.write(`${json}\n`);
}

main().catch((err) => {
  log(`bench failed: ${err?.stack ?? err}`);
  process.exitCode = 1;
});
