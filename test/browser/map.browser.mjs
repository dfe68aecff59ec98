// Issue #2: the map loads, draws, selects a region, works from a sub-path and fails readably.
// Run with: npm run test:browser   (see test/browser/run.mjs)
import assert from 'node:assert/strict';
import { test, isCanvasDrawn, waitForAlert } from './harness.mjs';
import { MAP_TEST_SCRIPT, waitForCameraAtRest, waitForUrl } from './helpers.mjs';

const GUANGDONG = '/?lang=en#map=6.00/23.40/113.50';
const NO_WEBGL = `(() => {
  const orig = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
    return orig.call(this, type, ...rest);
  };
  if (typeof OffscreenCanvas !== 'undefined') {
    const origOff = OffscreenCanvas.prototype.getContext;
    OffscreenCanvas.prototype.getContext = function (type, ...rest) {
      if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
      return origOff.call(this, type, ...rest);
    };
  }
})();`;

const httpPaths = (app) =>
  app.requests.filter((r) => /^https?:/.test(r.url)).map((r) => new URL(r.url).pathname);

function assertBusyWentTrueThenFalse(log) {
  const values = log.map((e) => e.value);
  const firstTrue = values.indexOf('true');
  const firstFalse = values.indexOf('false');
  assert.ok(firstTrue >= 0, `#map never had aria-busy="true" (history: ${JSON.stringify(values)})`);
  assert.ok(firstFalse > firstTrue, `#map aria-busy did not go "true" -> "false" (history: ${JSON.stringify(values)})`);
}

async function assertReadableAlert(page) {
  const text = await waitForAlert(page);
  assert.ok(text.length >= 10 && /\p{L}{3,}/u.test(text), `role="alert" text is not a readable message: ${JSON.stringify(text)}`);
  return text;
}

test('default view: aria-busy goes true -> false and the canvas is drawn', async ({ page, open }) => {
  const app = await open('/');
  const map = page.locator('#map');
  assert.equal(await map.getAttribute('role'), 'region', '#map should have role="region"');
  assert.ok((await map.getAttribute('aria-label'))?.trim(), '#map should have a non-empty aria-label');
  assertBusyWentTrueThenFalse(await app.busyLog());
  assert.equal(await page.locator('#map canvas.maplibregl-canvas').count(), 1, 'expected one canvas.maplibregl-canvas inside #map');
  const canvas = await isCanvasDrawn(page);
  assert.ok(canvas.drawn, `map canvas looks blank: ${JSON.stringify(canvas)}`);
  const paths = httpPaths(app);
  assert.ok(paths.some((p) => p.endsWith('/data/boundaries.topo.json')), `boundaries were not fetched from data/boundaries.topo.json (requests: ${paths.join(', ')})`);
  // The runner also fails this test if any request left localhost or any console/page error occurred.
});

test('clicking Guangdong opens #details (h2 "Guangdong", "CN-GD"); Escape closes it', async ({ page, open }) => {
  await open(GUANGDONG);
  const box = await page.locator('#map canvas.maplibregl-canvas').boundingBox();
  assert.ok(box, 'map canvas has no bounding box');
  // The camera centre (23.40 N, 113.50 E, inside Guangdong) is the centre of the map canvas.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const details = page.locator('#details');
  await details.waitFor({ state: 'visible', timeout: 15_000 });
  assert.equal(await details.evaluate((el) => el.tagName), 'ASIDE', '#details should be an <aside>');
  const h2 = details.locator('h2').first();
  assert.match(await h2.innerText(), /Guangdong/, 'details h2 should name Guangdong');
  assert.match(await details.innerText(), /CN-GD/, 'details should show the ISO code CN-GD');
  await page.keyboard.press('Escape');
  await details.waitFor({ state: 'hidden', timeout: 10_000 });
});

test('clicking a region\'s name selects the region, not a tie or bundled arc passing under the name', async ({ page, open }) => {
  await page.addInitScript(MAP_TEST_SCRIPT);
  await open('/?lang=en');
  // A point on the drawn word "Xinjiang" with ties under it (they cross Xinjiang by the dozen).
  const spot = await page.evaluate(() => {
    const m = window.__atlasMap;
    const at = m.querySourceFeatures('region-labels').find((f) => f.properties.id === 'CN-XJ').geometry.coordinates;
    const c = m.project(at);
    for (let dy = -30; dy <= 30; dy += 2) {
      for (let dx = -70; dx <= 70; dx += 2) {
        const p = [c.x + dx, c.y + dy];
        if (!m.queryRenderedFeatures(p, { layers: ['region-labels'] }).some((f) => f.properties.id === 'CN-XJ')) continue;
        if (m.queryRenderedFeatures(p, { layers: ['bundles', 'links-hit'] }).length > 0) return { x: p[0], y: p[1] };
      }
    }
    return null;
  });
  assert.ok(spot, 'found no point on the Xinjiang label with a tie or a bundled arc under it');
  const box = await page.locator('#map canvas.maplibregl-canvas').boundingBox();
  await page.mouse.click(box.x + spot.x, box.y + spot.y);
  const details = page.locator('#details');
  await details.waitFor({ state: 'visible', timeout: 15_000 });
  assert.match(await details.locator('h2').first().innerText(), /Xinjiang/, 'the click on the name should select Xinjiang');
  assert.match(new URL(page.url()).search, /sel=CN-XJ/, 'the URL should carry the selection');
});

