// A bench page: a fresh browser context on one URL, with the shared map observer
// (test/browser/shared.mjs) and the bench's own recorder installed before any page script, and
// the measurements taken on it: time from an input to the next map idle or frame, frame
// intervals, long tasks, and the JS heap of the page and its workers.
import { BUSY_OBSERVER_SCRIPT, IDLE_TIMEOUT_MS, VIEWPORT, isLocalUrl, nextIdleAfter, waitForFirstIdle } from '../../test/browser/shared.mjs';
import { log, round } from './stats.mjs';

/** An interaction with no idle or frame within this long counts as a timeout (left out of the figures). */
const ACTION_TIMEOUT_MS = Number(process.env.ATLAS_ACTION_TIMEOUT_MS || 10_000);
const MB = 1024 * 1024;

/**
 * Page-side recorder, all on the performance.now() clock: the timeStamp of every click and
 * Enter keydown (caught in the capture phase, before the app sees them), every long task
 * (main-thread task over 50 ms) from the document's start, and armFrame(): a one-shot that takes
 * the first DOM mutation after the next click (React's commit) and the end of the next animation frame
 * after it (a message posted from requestAnimationFrame runs after that frame's style, layout
 * and paint), and the time of the last DOM mutation (settle() waits for the page to be at rest).
 */
const BENCH_SCRIPT = `(() => {
  if (window.__bench) return;
  const b = (window.__bench = { inputs: [], longTasks: [], frame: null, lastMutation: 0 });
  new MutationObserver(() => { b.lastMutation = performance.now(); }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  window.addEventListener('click', (e) => b.inputs.push({ type: 'click', t: e.timeStamp }), true);
  window.addEventListener('keydown', (e) => e.key === 'Enter' && b.inputs.push({ type: 'keydown', t: e.timeStamp }), true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  b.armFrame = () => {
    b.frame = null;
    const k = b.inputs.length;
    const mo = new MutationObserver(() => {
      // A mutation before the click (the page still rendering something else) is not its commit.
      if (!b.inputs.slice(k).some((i) => i.type === 'click')) return;
      mo.disconnect();
      const commit = performance.now();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { b.frame = { commit, painted: performance.now() }; };
        ch.port2.postMessage(0);
      });
    });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  };
})();`;

/**
 * Opens `url` in a fresh context (empty cache, HTTP cache disabled) and waits for the first map
 * idle. `serviceWorkers: 'block'` for interaction pages: a service worker's precache download
 * would compete with the measured interactions. Returns { context, page, cdp, errors, nonLocal, firstIdle }.
 */
export async function openPage(browser, url, { serviceWorkers = 'allow' } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', serviceWorkers });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(BUSY_OBSERVER_SCRIPT);
  await page.addInitScript(BENCH_SCRIPT);
  const errors = [];
  const nonLocal = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  context.on('request', (r) => !isLocalUrl(r.url()) && nonLocal.push(r.url()));
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: IDLE_TIMEOUT_MS });
    const firstIdle = round(await waitForFirstIdle(page));
    return { context, page, cdp, errors, nonLocal, firstIdle };
  } catch (err) {
    await context.close();
    throw err;
  }
}

/**
 * Waits until the page is at rest: the map idle and no map idle or DOM change for `quietMs`.
 * The DOM part matters right after the first idle, when the full data files arrive and the
 * timeline, lists and search render: an input then would time that work, not its own. The
 * first click in that window is measured on its own by `timeToFrame(…, { rest: false })`.
 */
export async function settle(page, quietMs = 300, { dom = true } = {}) {
  await page.waitForFunction(
    ({ q, dom }) => {
      const m = document.getElementById('map');
      const now = performance.now();
      const last = Math.max(window.__atlasIdles.at(-1) ?? 0, dom ? window.__bench.lastMutation : 0);
      return m?.getAttribute('aria-busy') === 'false' && now - last > q;
    },
    { q: quietMs, dom },
    { timeout: IDLE_TIMEOUT_MS, polling: 50 },
  );
}

/** Page time of the first input of `type` recorded after index k. */
const inputAfter = async (page, k, type) =>
  (await page.waitForFunction(({ k, type }) => window.__bench.inputs.slice(k).find((i) => i.type === type)?.t ?? false, { k, type }, { timeout: ACTION_TIMEOUT_MS })).jsonValue();

/**
 * Runs `action` (which causes one input event of `inputType`) on a settled map and times that
 * event's timeStamp to the first atlas:idle after it. Returns ms, or null when no idle came.
 */
export async function timeToIdle(page, inputType, action) {
  await settle(page);
  const k = await page.evaluate(() => window.__bench.inputs.length);
  await action();
  try {
    const t = await inputAfter(page, k, inputType);
    return round((await nextIdleAfter(page, t, { timeout: ACTION_TIMEOUT_MS })) - t);
  } catch {
    return null;
  }
}

/**
 * Clicks (via `action`), then times click → end of the next frame after React's commit; also
 * whether the map redrew (an atlas:idle after the click). { ms, commitMs, redrew }, nulls on timeout.
 * With `rest: false` the click comes as soon as the map is idle, even while the page is still
 * rendering what arrived after the first idle.
 */
