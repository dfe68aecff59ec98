// Issues #10 and #14, faults: a part of the page that throws (error boundaries), data files that
// fail (404, truncated JSON, the wrong schema, served late), the WebGL context lost and restored,
// and storage that is blocked. Each shows a clear message naming what is missing, loses nothing
// else, and recovers where recovery is possible.
// Run with: node test/browser/run.mjs --no-build test/browser/recovery.browser.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { isCanvasDrawn, test, waitForIdle } from './harness.mjs';
import {
  MAP_TEST_SCRIPT,
  SMALL_CONTEXT,
  canvasImage,
  detailsTitle,
  differingPixels,
  headerCounts,
  layersWithout,
  listTabCounts,
  relativeUrl,
  selectListRowByKeyboard,
  showListTabByKeyboard,
  waitForMapSettled,
  waitForUrl,
} from './helpers.mjs';

/**
 * Service workers blocked: once the worker controls the page it answers data requests from its
 * cache, which page.route() never sees, so a file made to fail could come back whole on a refetch.
 */
const NO_SW = { ...SMALL_CONTEXT, serviceWorkers: 'block' };

/** Soft checks: every problem is collected and the test fails at the end with all of them. */
function problems() {
  const list = [];
  return {
    list,
    async check(what, fn) {
      try {
        await fn();
      } catch (err) {
        list.push(`${what}: ${String(err.message).split('\n')[0]}`);
      }
    },
    done(label) {
      assert.deepEqual(list, [], `${label}:\n    ${list.join('\n    ')}`);
    },
  };
}

