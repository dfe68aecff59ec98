// Browser-test harness: Chromium launch, app opening with network/console tracking,
// canvas checks, and a tiny test registry used by run.mjs.
import { decodePng, colorStats } from './png.mjs';
import { BUSY_OBSERVER_SCRIPT, IDLE_TIMEOUT_MS, VIEWPORT, isLocalUrl, waitForIdle } from './shared.mjs';

// Launch, idle waiting and the map observer live in shared.mjs (the bench uses them too).
export { CHROMIUM_PATH, CHROMIUM_ARGS, IDLE_TIMEOUT_MS, NO_WINDOW_UI_ARGS, VIEWPORT, launchBrowser, isLocalUrl, BUSY_OBSERVER_SCRIPT, waitForIdle } from './shared.mjs';

/**
 * Per-context network guard: aborts and records any request that would leave localhost.
 * Returns the tracker (also stored on the context as __atlasTracker).
 * route: false only records (still failing the test on any non-local request): Playwright turns the
 * HTTP cache off while routing, and the caching tests need it (call this before open()).
 */
export async function guardContext(context, { route = true } = {}) {
  if (context.__atlasTracker) return context.__atlasTracker;
  const tracker = { nonLocalRequests: [], requests: [], failedRequests: [] };
  context.__atlasTracker = tracker;
  if (route) {
    await context.route('**/*', (r) => {
      const url = r.request().url();
      if (isLocalUrl(url)) return r.fallback();
      if (!tracker.nonLocalRequests.includes(url)) tracker.nonLocalRequests.push(url);
      return r.abort('blockedbyclient');
    });
  }
  // Belt and braces: requests that bypass routing (e.g. from workers) are still recorded.
  context.on('request', (req) => {
    tracker.requests.push({ url: req.url(), method: req.method(), resourceType: req.resourceType() });
    if (!isLocalUrl(req.url()) && !tracker.nonLocalRequests.includes(req.url())) tracker.nonLocalRequests.push(req.url());
  });
  context.on('requestfailed', (req) => {
    tracker.failedRequests.push({ url: req.url(), error: req.failure()?.errorText });
  });
  return tracker;
}

/**
 * Open the app at `urlPath` (relative to the context's baseURL) and wait for it.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} urlPath e.g. '/?lang=en#map=6.00/23.40/113.50'
 * @param {object} [opts]
 * @param {'idle'|'alert'|'load'|'none'} [opts.waitFor='idle'] idle = #map[aria-busy="false"];
 *        alert = a visible [role="alert"]; load = the load event only.
 * @param {number} [opts.timeout=IDLE_TIMEOUT_MS]
 * @param {boolean} [opts.allowConsoleErrors=false] if false, the runner fails the test on console errors
 * @param {boolean} [opts.allowPageErrors=false] if false, the runner fails the test on uncaught errors
 */
