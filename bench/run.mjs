#!/usr/bin/env node
// Performance benchmark of the built app in headless Chromium (SwiftShader WebGL).
//
//   npm run bench -- [--no-build] [--runs 10] [--url /] [--out bench/out/now.json] [--compare baseline.json]
//
// Prints ONE JSON object on stdout; human-readable notes go to stderr.
//   firstView          bytes of every response the first view loads before the first map idle, by category
//                      (js / css / data / other): raw (decoded body), gzip (zlib level 9 of the body for
//                      compressible types, else raw) and transfer (encoded body size as served, the
//                      server gzips compressible types); measured in an untimed first run.
//   timeToFirstIdleMs  navigation start -> #map[aria-busy="false"] (after "true"), read page-side with
//                      performance.now() from a MutationObserver; median/min/max of --runs fresh contexts
//                      with the cache disabled.
//   jsHeapUsedMB       median JS heap after the first idle (after a forced GC), CDP Performance.getMetrics.
//   interactions       {} for now; add { name: { medianMs, ... } } entries for filter/layer-toggle latencies.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startServer } from '../test/browser/server.mjs';
import { launchBrowser, BUSY_OBSERVER_SCRIPT, isLocalUrl, VIEWPORT } from '../test/browser/harness.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const runs = Math.max(1, Number(option('--runs', '10')) || 10);
const urlPath = option('--url', '/');
const outFile = option('--out');
const compareFile = option('--compare');
const distDir = path.resolve(repo, option('--dist', 'dist'));
const skipBuild = args.includes('--no-build') || process.env.ATLAS_SKIP_BUILD === '1' || args.includes('--dist');
const IDLE_TIMEOUT_MS = Number(process.env.ATLAS_IDLE_TIMEOUT_MS || 90_000);
const log = (...a) => console.error(...a);

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
    const seen = responses.slice(); // responses that arrived before the first idle
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
    return { firstView, nonLocal, errors };
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

/** Numeric leaves as dotted paths, skipping per-run/per-file detail. */
function flatten(obj, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(obj ?? {})) {
    if (['meta', 'compare', 'runs', 'files'].includes(k)) continue;
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
      viewport: VIEWPORT,
      chromium: browser.version(),
      node: process.version,
      commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout?.trim() || null,
      dirty: (spawnSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }).stdout ?? '').trim() !== '',
      notes: 'bytes: raw = decoded body, gzip = zlib level 9 of compressible bodies, transfer = bytes of the body as sent by the server (gzip level 9 for compressible types); service-worker precache requests are not counted',
    },
    firstView: null,
    timeToFirstIdleMs: null,
    jsHeapUsedMB: null,
    interactions: {},
    runs: [],
  };
  try {
    log(`bench: ${url}, ${runs} timed run(s) after one untimed byte-measuring run (Chromium ${browser.version()})`);
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
    for (let i = 0; i < runs; i++) {
      const r = await timedRun(browser, url);
      result.runs.push(r);
      log(`  run ${String(i + 1).padStart(2)}/${runs}: first idle ${r.timeToFirstIdleMs} ms, heap ${r.jsHeapUsedMB} MB`);
    }
    const times = result.runs.map((r) => r.timeToFirstIdleMs);
    result.timeToFirstIdleMs = { median: round(median(times)), min: Math.min(...times), max: Math.max(...times) };
    const heaps = result.runs.map((r) => r.jsHeapUsedMB).filter((x) => x !== null);
    result.jsHeapUsedMB = heaps.length ? round(median(heaps), 2) : null;
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
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