/** Polls a Node-side condition. */
async function until(fn, what, timeout = 15_000) {
  const t0 = Date.now();
  while (!fn()) {
    if (Date.now() - t0 > timeout) throw new Error(`${what}: not within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Console errors other than the ones a test provokes on purpose. */
const otherConsoleErrors = (app, expected) => app.consoleErrors.filter((e) => !expected.test(e));

/** Chooses `name` among the search results for `query` (the header's combobox). */
async function searchAndChoose(page, query, name) {
  const box = page.locator('input[role="combobox"]');
  await box.waitFor({ state: 'visible', timeout: 15_000 });
  await box.fill(query);
  const listId = await box.getAttribute('aria-controls');
  const option = page.locator(`[id="${listId}"] [role="option"]`).filter({ has: page.locator('.search__name', { hasText: new RegExp(`^${name}$`) }) }).first();
  await option.click({ timeout: 10_000 });
}

// ---------------------------------------------------------------------------------------
// error boundaries (#10): window.__atlasFault makes one part throw until its boundary catches it

const partFailed = (page, part) => page.locator(`.part-failed--${part}[role="alert"]`);

test('error boundary, header: the header says it failed with "Try again"; the map draws and a list selection works; "Try again" brings the header back (search works)', async ({ page, open }) => {
  await page.addInitScript(() => { window.__atlasFault = 'header'; });
  const app = await open('/?lang=en', { allowConsoleErrors: true });
  const failed = partFailed(page, 'header');
  await failed.waitFor({ timeout: 10_000 });
  assert.match(await failed.innerText(), /The header hit a problem and was closed\. The map and the panel still work\./);
  assert.equal(await page.locator('header.app-header').count(), 0, 'the header is replaced by its message');
  // The other two parts work.
  const drawn = await isCanvasDrawn(page);
  assert.ok(drawn.drawn, `the map draws: ${JSON.stringify(drawn)}`);
  await selectListRowByKeyboard(page, 'Regions', 'Guangdong');
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'CN-GD', { message: 'sel=CN-GD from the Lists' });
  await detailsTitle(page, /^Guangdong$/);
  // Try again: the header is back and its search selects.
  await failed.getByRole('button', { name: 'Try again' }).click();
  await page.locator('header.app-header h1').waitFor({ timeout: 10_000 });
  assert.equal(await failed.count(), 0, 'the message goes');
  await searchAndChoose(page, 'Алматы', 'Almaty');
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'KZ-75', { message: 'sel=KZ-75 from the search' });
  await detailsTitle(page, /^Almaty$/);
  assert.match((await headerCounts(page)).text, /shown/);
  assert.deepEqual(otherConsoleErrors(app, /test fault in the header/), [], 'no console errors but the provoked fault');
}, { contextOptions: NO_SW });

test('error boundary, map: the map column says it failed; the header and the panel work meanwhile; "Try again" brings the map back, drawn, with the selection', async ({ page, open }) => {
  await page.addInitScript(MAP_TEST_SCRIPT);
  await page.addInitScript(() => { window.__atlasFault = 'map'; });
  const app = await open('/?lang=en', { waitFor: 'alert', allowConsoleErrors: true });
  const failed = partFailed(page, 'map');
  await failed.waitFor({ timeout: 10_000 });
  assert.match(await failed.innerText(), /The map hit a problem and was closed\. The panel and the lists still work\./);
  assert.equal(await page.locator('#map').count(), 0, 'no map while it has failed');
  const soft = problems();
  // The header works: the language switch applies.
  await page.locator('.lang-switch select').selectOption('ru');
  await page.waitForFunction(() => document.documentElement.lang === 'ru', null, { timeout: 10_000 });
  await waitForUrl(page, (u) => u.searchParams.get('lang') === 'ru', { message: 'lang=ru from the header' });
  await page.locator('.lang-switch select').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 10_000 });
  // The panel works: a legend switch, and (as the message promises) the lists and a selection.
  await page.getByRole('switch', { name: /^Flights/ }).click();
  await waitForUrl(page, (u) => u.searchParams.has('layers'), { message: 'layers= from the legend' });
  await page.getByRole('switch', { name: /^Flights/ }).click();
  await waitForUrl(page, (u) => !u.searchParams.has('layers'), { message: 'layers= gone again' });
  // (Short waits: every data file has long settled by now, if it was ever requested.)
  await soft.check('the lists work while the map has failed', async () => {
    await page.locator('section.lists [role="tab"]').first().waitFor({ timeout: 3_000 });
    await selectListRowByKeyboard(page, 'Regions', 'Guangdong');
    await detailsTitle(page, /^Guangdong$/, { timeout: 5_000 });
  });
  await soft.check('the header search works while the map has failed', async () => {
    await page.locator('input[role="combobox"]').waitFor({ timeout: 3_000 });
    await searchAndChoose(page, 'Guangdong', 'Guangdong');
    await waitForUrl(page, (u) => u.searchParams.get('sel') === 'CN-GD', { timeout: 5_000, message: 'sel=CN-GD' });
  });
  // Try again: the map comes back and draws.
  await failed.getByRole('button', { name: 'Try again' }).click();
  await waitForIdle(page);
  const drawn = await isCanvasDrawn(page);
  assert.ok(drawn.drawn, `the map draws after "Try again": ${JSON.stringify(drawn)}`);
  await selectListRowByKeyboard(page, 'Regions', 'Xinjiang');
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'CN-XJ', { message: 'sel=CN-XJ' });
  await page.waitForFunction(() => window.__atlasMap?.getFeatureState({ source: 'regions', id: 'CN-XJ' })?.selected === true, null, { timeout: 10_000 });
  assert.deepEqual(otherConsoleErrors(app, /test fault in the map/), [], 'no console errors but the provoked fault');
  soft.done('with the map column failed');
}, { contextOptions: NO_SW });

test('error boundary, panel: the side panel says it failed; the map draws and the header search selects on the map; "Try again" brings the panel back with the selection', async ({ page, open }) => {
  await page.addInitScript(MAP_TEST_SCRIPT);
  await page.addInitScript(() => { window.__atlasFault = 'panel'; });
  const app = await open('/?lang=en', { allowConsoleErrors: true });
  const failed = partFailed(page, 'panel');
  await failed.waitFor({ timeout: 10_000 });
  assert.match(await failed.innerText(), /This panel hit a problem and was closed\. The map still works\./);
  assert.equal(await page.locator('section.lists, section.legend').count(), 0, 'no panel content while it has failed');
  const drawn = await isCanvasDrawn(page);
  assert.ok(drawn.drawn, `the map draws: ${JSON.stringify(drawn)}`);
  await searchAndChoose(page, 'Алматы', 'Almaty');
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'KZ-75', { message: 'sel=KZ-75 from the search' });
  await page.waitForFunction(() => window.__atlasMap.getFeatureState({ source: 'regions', id: 'KZ-75' })?.selected === true, null, { timeout: 10_000 });
  await failed.getByRole('button', { name: 'Try again' }).click();
  await detailsTitle(page, /^Almaty$/);
  await page.locator('#details').getByRole('button', { name: 'Close details' }).click();
  assert.equal((await listTabCounts(page)).regions > 0, true, 'the Lists are back');
  assert.deepEqual(otherConsoleErrors(app, /test fault in the panel/), [], 'no console errors but the provoked fault');
}, { contextOptions: NO_SW });

// ---------------------------------------------------------------------------------------
// data files that fail (#14)

const FAILED_LOAD = /Failed to load resource: the server responded with a status of 404/;

/**
 * A route for one data file whose answer can be switched: '404', 'truncated' (the real file cut in
 * half), 'schema' (valid JSON of the wrong shape), 'late' (the real file after `delay` ms) or
 * 'real'. Returns { set(mode), state: { served, answeredLate }, release() }: a late answer waits for
 * both its delay and release(), so the checks made "meanwhile" cannot race it.
 */
async function switchableFile(page, root, file, mode, { delay = 0 } = {}) {
  const real = fs.readFileSync(path.join(root, 'data', file));
  const key = file.replace(/\.json$/, '');
  const wrong = file === 'boundaries.topo.json' ? { type: 'Topology', objects: {}, arcs: [] } : { [key]: [{ id: 42 }], meta: 1 };
  let release;
  const released = new Promise((r) => { release = r; });
  const state = { mode, served: [], answeredLate: false };
  await page.route(`**/data/${file}`, async (route) => {
    const m = state.mode;
    state.served.push(m);
    if (m === '404') return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
    if (m === 'truncated') return route.fulfill({ status: 200, contentType: 'application/json', body: real.subarray(0, Math.floor(real.length / 2)) });
    if (m === 'schema') return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(wrong) });
    if (m === 'late') {
      // At least `delay` ms late, and not before the test has looked at the page meanwhile.
      await Promise.all([new Promise((r) => setTimeout(r, delay)), released]);
      state.answeredLate = true;
    }
    return route.fulfill({ status: 200, contentType: 'application/json', body: real });
  });
  return { set: (m) => { state.mode = m; }, state, release: () => release() };
}

const REASON = {
  404: /HTTP 404/,
  truncated: /not valid JSON/,
  schema: /\w+(\.\d+)?(\.\w+)*: \S/,
};

/** The notice of a failed data file: names it, gives the reason, offers a retry. */
async function assertFileNotice(page, file, mode) {
  const notice = page.locator('.notices .notice--error[role="alert"]').filter({ hasText: `“${file}”` });
  await notice.waitFor({ timeout: 15_000 });
  await page.waitForFunction(
    ([file, src, flags]) => [...document.querySelectorAll('.notices .notice--error')].some((n) => n.textContent.includes(`“${file}”`) && new RegExp(src, flags).test(n.textContent)),
    [file, REASON[mode].source, REASON[mode].flags],
    { timeout: 15_000 },
  ).catch(() => {});
  const text = await notice.innerText();
  assert.match(text, new RegExp(`The file “${file.replace('.', '\\.')}” could not be loaded \\(`), `the notice names ${file}: ${text}`);
  assert.match(text, REASON[mode], `the notice gives the reason for "${mode}": ${text}`);
  assert.match(text, /the rest of the atlas still works/);
  assert.equal(await page.locator('.notices .notice--error').count(), 1, 'only that file is reported');
  return notice.getByRole('button', { name: `Retry loading ${file}` });
}

/**
 * What the missing kind says while its file has failed, and what it shows once loaded, per file:
 * `missing(page)` checks the first, `loaded(page)` the second; both may select things.
 */
const SOURCES_MISSING = /could not be loaded/;

/** Selects the first row of a Lists tab (by name order) and waits for its details. */
async function openFirstRow(page, tab) {
  await showListTabByKeyboard(page, tab);
  await page.locator('section.lists [role="option"]').first().click();
  await page.locator('#details h2').waitFor();
}

/**
 * For a file whose first-view records (map.json) are drawn and listed anyway: a record's panel has no
 * sources on its lines and says they could not be loaded; once loaded, its lines carry sources.
 */
const ownSourcesMissing = (tab, noun) => ({
  missing: async (page, soft) => {
    await openFirstRow(page, tab);
    assert.equal(await page.locator('#details .status-list__step .cite__marker').count(), 0, `without ${tab.toLowerCase()}.json the ${noun}’s lines have no sources`);
    await soft.check(`a ${noun}’s panel says its sources could not be loaded`, async () => assert.match(await page.locator('#details').innerText(), SOURCES_MISSING));
  },
  loaded: async (page) => {
    await page.locator('#details .status-list__step .cite__marker').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
  },
});

const KINDS = {
  'places.json': {
    // The first view's records (map.json) already hold every place: nothing but the notice is missing.
    missing: async (page) => {
      const counts = await headerCounts(page);
      assert.ok(counts.links > 0 && counts.missions > 0, `ties to places are still drawn and counted: ${counts.text}`);
    },
    loaded: async () => {},
  },
  'missions.json': ownSourcesMissing('Missions', 'mission'),
  'links.json': ownSourcesMissing('Links', 'link'),
  'events.json': {
    missing: async (page) => {
      assert.equal((await headerCounts(page)).events, 0, 'no events counted');
      await showListTabByKeyboard(page, 'Events');
      assert.equal((await page.locator('section.lists .lists__empty').innerText()).trim(), 'Events could not be loaded, so none are shown here.');
      await selectListRowByKeyboard(page, 'Regions', 'Guangdong');
      const events = page.locator('#details section[aria-labelledby="region-events"]');
      await events.waitFor();
      assert.match(await events.innerText(), /Events could not be loaded, so none are shown here\./, 'the region panel says events could not be loaded, not "none"');
      await page.keyboard.press('Escape');
    },
    loaded: async (page) => {
      await page.waitForFunction(() => !/ 0 events? /.test(document.querySelector('header .counts')?.textContent ?? ''), null, { timeout: 10_000 });
      const counts = await headerCounts(page);
      assert.ok(counts.events > 0, `events are counted once loaded: ${counts.text}`);
      assert.equal((await listTabCounts(page)).events, counts.events, 'the Events tab lists them');
    },
  },
};

/** The rest of the atlas while one non-boundary file has failed: the map draws, the other kinds are listed. */
async function assertRestWorks(page, file) {
  await waitForIdle(page);
  const drawn = await isCanvasDrawn(page);
  assert.ok(drawn.drawn, `with ${file} failed the map still draws: ${JSON.stringify(drawn)}`);
  const counts = await headerCounts(page);
  const tabs = await listTabCounts(page);
  assert.ok(tabs.regions > 0, 'regions are listed');
  assert.deepEqual({ links: tabs.links, missions: tabs.missions }, { links: counts.links, missions: counts.missions }, `the Lists agree with the header (${counts.text})`);
  assert.ok(counts.links > 0 && counts.missions > 0, `links and missions are still shown: ${counts.text}`);
  if (file !== 'events.json') assert.ok(counts.events > 0, `events are still shown: ${counts.text}`);
}

/**
 * One page load per file: it fails on the first load with `first`, then on each Retry with the
 * other two failure modes in turn, then the route serves the real file and Retry loads it.
 */
for (const [file, first] of [['places.json', '404'], ['missions.json', 'truncated'], ['links.json', 'schema'], ['events.json', '404']]) {
  const modes = [first, ...['404', 'truncated', 'schema'].filter((m) => m !== first)];
  test(`data fault ${file}: ${modes.join(', then ')} (on Retry): a notice names it, its kind says "could not be loaded", the rest works; served again, Retry loads it`, async ({ page, open, server }) => {
    const route = await switchableFile(page, server.root, file, first);
    const app = await open('/?lang=en', { allowConsoleErrors: true });
    let retry = await assertFileNotice(page, file, first);
    await assertRestWorks(page, file);
    const soft = problems();
    await KINDS[file].missing(page, soft);
    for (const mode of modes.slice(1)) {
      route.set(mode);
      await retry.click();
      retry = await assertFileNotice(page, file, mode);
    }
    assert.deepEqual(route.state.served, modes, `${file} was requested once per attempt`);
    // Served again: Retry loads it, the notice goes, the data appears.
    route.set('real');
    if (file === 'missions.json' || file === 'links.json') {
      // Reopen the record whose sources were missing, to see them arrive.
      await KINDS[file].missing(page, problems());
    }
    await retry.click();
    await page.locator('.notices .notice--error').waitFor({ state: 'detached', timeout: 15_000 });
    await KINDS[file].loaded(page);
    await assertRestWorks(page, 'none');
    assert.deepEqual(otherConsoleErrors(app, FAILED_LOAD), [], 'no console errors but the failed loads');
    assert.deepEqual(app.pageErrors, []);
    soft.done(`with ${file} failed`);
  }, { contextOptions: NO_SW });
}

test('data fault boundaries.topo.json: truncated, then 404 and the wrong schema (on Try again): the map’s place says why, the lists and details still work; served again, Try again draws the map', async ({ page, open, server }) => {
  const route = await switchableFile(page, server.root, 'boundaries.topo.json', 'truncated');
  const app = await open('/?lang=en', { waitFor: 'alert', allowConsoleErrors: true });
  const fatal = page.locator('.map-column .fatal[role="alert"]');
  const reasons = { truncated: 'not valid JSON', 404: 'HTTP 404', schema: '' };
  const soft = problems();
  let previous = null;
  for (const [i, mode] of ['truncated', '404', 'schema'].entries()) {
    if (i > 0) {
      route.set(mode);
      await fatal.getByRole('button', { name: 'Try again' }).click();
    }
    await until(() => route.state.served.length === i + 1, `boundaries.topo.json requested ${i + 1} time(s)`);
    await fatal.waitFor({ timeout: 15_000 });
    // The message changes to the new reason (the schema's reason is the decoder's own words).
    await page.waitForFunction(
      ([want, prev]) => {
        const t = document.querySelector('.map-column .fatal')?.textContent ?? '';
        return t.includes(`could not be loaded (${want}`) && (prev === null || !t.includes(`could not be loaded (${prev})`));
      },
      [reasons[mode], previous],
      { timeout: 10_000 },
    );
    const text = await fatal.innerText();
    assert.match(text, /The map cannot be shown/);
    assert.match(text, new RegExp(`The region boundaries could not be loaded \\(${reasons[mode]}[^)]*\\), so the map cannot be drawn\\. The lists and details still work\\.`), `${mode}: ${text}`);
    assert.equal(await page.locator('#map').count(), 0, 'no map without boundaries');
    previous = /could not be loaded \(([^)]*)\)/.exec(text)?.[1] ?? null;
  }
  assert.deepEqual(route.state.served, ['truncated', '404', 'schema']);
  // As the message says, the lists and details work without a map.
  await soft.check('the lists and details work without boundaries', async () => {
    await page.locator('section.lists [role="tab"]').first().waitFor({ timeout: 3_000 });
    await selectListRowByKeyboard(page, 'Links', 'Guangzhou – Almaty (China Southern)');
    await detailsTitle(page, /Guangzhou – Almaty/, { timeout: 5_000 });
    await page.keyboard.press('Escape');
  });
  await soft.check('the header search works without boundaries', async () => {
    await page.locator('input[role="combobox"]').waitFor({ timeout: 3_000 });
    // (A mission: region names and outlines come from the boundary file itself.)
    await searchAndChoose(page, 'consulate Guangzhou', 'Consulate General of Kazakhstan in Guangzhou');
    await detailsTitle(page, /^Consulate General of Kazakhstan in Guangzhou$/, { timeout: 5_000 });
    await page.keyboard.press('Escape');
  });
  route.set('real');
  await fatal.getByRole('button', { name: 'Try again' }).click();
  await waitForIdle(page);
  const drawn = await isCanvasDrawn(page);
  assert.ok(drawn.drawn, `the map draws once the boundaries load: ${JSON.stringify(drawn)}`);
  assert.equal(await fatal.count(), 0, 'the message goes');
  await page.locator('section.lists [role="tab"]').first().waitFor({ timeout: 15_000 });
  assert.deepEqual(otherConsoleErrors(app, FAILED_LOAD), [], 'no console errors but the failed loads');
  soft.done('with the boundary file failed');
}, { contextOptions: NO_SW });

// ---------------------------------------------------------------------------------------
// data files served late

/** Page time at which the last map idle happened (BUSY_OBSERVER_SCRIPT). */
const lastIdle = (page) => page.evaluate(() => window.__atlasIdles.at(-1) ?? null);

test('late data, events.json 10 s: the map draws and takes layer changes and a selection meanwhile; when it arrives the atlas is complete, with no notice', async ({ page, open, server }) => {
  const DELAY = 10_000;
  const route = await switchableFile(page, server.root, 'events.json', 'late', { delay: DELAY });
  const t0 = Date.now();
  const app = await open('/?lang=en');
  // events.json is not needed for the first view and is fetched after the first idle, so its
  // request may follow the idle by a moment (seen once in CI: asserted too early, none yet).
  for (const deadline = Date.now() + 5_000; route.state.served.length === 0 && Date.now() < deadline; ) await page.waitForTimeout(50);
  // Meanwhile (the events file is still on its way): the map is drawn and answers.
  assert.equal(route.state.served.length, 1, 'events.json requested once');
  const drawn = await isCanvasDrawn(page);
  assert.ok(drawn.drawn, `the map draws meanwhile: ${JSON.stringify(drawn)}`);
  assert.equal(await page.locator('[role="alert"]').filter({ hasText: /\S/ }).count(), 0, 'no error meanwhile: late is not failed');
  const idle = await lastIdle(page);
  await page.getByRole('switch', { name: /^Flights/ }).click();
  await waitForUrl(page, (u) => u.searchParams.get('layers') === layersWithout('flights'), { message: 'a layer switch meanwhile' });
  await page.waitForFunction((t) => window.__atlasIdles.some((x) => x > t), idle, { timeout: 10_000 });
  await page.getByRole('switch', { name: /^Flights/ }).click();
  await waitForUrl(page, (u) => !u.searchParams.has('layers'), { message: 'the layer back on' });
  await waitForMapSettled(page);
  const box = await page.locator('#map canvas.maplibregl-canvas').boundingBox();
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.75);
  await waitForUrl(page, (u) => u.searchParams.has('sel'), { message: 'a map click selects meanwhile' });
  assert.equal(route.state.answeredLate, false, 'all of that happened while events.json was on its way');
  route.release();
  // Afterwards: complete.
  const sel = new URL(page.url()).searchParams.get('sel');
  await page.locator('#details h2').waitFor({ timeout: DELAY + 15_000 });
  assert.ok(route.state.answeredLate && Date.now() - t0 >= DELAY, 'the details came with the events file, 10 s late');
  const counts = await headerCounts(page);
  assert.ok(counts.events > 0 && counts.links > 0 && counts.missions > 0, `complete afterwards: ${counts.text}`);
  assert.equal(new URL(page.url()).searchParams.get('sel'), sel, 'the selection made meanwhile is kept');
  await page.keyboard.press('Escape');
  assert.equal((await listTabCounts(page)).events, counts.events, 'the events are listed');
  assert.equal(await page.locator('.notices .notice--error').count(), 0, 'no notice for a late file');
  assert.deepEqual(app.consoleErrors, []);
}, { contextOptions: NO_SW, timeout: 90_000 });

test('late data, boundaries 3 s and places, missions, links 2–4 s: a loading message, no error meanwhile; then the map draws and the atlas is complete', async ({ page, open, server }) => {
  const late = [['boundaries.topo.json', 3_000], ['places.json', 2_000], ['missions.json', 3_000], ['links.json', 4_000]];
  const routes = [];
  for (const [file, delay] of late) routes.push(await switchableFile(page, server.root, file, 'late', { delay }));
  const t0 = Date.now();
  const app = await open('/?lang=en', { waitFor: 'load' });
  // Meanwhile: the map says it is loading; no error, and the header works (a language switch applies).
  const loading = page.locator('.map-loading[role="status"]');
  await loading.waitFor({ timeout: 5_000 });
  assert.match(await loading.innerText(), /^Loading the map…$/);
  assert.equal(await page.locator('.map-loading__bar').getAttribute('data-stage'), 'files', 'the bar stands at the files step');
  // An endless animation would repaint every frame of the load.
  const endless = await page.evaluate(() => document.getAnimations().filter((a) => a.effect?.getTiming().iterations === Infinity).length);
  assert.equal(endless, 0, 'nothing animates endlessly while the map loads');
  assert.equal(await page.locator('[role="alert"]').filter({ hasText: /\S/ }).count(), 0, 'no error while the files are late');
  await page.locator('.lang-switch select').selectOption('ru');
  await page.waitForFunction(() => document.documentElement.lang === 'ru', null, { timeout: 5_000 });
  await page.locator('.lang-switch select').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 5_000 });
  assert.equal(await page.locator('#map').getAttribute('aria-busy'), 'true', 'the map is busy meanwhile');
  assert.ok(routes.every((r) => !r.state.answeredLate), 'checked while every file was late');
  for (const r of routes) r.release();
  // Afterwards: drawn and complete.
  await waitForIdle(page);
  assert.ok(routes[0].state.answeredLate && Date.now() - t0 >= 3_000, 'the map waited for its boundaries');
  const drawn = await isCanvasDrawn(page);
  assert.ok(drawn.drawn, `the map draws once the files arrive: ${JSON.stringify(drawn)}`);
  await page.waitForFunction(() => /\d+ links? · \d+ missions? · [1-9]\d* events? shown/.test(document.querySelector('header .counts')?.textContent ?? ''), null, { timeout: 15_000 });
  const counts = await headerCounts(page);
  const tabs = await listTabCounts(page);
  assert.deepEqual({ links: tabs.links, missions: tabs.missions, events: tabs.events }, { links: counts.links, missions: counts.missions, events: counts.events }, `complete: ${counts.text}`);
  assert.equal(await loading.count(), 0, 'the loading message goes');
  assert.equal(await page.locator('.notices .notice--error').count(), 0, 'no notice for late files');
  for (const [i, [file]] of late.entries()) assert.deepEqual(routes[i].state.served, ['late'], `${file} requested once`);
  assert.deepEqual(app.consoleErrors, []);
}, { contextOptions: NO_SW });

// ---------------------------------------------------------------------------------------
// WebGL context lost and restored

test('WebGL context lost mid-session and restored: the map comes back with the same view, drawn, the selection still highlighted', async ({ page, open }) => {
  await page.addInitScript(MAP_TEST_SCRIPT);
  const url = '/?lang=en&sel=CN-GD#map=5.00/28.00/105.00';
  await open(url);
  await detailsTitle(page, /Guangdong/);
  const before = { url: relativeUrl(page), image: await canvasImage(page), camera: await page.evaluate(() => ({ zoom: window.__atlasMap.getZoom(), ...window.__atlasMap.getCenter() })) };
  assert.equal(before.url, url, 'the view is canonical before the loss');
  await page.evaluate(() => {
    const canvas = window.__atlasMap.getCanvas();
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    window.__loseContext = gl.getExtension('WEBGL_lose_context');
    window.__lost = new Promise((r) => canvas.addEventListener('webglcontextlost', r, { once: true }));
    window.__loseContext.loseContext();
  });
  await page.evaluate(() => window.__lost);
  await page.waitForSelector('#map[aria-busy="true"]', { state: 'attached', timeout: 5_000 });
  assert.equal(await page.evaluate(() => window.__atlasMap.getCanvas().getContext('webgl2')?.isContextLost() ?? true), true, 'the context is lost');
  await page.evaluate(() => window.__loseContext.restoreContext());
  await waitForIdle(page);
  const after = { url: relativeUrl(page), camera: await page.evaluate(() => ({ zoom: window.__atlasMap.getZoom(), ...window.__atlasMap.getCenter() })) };
  assert.equal(after.url, before.url, 'the same URL');
  assert.ok(Math.abs(after.camera.zoom - before.camera.zoom) < 1e-6 && Math.abs(after.camera.lat - before.camera.lat) < 1e-6 && Math.abs(after.camera.lng - before.camera.lng) < 1e-6, `the same camera: ${JSON.stringify(before.camera)} → ${JSON.stringify(after.camera)}`);
  const drawn = await isCanvasDrawn(page);
  assert.ok(drawn.drawn, `the restored map is drawn: ${JSON.stringify(drawn)}`);
  const state = await page.evaluate(() => window.__atlasMap.getFeatureState({ source: 'regions', id: 'CN-GD' }));
  assert.equal(state.selected, true, `Guangdong is still selected on the map: ${JSON.stringify(state)}`);
  // Same view, same pixels (a few may differ where labels are placed anew).
  const image = await canvasImage(page);
  const changed = differingPixels(before.image, image, 24);
  assert.ok(changed < image.width * image.height * 0.02, `the restored map looks as before: ${changed} of ${image.width * image.height} pixels differ`);
  await detailsTitle(page, /Guangdong/);
}, { contextOptions: SMALL_CONTEXT });

// ---------------------------------------------------------------------------------------
// storage blocked

const STORAGE_THROWS_ON_ACCESS = `Object.defineProperty(window, 'localStorage', {
  configurable: true,
  get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
});`;
const STORAGE_THROWS_ON_USE = `for (const m of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) {
  Storage.prototype[m] = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
}`;

/** Everything but remembering the language: the map, a selection, the search, a language switch for the session. */
async function usableWithoutStorage(page, open) {
  await open('/', { timeout: 20_000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'English from the browser’s language');
  const drawn = await isCanvasDrawn(page);
  assert.ok(drawn.drawn, `the map draws: ${JSON.stringify(drawn)}`);
  await selectListRowByKeyboard(page, 'Regions', 'Guangdong');
  await detailsTitle(page, /^Guangdong$/);
  await searchAndChoose(page, 'urumchi', 'Urumqi');
  await waitForUrl(page, (u) => u.searchParams.get('sel') !== 'CN-GD' && u.searchParams.has('sel'), { message: 'a selection from the search' });
  await page.locator('.lang-switch select').selectOption('zh');
  await page.waitForFunction(() => document.documentElement.lang === 'zh' && /\p{Script=Han}/u.test(document.title), null, { timeout: 10_000 });
  await waitForUrl(page, (u) => u.searchParams.get('lang') === 'zh', { message: 'lang=zh for the session' });
  assert.match(await page.locator('header h1').innerText(), /\p{Script=Han}/u, 'the interface switched to Chinese');
  // A new visit without lang= cannot have remembered it, and still opens.
  await page.goto('/');
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'not remembered (storage is blocked), and nothing breaks');
}

test('storage blocked (localStorage throws on access): the map, selection, search and a language switch for the session all work', async ({ page, open }) => {
  await page.addInitScript(STORAGE_THROWS_ON_ACCESS);
  await usableWithoutStorage(page, open);
}, { contextOptions: NO_SW });

test('storage that throws on use (quota exceeded; Safari private mode): the atlas still opens and works', async ({ page, open }) => {
  await page.addInitScript(STORAGE_THROWS_ON_USE);
  await usableWithoutStorage(page, open);
}, { contextOptions: NO_SW });