test('clicking a bundled arc zooms in until its ties are drawn one by one, with the camera in the URL', async ({ page, open }) => {
  await page.addInitScript(MAP_TEST_SCRIPT);
  await open('/?lang=en');
  // A point of a bundled arc where nothing else (a mission, a tie, a name, its count) lies on top.
  const spot = await page.evaluate(() => {
    const m = window.__atlasMap;
    const above = ['missions', 'mission-marks', 'links-hit', 'bundle-labels'];
    for (const f of m.queryRenderedFeatures(undefined, { layers: ['bundles'] })) {
      const c = f.geometry.coordinates;
      for (const at of [0.3, 0.4, 0.6, 0.7]) {
        const p = m.project(c[Math.floor(c.length * at)]);
        const hits = m.queryRenderedFeatures([p.x, p.y]);
        if (hits.some((h) => h.layer.id === 'bundles') && !hits.some((h) => above.includes(h.layer.id) || h.source.startsWith('region-labels'))) {
          return { x: p.x, y: p.y, zoom: m.getZoom() };
        }
      }
    }
    return null;
  });
  assert.ok(spot, 'found no point of a bundled arc clear of other features');
  // The bundles' counts stop at the zoom where single ties take over (BUNDLE_MAX_ZOOM).
  const unbundledFrom = await page.evaluate(() => window.__atlasMap.getStyle().layers.find((l) => l.id === 'bundle-labels').maxzoom);
  assert.ok(spot.zoom < unbundledFrom, `the first view is bundled (zoom ${spot.zoom} < ${unbundledFrom})`);
  const box = await page.locator('#map canvas.maplibregl-canvas').boundingBox();
  await page.mouse.click(box.x + spot.x, box.y + spot.y);
  const url = await waitForUrl(page, (u) => u.hash.startsWith('#map='), { message: 'the camera in the URL after the zoom' });
  const zoom = Number(url.hash.slice('#map='.length).split('/')[0]);
  assert.ok(zoom >= unbundledFrom, `zoomed to ${zoom}, where the bundles (drawn below ${unbundledFrom}) give way to single ties`);
  assert.equal(await page.locator('#details').count(), 0, 'a bundle click selects nothing');
});

test('a tooltip leaves with the camera: hover a mission, click it, and the map eases away without the old tooltip', async ({ page, open }) => {
  await page.addInitScript(MAP_TEST_SCRIPT);
  await open('/?lang=en');
  const spot = await page.evaluate(() => {
    const m = window.__atlasMap;
    for (const f of m.queryRenderedFeatures(undefined, { layers: ['missions'] })) {
      const p = m.project(f.geometry.coordinates);
      const top = m.queryRenderedFeatures([p.x, p.y])[0];
      if (top?.layer.id === 'missions') return { x: p.x, y: p.y };
    }
    return null;
  });
  assert.ok(spot, 'found no mission symbol on top at its own point');
  const box = await page.locator('#map canvas.maplibregl-canvas').boundingBox();
  await page.mouse.move(box.x + spot.x, box.y + spot.y);
  const tooltip = page.locator('.map-tooltip');
  await tooltip.waitFor({ state: 'visible', timeout: 5_000 });
  const camera = () => page.evaluate(() => JSON.stringify([window.__atlasMap.getCenter(), window.__atlasMap.getZoom()]));
  const before = await camera();
  await page.mouse.click(box.x + spot.x, box.y + spot.y);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') !== null, null, { timeout: 10_000 });
  await waitForCameraAtRest(page);
  assert.notEqual(await camera(), before, 'selecting the mission should move the camera to it (else this test proves nothing)');
  assert.equal(await tooltip.count(), 0, `the tooltip "${(await tooltip.allInnerTexts()).join()}" stayed after the camera moved`);
});