export async function timeToFrame(page, action, { rest = true } = {}) {
  await settle(page, 300, { dom: rest });
  const k = await page.evaluate(() => (window.__bench.armFrame(), window.__bench.inputs.length));
  await action();
  try {
    const t = await inputAfter(page, k, 'click');
    const f = await (await page.waitForFunction(() => window.__bench.frame ?? false, undefined, { timeout: ACTION_TIMEOUT_MS, polling: 'raf' })).jsonValue();
    await settle(page); // lets a map redraw, if any, finish and show up below
    const redrew = await page.evaluate((t) => window.__atlasIdles.some((x) => x > t), t);
    return { ms: round(f.painted - t), commitMs: round(f.commit - t), redrew };
  } catch {
    return { ms: null, commitMs: null, redrew: false };
  }
}

/**
 * Intervals of the next `n` animation frames. With `repaintGlobal` (a MapLibre map on window),
 * the map is asked to redraw on every frame (triggerRepaint) with nothing changed: the cost of a
 * bare repaint on this machine's WebGL. The first interval is dropped (no repaint asked yet).
 */
export async function frameIntervals(page, n = 30, repaintGlobal = null) {
  const d = await page.evaluate(
    ({ n, repaintGlobal }) =>
      new Promise((resolve) => {
        const ts = [];
        const loop = (t) => {
          if (ts.push(t) > n + 1) return resolve(ts.slice(1).map((x, i) => x - ts[i]));
          window[repaintGlobal]?.triggerRepaint();
          requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
      }),
    { n, repaintGlobal },
  );
  return d.slice(1);
}

/** Long tasks recorded so far whose start lies in [from, to] (page times): { count, totalMs, maxMs }. */
export async function longTasks(page, from = 0, to = Infinity) {
  const lt = await page.evaluate(([from, to]) => window.__bench.longTasks.filter((l) => l.start >= from && l.start <= to), [from, to === Infinity ? Number.MAX_VALUE : to]);
  return { count: lt.length, totalMs: round(lt.reduce((s, l) => s + l.duration, 0)), maxMs: round(Math.max(0, ...lt.map((l) => l.duration))) };
}

/**
 * JS heap in use after a forced GC, in MB: the page's main thread plus every worker of its
 * context (MapLibre's workers; the service worker when one runs), each a V8 isolate of its own.
 * Workers are reached from a browser-level CDP session: Playwright's page sessions cannot talk
 * to a worker target, so each is attached unflattened and spoken to via Target.sendMessageToTarget.
 * `cdp`: a CDP session on the page. Returns { main, workers, serviceWorker, total }.
 */
export async function heapMB(browser, cdp) {
  const usage = async (send) => {
    await send('HeapProfiler.collectGarbage');
    return (await send('Runtime.getHeapUsage')).usedSize / MB;
  };
  const main = await usage((m) => cdp.send(m));
  const { targetInfo } = await cdp.send('Target.getTargetInfo');
  const bs = await browser.newBrowserCDPSession();
  const out = { main, workers: 0, serviceWorker: 0 };
  try {
    const { targetInfos } = await bs.send('Target.getTargets');
    let id = 0;
    const pending = new Map();
    bs.on('Target.receivedMessageFromTarget', ({ message }) => {
      const m = JSON.parse(message);
      pending.get(m.id)?.(m);
    });
    for (const t of targetInfos) {
      if (t.browserContextId !== targetInfo.browserContextId || !['worker', 'service_worker'].includes(t.type)) continue;
      const { sessionId } = await bs.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
      const send = (method) =>
        new Promise((resolve, reject) => {
          const i = ++id;
          pending.set(i, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
          setTimeout(() => reject(new Error(`${method}: no answer from ${t.type} ${t.url}`)), 10_000); // a worker that just ended
          bs.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method }) }).catch(reject);
        });
      out[t.type === 'worker' ? 'workers' : 'serviceWorker'] += await usage(send);
      await bs.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    }
  } finally {
    await bs.detach().catch(() => {});
  }
  return { main: round(out.main, 2), workers: round(out.workers, 2), serviceWorker: round(out.serviceWorker, 2), total: round(out.main + out.workers + out.serviceWorker, 2) };
}

/**
 * Opens `url` for interactions (service worker blocked), lets the map settle and runs fn(p);
 * warns about page errors and requests that left localhost; always closes the context.
 */
export async function withPage(browser, url, fn) {
  const p = await openPage(browser, url, { serviceWorkers: 'block' });
  try {
    await settle(p.page, 300, { dom: false }); // each measurement waits for rest itself
    const result = await fn(p);
    if (p.errors.length) log(`WARNING: page errors: ${p.errors.slice(0, 3).join(' | ')}`);
    if (p.nonLocal.length) log(`WARNING: request(s) left localhost: ${p.nonLocal.join(', ')}`);
    return result;
  } finally {
    await p.context.close();
  }
}
