// Issue #14, the service worker: it registers after the map's first idle, its precache reuses what
// the page fetched (nothing downloaded twice), a new deployment is offered as "Reload" (same URL,
// old caches removed), and a first visit that loses the network says so.
// Each test serves dist/ from its own server (own origin, own request log, own service worker).
// Run with: npm run test:browser -- --no-build test/browser/offline.browser.mjs
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { guardContext, openApp, test, waitForIdle } from './harness.mjs';
import { relativeUrl } from './helpers.mjs';
import { startServer } from './server.mjs';

/** Records (page time) the map's first atlas:idle and when the page calls navigator.serviceWorker.register. */
const REGISTER_WATCH = `(() => {
  window.addEventListener('atlas:idle', () => { window.__firstIdleEventAt ??= performance.now(); }, true);
  const register = ServiceWorkerContainer.prototype.register;
  ServiceWorkerContainer.prototype.register = function (...args) {
    window.__swRegisterAt ??= performance.now();
    return register.apply(this, args);
  };
})();`;

/** Waits until a service worker controls the page and is activated (its precache is complete). */
async function waitForController(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 60_000, polling: 100 });
}

/** Cache Storage of the page's origin: { name: [request URL, …] }. */
const cacheContents = (page) =>
  page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    return out;
  });

/** The precache manifest of a built sw.js: [{ url, revision }]. */
function precacheEntries(swFile) {
  return [...fs.readFileSync(swFile, 'utf8').matchAll(/\{"revision":(null|"[0-9a-f]+"),"url":"([^"]+)"\}/g)].map((m) => ({ revision: JSON.parse(m[1]), url: m[2] }));
}

test('first visit: the service worker registers after the first idle and downloads nothing the page already has', async ({ page, context, server }) => {
  const log = [];
  const own = await startServer({ root: server.root, onRequest: (e) => log.push(e) });
  try {
    // Playwright turns the HTTP cache off while it routes requests: record only.
    await guardContext(context, { route: false });
    await page.addInitScript(REGISTER_WATCH);
    await openApp(page, own.urlFor('/?lang=en'));
    await waitForController(page);
    const times = await page.evaluate(() => ({ firstIdle: window.__firstIdleEventAt, register: window.__swRegisterAt }));
    assert.ok(times.register >= times.firstIdle, `the worker should register after the first idle: ${JSON.stringify(times)}`);

    // Every precached file is in the cache, and no path was sent twice in full.
    const cached = Object.values(await cacheContents(page)).flat().map((u) => new URL(u).pathname);
    const entries = precacheEntries(path.join(server.root, 'sw.js'));
    for (const e of entries) assert.ok(cached.includes(`/${e.url}`), `${e.url} should be precached`);
    const full = new Map();
    for (const e of log) if (e.status === 200) full.set(e.path, (full.get(e.path) ?? 0) + 1);
    const twice = [...full].filter(([, n]) => n > 1);
    const revalidated = log.filter((e) => e.status === 304).map((e) => e.path);
    console.log(`    first visit: ${log.length} requests, ${full.size} files downloaded once, ${revalidated.length} answered 304 (${revalidated.join(', ')})`);
    assert.deepEqual(twice, [], 'no file should be downloaded twice on a first visit');
  } finally {
    await own.close();
  }
});

test('update: a new deployment is offered as "Reload", which reloads the same URL under the new worker; old caches are removed', async ({ page, context, server }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-update-'));
  fs.cpSync(server.root, dir, { recursive: true });
  const own = await startServer({ root: dir });
  /** A data-only deployment: missions.json changes (still valid JSON), sw.js gets its new revision. */
  const deploy = (n) => {
    const file = path.join(dir, 'data/missions.json');
    const bytes = Buffer.concat([fs.readFileSync(file), Buffer.from(' '.repeat(n))]);
    fs.writeFileSync(file, bytes);
    const revision = createHash('md5').update(bytes).digest('hex');
    const sw = path.join(dir, 'sw.js');
    const before = fs.readFileSync(sw, 'utf8');
    const after = before.replace(/("revision":")[0-9a-f]+(","url":"data\/missions\.json")/, `$1${revision}$2`);
    assert.notEqual(after, before, 'sw.js should list data/missions.json with a revision');
    fs.writeFileSync(sw, after);
    return revision;
  };
  const missionKeys = async () => Object.values(await cacheContents(page)).flat().filter((u) => u.includes('/data/missions.json'));
  const notice = page.locator('.notices [role="status"]').filter({ hasText: 'A new version of the atlas is available.' });
  try {
    await guardContext(context, { route: false });
    await openApp(page, own.urlFor('/?lang=en&sel=CN-GD#map=5.00/30.00/100.00'));
    await waitForController(page);
    // A cache of an older Workbox version of the app, which the new worker must remove.
    await page.evaluate(async () => {
      const { scope } = await navigator.serviceWorker.ready;
      await (await caches.open(`workbox-precache-${scope}`)).put('old', new Response('old'));
    });
    const oldKeys = await missionKeys();
    assert.equal(oldKeys.length, 1, `one cached missions.json: ${oldKeys}`);

    // 1. Found on navigation: the browser checks sw.js at every page load.
    const v2 = deploy(1);
    await page.reload({ waitUntil: 'load' });
    await waitForIdle(page);
    await notice.waitFor({ timeout: 30_000 });
    const url = relativeUrl(page);
    assert.match(url, /sel=CN-GD/);
    await page.evaluate(() => { window.__before = true; });
    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), notice.getByRole('button', { name: 'Reload' }).click()]);
    await waitForIdle(page);
    assert.equal(await page.evaluate(() => window.__before), undefined, 'Reload should load the page anew');
    assert.equal(relativeUrl(page), url, 'Reload keeps the URL: query and #map= hash');
    assert.equal(await notice.count(), 0, 'no notice once the new version runs');
    const caches1 = await cacheContents(page);
    assert.deepEqual(Object.keys(caches1).filter((n) => !n.includes('precache-v2')), [], `only the current precache should remain: ${Object.keys(caches1)}`);
    assert.deepEqual(await missionKeys(), [oldKeys[0].replace(/__WB_REVISION__=[0-9a-f]+/, `__WB_REVISION__=${v2}`)], 'the cache holds the new missions.json, not the old');

    // 2. Found while the app is open: what the periodic check does.
    deploy(2);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await notice.waitFor({ timeout: 30_000 });
  } finally {
    await own.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, { timeout: 180_000, slow: true });