test('works from a sub-path (/atlas/): all requests stay under /atlas/', async ({ page, open }) => {
  const app = await open('/atlas/?lang=en');
  assertBusyWentTrueThenFalse(await app.busyLog());
  const canvas = await isCanvasDrawn(page);
  assert.ok(canvas.drawn, `map canvas looks blank under /atlas/: ${JSON.stringify(canvas)}`);
  const paths = httpPaths(app);
  const outside = paths.filter((p) => !p.startsWith('/atlas/'));
  assert.deepEqual(outside, [], `requests escaped the /atlas/ sub-path (absolute URLs in the build?)`);
  assert.ok(paths.includes('/atlas/data/boundaries.topo.json'), `boundaries not fetched from /atlas/data/ (requests: ${paths.join(', ')})`);
});

test('no WebGL: a role="alert" message is shown and nothing throws uncaught', async ({ page, open }) => {
  await page.addInitScript(NO_WEBGL);
  // Console errors are tolerated here (a library may log); uncaught errors are not.
  await open('/?lang=en', { waitFor: 'load', allowConsoleErrors: true });
  await assertReadableAlert(page);
});

test('boundary file with no objects: a role="alert" message is shown', async ({ page, open }) => {
  await page.route('**/data/boundaries.topo.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"Topology","objects":{}}' }),
  );
  await open('/?lang=en', { waitFor: 'load', allowConsoleErrors: true });
  await assertReadableAlert(page);
});

test('boundary file that is not JSON: a role="alert" message is shown', async ({ page, open }) => {
  await page.route('**/data/boundaries.topo.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"Topology","objects":{"reg' }),
  );
  await open('/?lang=en', { waitFor: 'load', allowConsoleErrors: true });
  await assertReadableAlert(page);
});

test('boundary file 404: a role="alert" message is shown', async ({ page, open }) => {
  await page.route('**/data/boundaries.topo.json', (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
  );
  await open('/?lang=en', { waitFor: 'load', allowConsoleErrors: true });
  await assertReadableAlert(page);
});

test('nothing matches the filters: the message sits over the map, in view, and its reset brings everything back', async ({ page, open }) => {
  await open('/?lang=en&types=none&layers=none');
  const status = page.locator('.map-column .empty-state');
  await status.getByText(/nothing matches/i).waitFor({ timeout: 15_000 });
  assert.equal(await status.getAttribute('role'), 'status', 'the message is announced');
  // Inside the map's visible box, not in the side panel where it could be scrolled away.
  const [box, map] = [await status.boundingBox(), await page.locator('#map').boundingBox()];
  assert.ok(box && map && box.y >= map.y && box.y + box.height <= map.y + map.height && box.x >= map.x && box.x + box.width <= map.x + map.width,
    `the message ${JSON.stringify(box)} should lie over the map ${JSON.stringify(map)}`);
  assert.equal(await page.locator('#side-panel .empty-state').count(), 0, 'one message, not a second in the panel');
  await status.getByRole('button', { name: 'Reset filters' }).click();
  await page.waitForFunction(() => !/[?&](types|layers)=/.test(location.search), null, { timeout: 5_000 });
  await status.getByText(/nothing matches/i).waitFor({ state: 'detached', timeout: 5_000 });
  // The type filter offers the same reset only while a filter is set.
  assert.equal(await page.locator('.type-filter__reset').count(), 0, 'no reset button once nothing is filtered');
});

test('places ties run to (crossings, junctions) are named from close zoom only; mission cities from the first view', async ({ page, open }) => {
  await page.addInitScript(MAP_TEST_SCRIPT);
  // Khorgos, Dostyk, Yining … around the Almaty–Xinjiang border at zoom 6.
  await open('/?lang=en#map=6.00/44.50/79.00');
  const named = () =>
    page.evaluate(() => {
      const m = window.__atlasMap;
      const out = { minor: [], city: [] };
      for (const f of m.queryRenderedFeatures(undefined, { layers: ['city-labels'] })) (f.properties.minor ? out.minor : out.city).push(f.properties.name_en);
      return out;
    });
  const close = await named();
  assert.ok(close.minor.includes('Khorgos'), `Khorgos is named at zoom 6: ${JSON.stringify(close)}`);
  await page.evaluate(() => window.__atlasMap.jumpTo({ zoom: 4, center: [80, 44] }));
  await waitForCameraAtRest(page);
  const far = await named();
  assert.deepEqual(far.minor, [], `no minor place is named at zoom 4: ${JSON.stringify(far)}`);
  assert.ok(far.city.includes('Urumqi'), `the mission city Urumqi is still named at zoom 4: ${JSON.stringify(far)}`);
});
