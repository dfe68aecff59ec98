// Shared helpers for the interaction browser tests: map-idle timing, canvas pixels, header and list
// counts, URL and history bookkeeping, the map's feature-state (through the app's window.__atlasTest
// seam), and the served data files read in Node (so counts and ids are never hard-coded).
// Built on harness.mjs; no app code.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { canvasPixels } from './harness.mjs';
import { IDLE_TIMEOUT_MS, nextIdleAfter, waitForIdle } from './shared.mjs';

/**
 * Init script (install with page.addInitScript before opening the app): logs every
 * history.pushState / replaceState with the page time and URL (window.__historyLog).
 * Map idles are recorded by shared.mjs's BUSY_OBSERVER_SCRIPT, which openApp installs.
 */
export const INTERACTION_SCRIPT = `(() => {
  if (window.__historyLog) return;
  const log = (window.__historyLog = []);
  for (const kind of ['pushState', 'replaceState']) {
    const orig = history[kind];
    history[kind] = function (state, unused, url) {
      const r = orig.apply(this, arguments);
      log.push({ kind: kind === 'pushState' ? 'push' : 'replace', t: performance.now(), href: location.pathname + location.search + location.hash });
      return r;
    };
  }
})();`;

/** Installs INTERACTION_SCRIPT for every document the page loads (call before open()). */
export async function installInteractionScript(page) {
  await page.addInitScript(INTERACTION_SCRIPT);
}

/**
 * Runs `action` and resolves after the next `atlas:idle` the map dispatches after it started, then
 * after #map is aria-busy="false" again. Needs the app opened with openApp (BUSY_OBSERVER_SCRIPT).
 */
export async function afterNextIdle(page, action, { timeout = IDLE_TIMEOUT_MS } = {}) {
  const before = await page.evaluate(() => (window.__atlasIdles ? performance.now() : null));
  assert.notEqual(before, null, 'BUSY_OBSERVER_SCRIPT is not installed (open the app with openApp)');
  const result = await action();
  await nextIdleAfter(page, before, { timeout });
  await waitForIdle(page, { timeout });
  return result;
}

/** The page's history log ({ kind: 'push'|'replace', t, href }[]) since the document loaded. */
export const historyLog = (page) => page.evaluate(() => window.__historyLog ?? []);
export const historyLength = (page) => page.evaluate(() => history.length);
export const pageNow = (page) => page.evaluate(() => performance.now());

/** Path + query + hash of the page's current URL, e.g. "/?from=2020#map=5.00/33.10/95.20". */
export function relativeUrl(page) {
  const u = new URL(page.url());
  return u.pathname + u.search + u.hash;
}

/** The query parameters of the page's URL as [name, value] pairs, in order. */
export function queryPairs(page) {
  return [...new URL(page.url()).searchParams];
}