test('first visit offline: the page loaded but its data cannot: a plain message says why, and "Try again" recovers in place once online', async ({ page, context, open }) => {
  // The HTML and code arrive, then the network goes: the data requests fail as offline. The page
  // preloads its first two data files while the code is still loading, so the network goes only
  // once the code has run (the app has rendered), or the code would not arrive either.
  let offline = true;
  await context.route('**/data/**', async (route) => {
    if (!offline) return route.fallback();
    await page.waitForSelector('#root > *', { state: 'attached', timeout: 30_000 }).catch(() => {});
    await context.setOffline(true);
    return route.abort('internetdisconnected');
  });
  try {
    const app = await open('/?lang=en', { waitFor: 'alert', allowConsoleErrors: true });
    const alert = page.locator('.fatal[role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    const text = await alert.innerText();
    assert.match(text, /The map cannot be shown/);
    assert.match(text, /The region boundaries could not be loaded \(network error\)/, `the message should name what is missing: ${text}`);
    assert.match(text, /You appear to be offline, and the atlas has not been saved on this device yet/);
    // v2: the boundary file is retried in place ("Try again"), not by reloading the page.
    const retry = alert.getByRole('button', { name: 'Try again' });
    assert.ok(await retry.isVisible(), 'a "Try again" button');

    // Back online: the map comes back in place, with no reload. React Query refetches failed files
    // when the browser reconnects, which may beat the click; "Try again" does the same by hand.
    await page.evaluate(() => { window.__notReloaded = true; });
    offline = false;
    await context.setOffline(false);
    await retry.click({ timeout: 3_000 }).catch(() => {});
    await waitForIdle(page);
    assert.equal(await page.evaluate(() => window.__notReloaded), true, 'recovered in place, not by a reload');
    assert.equal(await alert.count(), 0, 'the message gives way to the map');
    // The other files either came back with the reconnect, or each has a notice to retry it from.
    const notices = page.locator('.notices .notice--error[role="alert"]');
    await page.waitForFunction(
      () => document.querySelector('.notices .notice--error') || /[1-9]\d* links? · [1-9]\d* missions? · [1-9]\d* events?/.test(document.querySelector('header .counts')?.textContent ?? ''),
      null,
      { timeout: 15_000 },
    );
    for (let i = 0; i < 8 && (await notices.count()) > 0; i++) {
      const button = notices.first().getByRole('button', { name: /^Retry loading / });
      const name = await button.innerText();
      await button.click();
      await page.waitForFunction((n) => ![...document.querySelectorAll('.notices button')].some((b) => b.textContent === n), name, { timeout: 15_000 });
    }
    assert.equal(await notices.count(), 0, 'every data file loads on its retry');
    await page.waitForFunction(() => /[1-9]\d* links? · [1-9]\d* missions? · [1-9]\d* events?/.test(document.querySelector('header .counts')?.textContent ?? ''), null, { timeout: 15_000 });
    // The failed requests were logged by Chromium as console errors; nothing threw.
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await context.setOffline(false);
  }
});
