// Cold loads of one site: a fresh context each time (empty cache, service worker allowed, as for
// a first visit), timed from navigation start to the first map idle. Every figure is per load;
// the case reports median / min / max over the loads.
import { frameIntervals, heapMB, longTasks, openPage, settle } from './page.mjs';
import { latency, log, median, round, spread } from './stats.mjs';

function category(e) {
  const type = e.contentType ?? '';
  if (/javascript/.test(type)) return 'js';
  if (/css/.test(type)) return 'css';
  if (/\/data\//.test(e.path) || /json|protobuf/.test(type)) return 'data';
  return 'other';
}

/**
 * Bytes on the wire before the first idle, as the server counted them: every request that arrived
 * before the idle (wall clock; the page's and the server's share it), whoever made it — the page,
 * MapLibre's workers or the service worker's precache. `gzip` is the body as sent (the server
 * gzips compressible types at level 9, like a static host), `raw` the file size. `again` is what
 * was fetched a second time (a service worker precaching what the page already has).
 */
function bytesBefore(entries, untilWall) {
  const out = { requests: 0, gzip: 0, raw: 0 };
  for (const c of ['js', 'css', 'data', 'other', 'again']) out[c] = { requests: 0, gzip: 0, raw: 0 };
  const files = [];
  const seen = new Set();
  for (const e of entries) {
    if (e.t > untilWall || e.status !== 200) continue;
    const again = seen.has(e.path);
    seen.add(e.path);
    for (const b of [out, out[category(e)], ...(again ? [out.again] : [])]) {
      b.requests++;
      b.gzip += e.encodedBytes;
      b.raw += e.bytes;
    }
    files.push({ path: e.url, dest: e.dest ?? null, gzip: e.encodedBytes, raw: e.bytes });
  }
  out.files = files.sort((a, b) => b.gzip - a.gzip);
  return out;
}

/**
 * `n` cold loads of `site` (bench/lib/sites.mjs) at `urlPath`. Returns the figures and, for the
 * floor's sizing, the size of #map in the first load. `repaintGlobal`: after the last load, also
 * measure the bare repaint (page.mjs frameIntervals) on that map.
 */
export async function coldLoads(browser, site, n, urlPath, { repaintGlobal = null } = {}) {
  const runs = [];
  let bytes = null;
  let mapSize = null;
  let repaint = null;
  for (let i = 0; i < n; i++) {
    const mark = site.server.requests.length;
    const p = await openPage(browser, site.url(urlPath));
    try {
      const idleWall = await p.page.evaluate(() => performance.timeOrigin + window.__atlasFirstIdle);
      const lt = await longTasks(p.page, 0, p.firstIdle);
      // At rest, not at the first idle: the atlas fetches its full data files from then on, and
      // whether they were in when the heap was read split the loads into two groups 1.5 MB apart.
      await settle(p.page);
      const heap = await heapMB(browser, p.cdp);
      const b = bytesBefore(site.server.requests.slice(mark), idleWall);
      bytes ??= b; // the first load's file list; the totals of every load are in `runs`
      mapSize ??= await p.page.evaluate(() => {
        const r = document.getElementById('map').getBoundingClientRect();
        return { width: Math.round(r.width), height: Math.round(r.height) };
      });
      runs.push({ firstIdleMs: p.firstIdle, longTaskMs: lt.totalMs, longTasks: lt.count, heapMB: heap, bytesGzip: b.gzip, requests: b.requests, errors: p.errors.length });
      if (p.errors.length) log(`WARNING: ${site.name} page errors: ${p.errors.slice(0, 3).join(' | ')}`);
      if (p.nonLocal.length) log(`WARNING: ${site.name} request(s) left localhost: ${p.nonLocal.join(', ')}`);
      if (repaintGlobal && i === n - 1) {
        const d = await frameIntervals(p.page, 30, repaintGlobal);
        repaint = { ...latency(d), frames: d.length };
      }
    } finally {
      await p.context.close();
    }
    const r = runs.at(-1);
    log(`  ${site.name} load ${i + 1}/${n}: first idle ${r.firstIdleMs} ms, long tasks ${r.longTaskMs} ms (${r.longTasks}), heap ${r.heapMB.total} MB, ${round(r.bytesGzip / 1024)} KiB in ${r.requests} requests`);
  }
  const pick = (f) => runs.map(f);
  return {
    firstIdleMs: spread(pick((r) => r.firstIdleMs)),
    longTaskMs: spread(pick((r) => r.longTaskMs)),
    heapMB: {
      total: spread(pick((r) => r.heapMB.total), 2),
      mainMedian: round(median(pick((r) => r.heapMB.main)), 2),
      workersMedian: round(median(pick((r) => r.heapMB.workers)), 2),
      serviceWorkerMedian: round(median(pick((r) => r.heapMB.serviceWorker)), 2),
    },
    bytesGzip: spread(pick((r) => r.bytesGzip), 0),
    bytes,
    ...(repaint ? { repaintMs: repaint } : {}),
    mapSize,
    runs,
  };
}