/** Waits until `predicate(URL)` holds for the page's URL; returns the URL. */
export async function waitForUrl(page, predicate, { timeout = 10_000, message = 'URL condition' } = {}) {
  const t0 = Date.now();
  for (;;) {
    const url = new URL(page.url());
    if (predicate(url)) return url;
    if (Date.now() - t0 > timeout) throw new Error(`${message} not met within ${timeout} ms; URL is ${url.pathname}${url.search}${url.hash}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---- canvas ----

/**
 * Waits until the map canvas has the size of its container and the map is idle. The first
 * `aria-busy="false"` can come just before the timeline and the header counts take their final
 * size; MapLibre then resizes the canvas (its ResizeObserver) a few frames later.
 */
export async function waitForMapSettled(page, { timeout = 15_000 } = {}) {
  await page.waitForFunction(
    () => {
      const m = document.getElementById('map');
      const c = m?.querySelector('canvas.maplibregl-canvas');
      if (!m || !c || m.getAttribute('aria-busy') !== 'false') return false;
      const a = m.getBoundingClientRect();
      const b = c.getBoundingClientRect();
      return Math.abs(a.width - b.width) < 1.5 && Math.abs(a.height - b.height) < 1.5;
    },
    null,
    { timeout, polling: 50 },
  );
  // The resize re-renders on the next frames.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
  await waitForIdle(page, { timeout });
}

/**
 * A screenshot of the map canvas alone (every other element hidden), decoded to RGBA.
 * @returns {Promise<{ width: number, height: number, data: Uint8Array }>}
 */
export async function canvasImage(page, { selector = '#map canvas.maplibregl-canvas' } = {}) {
  await waitForMapSettled(page);
  const { image, box } = await canvasPixels(page, { selector });
  assert.ok(image, `map canvas has no size: ${JSON.stringify(box)}`);
  return image;
}

/** Mean RGB of the (2r+1)² patch around (x, y). */
export function patchColour(img, x, y, r = 3) {
  const sum = [0, 0, 0];
  let n = 0;
  for (let yy = Math.max(0, y - r); yy <= Math.min(img.height - 1, y + r); yy++) {
    for (let xx = Math.max(0, x - r); xx <= Math.min(img.width - 1, x + r); xx++) {
      const i = (yy * img.width + xx) * 4;
      sum[0] += img.data[i];
      sum[1] += img.data[i + 1];
      sum[2] += img.data[i + 2];
      n++;
    }
  }
  return sum.map((s) => Math.round(s / n));
}

/** Largest per-channel difference between two colours. */
export const colourDistance = (a, b) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));

/** Number of pixels whose colour differs by more than `tolerance` on some channel (same-size images). */
export function differingPixels(a, b, tolerance = 8) {
  assert.equal(a.width, b.width, 'images differ in width');
  assert.equal(a.height, b.height, 'images differ in height');
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i] - b.data[i]) > tolerance ||
      Math.abs(a.data[i + 1] - b.data[i + 1]) > tolerance ||
      Math.abs(a.data[i + 2] - b.data[i + 2]) > tolerance
    ) n++;
  }
  return n;
}

// ---- UI readings (English UI unless said otherwise) ----

/** The header counts line, parsed: { links, missions, events, text }. Works in any UI language (numbers in order). */
export async function headerCounts(page) {
  const p = page.locator('header.app-header p.counts');
  await page.waitForFunction(() => /\d/.test(document.querySelector('header.app-header p.counts')?.textContent ?? ''), null, { timeout: 30_000 });
  const text = (await p.innerText()).trim();
  const nums = text.match(/\d+/g)?.map(Number) ?? [];
  assert.equal(nums.length, 3, `header counts should hold three numbers: ${JSON.stringify(text)}`);
  return { links: nums[0], missions: nums[1], events: nums[2], text };
}

/** The Lists panel tab counts: { regions, missions, links, events } (tabs in that order). */
export async function listTabCounts(page) {
  const tabs = page.locator('section.lists [role="tab"]');
  // The Lists panel is a lazy chunk that arrives with the full data files, after the header counts.
  await tabs.first().waitFor({ state: 'attached', timeout: 30_000 });
  assert.equal(await tabs.count(), 4, 'the Lists panel should have four tabs');
  const counts = await tabs.locator('.lists__count').allInnerTexts();
  const [regions, missions, links, events] = counts.map((s) => Number(s.trim()));
  return { regions, missions, links, events };
}

/** h2 text of the details panel (waits for it to show `pattern` when given). */
export async function detailsTitle(page, pattern, { timeout = 15_000 } = {}) {
  const h2 = page.locator('#details h2#details-title');
  await h2.waitFor({ state: 'visible', timeout });
  if (pattern) {
    await page.waitForFunction(
      ([src, flags]) => new RegExp(src, flags).test(document.querySelector('#details h2#details-title')?.textContent ?? ''),
      [pattern.source, pattern.flags],
      { timeout },
    ).catch(async () => {
      throw new Error(`#details h2 should match ${pattern}, is ${JSON.stringify(await h2.innerText().catch(() => null))}`);
    });
  }
  return (await h2.innerText()).trim();
}

/** The URL notice box (role=status inside the Notices region), or a locator that matches nothing. */
export const urlNotice = (page) => page.locator('.notices [role="status"]');

/** The notice's items as { param, raw, text } (param and raw from the two <code> elements). */
async function noticeItems(page) {
  return urlNotice(page)
    .locator('li')
    .evaluateAll((lis) =>
      lis.map((li) => {
        const codes = li.querySelectorAll('code');
        return { param: codes[0]?.textContent ?? '', raw: codes[1]?.textContent ?? '', text: li.textContent ?? '' };
      }),
    );
}