export async function openApp(page, urlPath, opts = {}) {
  const { waitFor = 'idle', timeout = IDLE_TIMEOUT_MS, allowConsoleErrors = false, allowPageErrors = false } = opts;
  const tracker = await guardContext(page.context());
  const app = {
    page,
    url: urlPath,
    tracker,
    get requests() { return tracker.requests; },
    get nonLocalRequests() { return tracker.nonLocalRequests; },
    consoleErrors: [],
    pageErrors: [],
    allowConsoleErrors,
    allowPageErrors,
    /** aria-busy history: [{ value, t }] with page-side performance.now() timestamps. */
    busyLog: () => page.evaluate(() => window.__atlasBusy ?? []),
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      app.consoleErrors.push(`${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => app.pageErrors.push(err.stack || String(err)));
  (page.__atlasApps ??= []).push(app);
  await page.addInitScript(BUSY_OBSERVER_SCRIPT);
  await page.goto(urlPath, { waitUntil: waitFor === 'none' ? 'commit' : 'load', timeout });
  if (waitFor === 'idle') await waitForIdle(page, { timeout });
  else if (waitFor === 'alert') await waitForAlert(page, { timeout });
  return app;
}

/** Wait for a visible role="alert" with some text; returns its text. */
export async function waitForAlert(page, { timeout = IDLE_TIMEOUT_MS } = {}) {
  const alert = page.locator('[role="alert"]').filter({ hasText: /\S/ }).first();
  await alert.waitFor({ state: 'visible', timeout });
  return (await alert.innerText()).trim();
}

/**
 * Screenshot the map canvas alone (every other element hidden while the shot is taken, so DOM overlays
 * like controls or panels cannot make a blank canvas look drawn) and report its colour statistics.
 * drawn = more than one colour and no single colour covering >= 99.5 % of the pixels.
 */
export async function isCanvasDrawn(page, { selector = '#map canvas.maplibregl-canvas' } = {}) {
  const shot = await canvasPixels(page, { selector });
  if (!shot.image) return { drawn: false, reason: 'canvas has no size', box: shot.box };
  const stats = colorStats(shot.image);
  return { drawn: stats.distinctColors > 1 && stats.dominantShare < 0.995, ...stats, box: shot.box };
}

/**
 * The map canvas alone (the rest of the page hidden), clipped to the viewport and decoded:
 * `{ image, box }`, or `{ image: null, box }` when the canvas has no size.
 */
export async function canvasPixels(page, { selector = '#map canvas.maplibregl-canvas' } = {}) {
  const canvas = page.locator(selector).first();
  await canvas.waitFor({ state: 'visible', timeout: 10_000 });
  const box = await canvas.boundingBox();
  if (!box || box.width < 2 || box.height < 2) return { image: null, box };
  const vp = page.viewportSize() ?? VIEWPORT;
  const clip = {
    x: Math.max(0, box.x),
    y: Math.max(0, box.y),
    width: Math.min(box.width, vp.width - Math.max(0, box.x)),
    height: Math.min(box.height, vp.height - Math.max(0, box.y)),
  };
  const png = await withOnly(page, selector, () => page.screenshot({ clip, animations: 'disabled' }));
  return { image: decodePng(png), box };
}

/**
 * Runs `fn` with every element but `selector` hidden, then restores them. Through the CSSOM
 * (element.style), not screenshot({ style }): the app's CSP refuses an injected <style> element.
 */
async function withOnly(page, selector, fn) {
  await page.evaluate((sel) => {
    const keep = document.querySelector(sel);
    window.__shotRestore = [...document.body.querySelectorAll('*')].map((el) => {
      const prev = [el.style.getPropertyValue('visibility'), el.style.getPropertyPriority('visibility')];
      el.style.setProperty('visibility', el === keep ? 'visible' : 'hidden', 'important');
      return [el, prev];
    });
  }, selector);
  try {
    return await fn();
  } finally {
    await page.evaluate(() => {
      for (const [el, [value, priority]] of window.__shotRestore ?? []) {
        if (value) el.style.setProperty('visibility', value, priority);
        else el.style.removeProperty('visibility');
      }
      delete window.__shotRestore;
    });
  }
}

/** Errors the runner reports after each test (empty = clean). */
export function collectProblems(page) {
  const problems = [];
  const tracker = page?.context().__atlasTracker;
  if (tracker?.nonLocalRequests.length) {
    problems.push(`request(s) left localhost:\n    ${tracker.nonLocalRequests.join('\n    ')}`);
  }
  for (const app of page?.__atlasApps ?? []) {
    if (!app.allowPageErrors && app.pageErrors.length) {
      problems.push(`uncaught page error(s):\n    ${app.pageErrors.join('\n    ')}`);
    }
    if (!app.allowConsoleErrors && app.consoleErrors.length) {
      problems.push(`console error(s):\n    ${app.consoleErrors.join('\n    ')}`);
    }
  }
  return problems;
}

// ---- test registry (run.mjs imports the test files, which call test()) ----
export const registry = [];
let currentFile = '(unknown)';
export function setCurrentFile(f) {
  currentFile = f;
}
/**
 * Register a browser test. fn receives { page, context, browser, server, baseURL, open }
 * where open(urlPath, opts) = openApp(page, urlPath, opts).
 * @param {string} name
 * @param {(fx: object) => Promise<void>} fn
 * @param {{ timeout?: number, skip?: boolean|string, contextOptions?: object, serial?: boolean, lock?: string, slow?: boolean }} [opts]
 *        serial: run alone (not beside another test), at the end; lock: never beside a test with the
 *        same lock; slow: queued first (long tests should not be the last ones running)
 */
export function test(name, fn, opts = {}) {
  registry.push({ name, fn, opts, file: currentFile });
}
test.skip = (name, fn, opts = {}) => test(name, fn, { ...opts, skip: true });