/**
 * The notice's items once it names every one of `params`. The syntax checks report on the first
 * render, the data checks (unknown ids, years outside the data) only once every data file is in,
 * after the map's first idle: the notice grows meanwhile.
 */
export async function waitForNoticeItems(page, params, { timeout = 10_000 } = {}) {
  const t0 = Date.now();
  for (;;) {
    const items = await noticeItems(page);
    if (params.every((p) => items.some((i) => i.param === p)) || Date.now() - t0 > timeout) return items;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Checked state of the event-type checkboxes, in the order the filter lists them (EVENT_TYPES order). */
export const typeChecks = (page) =>
  page.locator('fieldset.type-filter input[type="checkbox"]').evaluateAll((els) => els.map((e) => e.checked));

/** Legend layer switches in legend order: [{ checked, ariaChecked, name }]. */
export const legendSwitches = (page) =>
  page.locator('section.legend input[role="switch"]').evaluateAll((els) =>
    els.map((e) => ({ checked: e.checked, ariaChecked: e.getAttribute('aria-checked'), name: e.closest('label')?.textContent?.trim() ?? '' })),
  );

/** The year inputs of the timeline: { from, to } as strings. */
export async function yearInputs(page) {
  const inputs = page.locator('.timeline input.timeline__year');
  // The timeline is a lazy chunk that mounts after the map's first idle: wait for it, then count.
  await inputs.first().waitFor({ timeout: 15_000 });
  assert.equal(await inputs.count(), 2, 'the timeline should have two year inputs');
  const [from, to] = await inputs.evaluateAll((els) => els.map((e) => e.value));
  return { from, to };
}

/**
 * Context options for tests that do not depend on the full desktop layout: SwiftShader draws an
 * 800×600 page about twice as fast as 1280×800 (still the desktop layout: the phone sheet starts at 720 px).
 */
export const SMALL_CONTEXT = { viewport: { width: 800, height: 600 } };

/** Event types in the order the URL codec and the type filter use. */
export const EVENT_TYPES = ['mission', 'visit', 'agreement', 'platform', 'flight', 'trade', 'forum', 'infrastructure', 'culture'];
/** Map layers in the URL codec's order (`layers=`). */
export const URL_LAYER_ORDER = ['districts', 'partnerships', 'flights', 'transport', 'trade', 'missions'];
/** Layers in the order the legend shows them (not the URL order, URL_LAYER_ORDER). */
export const LEGEND_LAYER_ORDER = ['districts', 'missions', 'partnerships', 'flights', 'trade', 'transport'];
/** The `layers=` value for every layer but `without` (URL order). */
export const layersWithout = (...without) => URL_LAYER_ORDER.filter((l) => !without.includes(l)).join(',');

/** The timeline's From and To year inputs. */
export const TIMELINE_YEARS = '.timeline input.timeline__year';

/**
 * Waits for the timeline's year inputs to have the data's bounds. The timeline keeps its room from
 * the first frame, its inputs disabled and without bounds (min="" reads as 0) until the data's
 * years arrive; a read before that is a race. On timeout the caller's assertion says what they hold.
 */
export async function waitForTimelineYears(page) {
  await page
    .waitForFunction((sel) => {
      const els = document.querySelectorAll(sel);
      return els.length > 0 && [...els].every((el) => el.min !== '' && el.max !== '');
    }, TIMELINE_YEARS, { timeout: 30_000 })
    .catch(() => {});
}

/**
 * The years the data spans, as the timeline's year inputs allow them (min and max): the data's
 * first and last years are not hard-coded in the tests.
 */
export async function dataYearSpan(page) {
  await waitForTimelineYears(page);
  const [min, max] = await page.locator(TIMELINE_YEARS).first().evaluate((el) => [Number(el.min), Number(el.max)]);
  assert.ok(Number.isInteger(min) && Number.isInteger(max) && min < max, `odd year span on the timeline inputs: ${min}–${max}`);
  return { min, max };
}

// ---- the map's own state (needs window.__atlasTest, see MAP_TEST_SCRIPT) ----

/** Init script: the app exposes its MapLibre map as window.__atlasMap (the app's test seam). */
export const MAP_TEST_SCRIPT = 'window.__atlasTest = true;';

/** Feature-state of one feature: `{}` when none is set. */
export const featureState = (page, source, id) =>
  page.evaluate(([source, id]) => window.__atlasMap.getFeatureState({ source, id }) ?? {}, [source, id]);

/**
 * Feature-states of many features of one source, keyed by id: `{ id: state }`. With `key`, only
 * that state's value for each id.
 */
export const featureStates = (page, source, ids, key) =>
  page.evaluate(
    ([source, ids, key]) =>
      Object.fromEntries(
        ids.map((id) => {
          const st = window.__atlasMap.getFeatureState({ source, id }) ?? {};
          return [id, key ? st[key] : st];
        }),
      ),
    [source, ids, key],
  );

// ---- the data as served (dist/data), read in Node: counts and ids are never hard-coded ----

const dataCache = new Map();
/** A data file of the served build, parsed (cached per path). `root` is the server's root (dist/). */
export function readData(root, file) {
  const p = path.join(root, 'data', file);
  if (!dataCache.has(p)) dataCache.set(p, JSON.parse(fs.readFileSync(p, 'utf8')));
  return dataCache.get(p);
}

/** The regions that host a mission (by its seats' places), sorted. */
export function missionHostRegions(root) {
  const places = new Map(readData(root, 'places.json').places.map((p) => [p.id, p.region]));
  return [...new Set(readData(root, 'missions.json').missions.flatMap((m) => m.seats.map((s) => places.get(s.place))))].sort();
}

/**
 * The ids of the regions whose label the map has placed, for each of `wheres`: `null` anywhere,
 * `'left'`, `'right'` or `'top'` on a 1 px strip along that edge of the map. Needs
 * MAP_TEST_SCRIPT and a settled map. For symbol layers queryRenderedFeatures tests each label's
 * placed box, so an edge strip finds exactly the labels that reach past it. A reform-era label is
 * placed on every day and shown only on its own (feature-state `shown`).
 */
const placedRegionLabels = (page, wheres) =>
  page.evaluate((wheres) => {
    const m = window.__atlasMap;
    const sources = ['region-labels', 'region-labels-epoch'];
    const layers = m.getStyle().layers.filter((l) => l.type === 'symbol' && sources.includes(l.source)).map((l) => l.id);
    const shown = (f) => f.source === 'region-labels' || m.getFeatureState({ source: f.source, id: f.id }).shown;
    const { clientWidth: w, clientHeight: h } = m.getCanvas();
    const strips = { left: [[0, 0], [1, h]], right: [[w - 1, 0], [w, h]], top: [[0, 0], [w, 1]] };
    const query = (where) => (where === null ? m.queryRenderedFeatures({ layers }) : m.queryRenderedFeatures(strips[where], { layers }));
    return wheres.map((where) => [...new Set(query(where).filter(shown).map((f) => f.properties.id))]);
  }, wheres);

/** The regions among `ids` whose label the map has not placed (dropped in a collision). */
export const unplacedLabels = async (page, ids) => {
  const [placed] = await placedRegionLabels(page, [null]);
  return ids.filter((id) => !placed.includes(id));
};

/** The regions whose placed label crosses the map's left, right or top edge (cut off). */
export const labelsAtMapEdges = async (page) => {
  const edges = ['left', 'right', 'top'];
  const found = await placedRegionLabels(page, edges);
  return Object.fromEntries(edges.map((edge, i) => [edge, found[i]]));
};

/** The ids of the units of one country (`KZ` or `CN`), every variant's id once, sorted. */
export function unitIdsOf(root, country) {
  const topo = readData(root, 'boundaries.topo.json');
  return [...new Set(topo.objects.regions.geometries.map((g) => g.properties).filter((p) => p.country === country).map((p) => p.id))].sort();
}

/** Region id → its label point [lon, lat] (the largest-area variant's is as good as any: the first wins). */
export function regionLabelPoints(root) {
  const topo = readData(root, 'boundaries.topo.json');
  const out = new Map();
  for (const g of topo.objects.regions.geometries) {
    const p = g.properties;
    if (!out.has(p.id)) out.set(p.id, [p.label_lon, p.label_lat]);
  }
  return out;
}

const LIST_TABS = ['Regions', 'Missions', 'Links', 'Events'];
/**
 * Shows a Lists panel tab with the keyboard (WAI-ARIA tabs: focus the selected tab, arrow keys move),
 * which works whatever the panel's layout. Returns the tab panel's listbox locator.
 */
export async function showListTabByKeyboard(page, name) {
  const lists = page.locator('section.lists');
  const selected = lists.locator('[role="tab"][aria-selected="true"]');
  const current = (await selected.innerText()).replace(/\s*\d+\s*$/, '').trim();
  let at = LIST_TABS.indexOf(current);
  const want = LIST_TABS.indexOf(name);
  assert.ok(at >= 0 && want >= 0, `unknown tab ${JSON.stringify(current)} or ${JSON.stringify(name)}`);
  await selected.focus();
  while (at !== want) {
    await page.keyboard.press(at < want ? 'ArrowRight' : 'ArrowLeft');
    at += at < want ? 1 : -1;
  }
  const now = (await lists.locator('[role="tab"][aria-selected="true"]').innerText()).replace(/\s*\d+\s*$/, '').trim();
  assert.equal(now, name, `the ${name} tab should be selected`);
  return lists.locator('[role="tabpanel"] [role="listbox"]');
}

/**
 * Selects the row named `name` in a Lists panel tab with the keyboard only: tab switch by arrows,
 * the listbox's tab stop, ArrowUp/ArrowDown to the row, Enter.
 */
export async function selectListRowByKeyboard(page, tab, name) {
  const listbox = await showListTabByKeyboard(page, tab);
  const names = (await listbox.locator('[role="option"] .lists__name').allInnerTexts()).map((s) => s.trim());
  const target = names.indexOf(name);
  assert.ok(target >= 0, `"${name}" should be a row of the ${tab} list (rows: ${names.slice(0, 8).join(', ')}…)`);
  const stop = listbox.locator('[role="option"][tabindex="0"]');
  const at = names.indexOf((await stop.locator('.lists__name').innerText()).trim());
  await stop.focus();
  for (let i = at; i !== target; i += target > at ? 1 : -1) await page.keyboard.press(target > at ? 'ArrowDown' : 'ArrowUp');
  const focused = await page.evaluate(() => document.activeElement?.querySelector('.lists__name')?.textContent?.trim());
  assert.equal(focused, name, `arrow keys should have moved focus to "${name}"`);
  await page.keyboard.press('Enter');
}

/** Ids of every link in links.json. */
export const allLinkIds = (root) => readData(root, 'links.json').links.map((l) => l.id);
/** Ids of every region in the boundary file (outline variants share their region's id). */
export const allRegionIds = (root) => [...regionLabelPoints(root).keys()];

/**
 * A region's own ties as the data defines them: the links with an endpoint (or, for transport, a
 * stop on the way) in the region, and the regions at their other ends. Endpoints are regions,
 * countries (no region) or places (their region).
 */
export function tiesOfRegion(root, regionId) {
  const placeRegion = new Map(readData(root, 'places.json').places.map((p) => [p.id, p.region]));
  const regionOf = (e) => (e === 'KZ' || e === 'CN' ? null : /^(KZ|CN)-/.test(e) ? e : (placeRegion.get(e) ?? null));
  const links = new Map();
  for (const l of readData(root, 'links.json').links) {
    const regions = [l.a, l.b, ...(l.type === 'transport' ? (l.via ?? []) : [])].map(regionOf).filter(Boolean);
    if (regions.includes(regionId)) links.set(l.id, new Set(regions.filter((r) => r !== regionId)));
  }
  return links;
}

/** Where a lon/lat point is drawn, in CSS pixels of the map container (window.__atlasMap). */
export const projectPoints = (page, points) =>
  page.evaluate((points) => points.map((p) => {
    const { x, y } = window.__atlasMap.project(p);
    return { x, y };
  }), points);

/** Waits until the map's camera stands still (no ease running) and the map is idle. */
export async function waitForCameraAtRest(page, { timeout = 15_000 } = {}) {
  await page.waitForFunction(() => window.__atlasMap && !window.__atlasMap.isMoving() && !window.__atlasMap.isEasing?.(), null, { timeout, polling: 100 });
  await waitForIdle(page, { timeout });
}
