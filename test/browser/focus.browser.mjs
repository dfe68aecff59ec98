// Issue #12, what a selection shows: selection focus on the map (feature-state: its ties forward,
// partners outlined, the rest faded) and the camera fitting it (also above a phone's bottom sheet),
// source markers on every line of a panel with the numbered list, a chart with its accessible table,
// and the choropleth (`shade=`). axe runs on each of these views once it is checked.
// Expected ties, partners and sources are read from the served data files, never hard-coded.
// Run with: node test/browser/run.mjs --no-build test/browser/focus.browser.mjs
import assert from 'node:assert/strict';
import { feature } from 'topojson-client';
import { assertAxeClean } from './axe.mjs';
import { collectProblems, openApp, test, waitForIdle } from './harness.mjs';
import {
  MAP_TEST_SCRIPT,
  SMALL_CONTEXT,
  allLinkIds,
  allRegionIds,
  detailsTitle,
  featureStates,
  waitForNoticeItems,
  projectPoints,
  readData,
  regionLabelPoints,
  relativeUrl,
  selectListRowByKeyboard,
  tiesOfRegion,
  urlNotice,
  waitForCameraAtRest,
  waitForMapSettled,
  waitForUrl,
} from './helpers.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true };
const GUANGDONG_CAMERA = '#map=6.00/23.40/113.50';
const on = (state, key) => state?.[key] === true;

/** Link and region feature-states, for the focus checks. */
async function mapStates(page, root) {
  const [links, regions] = [allLinkIds(root), allRegionIds(root)];
  return { links: await featureStates(page, 'links', links), regions: await featureStates(page, 'regions', regions) };
}

/**
 * The map shows `regionId`'s focus: its own visible ties `focus` and not `faded`, every other visible
 * tie `faded`; the regions at their other ends `partner`; the region `selected`; every region outside
 * the focus `faded`. Returns the partners.
 */
async function assertRegionFocus(page, root, regionId, label) {
  const ties = tiesOfRegion(root, regionId);
  await page.waitForFunction(
    ([id]) => window.__atlasMap.getFeatureState({ source: 'regions', id })?.selected === true,
    [regionId],
    { timeout: 10_000 },
  ).catch(() => { throw new Error(`${label}: ${regionId} never got feature-state selected`); });
  const { links, regions } = await mapStates(page, root);
  const visible = Object.keys(links).filter((id) => on(links[id], 'visible'));
  const own = visible.filter((id) => ties.has(id)).sort();
  assert.ok(own.length > 0, `${label}: ${regionId} should have visible ties to test with`);
  const focus = Object.keys(links).filter((id) => on(links[id], 'focus')).sort();
  assert.deepEqual(focus, own, `${label}: exactly ${regionId}'s own visible ties carry focus`);
  assert.deepEqual(own.filter((id) => on(links[id], 'faded')), [], `${label}: none of ${regionId}'s own ties is faded`);
  const unfaded = visible.filter((id) => !ties.has(id) && !on(links[id], 'faded'));
  assert.deepEqual(unfaded, [], `${label}: every other visible tie is faded`);

  const partners = [...new Set(own.flatMap((id) => [...ties.get(id)]))].sort();
  const outlined = Object.keys(regions).filter((id) => on(regions[id], 'partner')).sort();
  assert.deepEqual(outlined, partners, `${label}: the regions at the other end of ${regionId}'s ties are partners`);
  assert.ok(on(regions[regionId], 'selected') && !on(regions[regionId], 'faded'), `${label}: ${regionId} selected, not faded: ${JSON.stringify(regions[regionId])}`);
  const wrong = Object.keys(regions).filter((id) => on(regions[id], 'faded') === (id === regionId || partners.includes(id)));
  assert.deepEqual(wrong, [], `${label}: regions outside the focus (and only they) are faded`);
  return partners;
}

/** Nothing is faded, focused or outlined once the selection is cleared. */
async function assertNoFocus(page, root, label) {
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('sel'), null, { timeout: 5_000 });
  await page.waitForFunction(
    (ids) => ids.every((id) => !window.__atlasMap.getFeatureState({ source: 'links', id })?.faded),
    allLinkIds(root),
    { timeout: 10_000 },
  ).catch(() => {});
  const { links, regions } = await mapStates(page, root);
  const left = [
    ...Object.keys(links).filter((id) => on(links[id], 'faded') || on(links[id], 'focus')).map((id) => `link ${id} ${JSON.stringify(links[id])}`),
    ...Object.keys(regions).filter((id) => on(regions[id], 'faded') || on(regions[id], 'partner') || on(regions[id], 'selected')).map((id) => `region ${id} ${JSON.stringify(regions[id])}`),
  ];
  assert.deepEqual(left, [], `${label}: clearing the selection removes every faded, focus, partner and selected state`);
}

const EDGE = 24;

/**
 * The label points of `regionId` and its partners, where the camera put them: inside the map's
 * viewport, EDGE px clear of its sides (and above `bottom` when given, e.g. the top of a phone's
 * sheet, in map pixels).
 */
async function assertInView(page, root, ids, label, { bottom } = {}) {
  const labels = regionLabelPoints(root);
  const size = await page.evaluate(() => {
    const m = document.getElementById('map');
    return { w: m.clientWidth, h: m.clientHeight };
  });
  const points = await projectPoints(page, ids.map((id) => labels.get(id)));
  const limit = bottom ?? size.h;
  const placed = ids.map((id, i) => ({ id, ...points[i] }));
  const outside = placed
    // Not just on the canvas: clear of its edge, where a partner's label would be cut off.
    .filter((p) => !(p.x >= EDGE && p.x <= size.w - EDGE && p.y >= EDGE && p.y <= limit - EDGE))
    .map((p) => `${p.id} at (${Math.round(p.x)}, ${Math.round(p.y)})`);
  assert.deepEqual(outside, [], `${label}: label points outside the map's ${size.w}×${limit} px in view (camera ${new URL(page.url()).hash})`);
  return placed;
}

// ---------------------------------------------------------------------------------------
// selection focus and the camera

test('selection focus: a URL with sel= and #map= keeps its camera; by map click, from the Lists and by URL: own ties forward, partners outlined, the rest faded; clearing removes every fade; the Lists selection is fitted in view', async ({ page, open, server }) => {
  const root = server.root;
  await page.addInitScript(MAP_TEST_SCRIPT);
  // 1. sel= and #map= together: the shared camera wins over the fit, on first open.
  await open(`/?lang=en&sel=CN-XJ${GUANGDONG_CAMERA}`);
  await detailsTitle(page, /Xinjiang/);
  await assertRegionFocus(page, root, 'CN-XJ', 'sel=CN-XJ with #map=');
  await waitForCameraAtRest(page);
  const camera = await page.evaluate(() => ({ zoom: window.__atlasMap.getZoom(), ...window.__atlasMap.getCenter() }));
  assert.ok(Math.abs(camera.zoom - 6) < 0.01 && Math.abs(camera.lat - 23.4) < 0.01 && Math.abs(camera.lng - 113.5) < 0.01, `the URL's camera should be kept: ${JSON.stringify(camera)}`);
  const hash = new URL(page.url()).hash.match(/^#map=([\d.]+)\/([\d.]+)\/([\d.]+)$/)?.slice(1).map(Number);
  assert.ok(hash && Math.abs(hash[0] - 6) < 0.01 && Math.abs(hash[1] - 23.4) < 0.001 && Math.abs(hash[2] - 113.5) < 0.001, `the hash keeps the shared camera: ${new URL(page.url()).hash}`);
  await assertAxeClean(page, 'a focused selection (Xinjiang)');

  // 2. Cleared (Escape): nothing stays faded.
  await page.keyboard.press('Escape');
  await assertNoFocus(page, root, 'after Escape');

  // 3. By clicking the map (Guangdong lies under the centre).
  await waitForMapSettled(page);
  const box = await page.locator('#map canvas.maplibregl-canvas').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'CN-GD', { message: 'sel=CN-GD after the map click' });
  await assertRegionFocus(page, root, 'CN-GD', 'map click on Guangdong');
  await page.getByRole('button', { name: 'Close details' }).click();
  await assertNoFocus(page, root, 'after "Close details"');

  // 4. From the Lists: focus, and the camera eases to fit the region and its partners.
  const before = new URL(page.url()).hash;
  await selectListRowByKeyboard(page, 'Regions', 'Almaty Region');
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'KZ-19', { message: 'sel=KZ-19 from the Lists' });
  const partners = await assertRegionFocus(page, root, 'KZ-19', 'Lists → Almaty Region');
  await waitForUrl(page, (u) => u.hash !== before && u.hash.startsWith('#map='), { message: 'the eased camera is written to the URL' });
  await waitForCameraAtRest(page);
  await assertInView(page, root, ['KZ-19', ...partners], 'Lists → Almaty Region (1280×800)');

  // 5. By URL without a camera (a new document): focus, and the camera fits it.
  await page.goto('/?lang=en&sel=CN-GD');
  // A whole load: the first idle gets the load's time budget, not the details' 15 s.
  await waitForIdle(page);
  await detailsTitle(page, /Guangdong/);
  const gdPartners = await assertRegionFocus(page, root, 'CN-GD', 'sel=CN-GD by URL');
  await waitForUrl(page, (u) => u.hash.startsWith('#map='), { message: 'the fitted camera is written to the URL' });
  await waitForCameraAtRest(page);
  await assertInView(page, root, ['CN-GD', ...gdPartners], 'sel=CN-GD by URL (1280×800)');
}, { timeout: 150_000 });

test('phone 390×844: a selection from the Lists opens the sheet to its first fold and the camera centres the region and its partners above the sheet; Escape folds a fully open sheet back to that fold and keeps the selection', async ({ page, open, server }) => {
  const root = server.root;
  await page.addInitScript(MAP_TEST_SCRIPT);
  await open('/?lang=en');
  const side = page.locator('#side-panel');
  assert.match((await side.getAttribute('class')) ?? '', /\bside--folded\b/);
  await page.locator('button.sheet-toggle').tap();
  await page.waitForFunction(() => /\bside--open\b/.test(document.getElementById('side-panel')?.className ?? ''), null, { timeout: 5_000 });
  const before = new URL(page.url()).hash;
  await selectListRowByKeyboard(page, 'Regions', 'Almaty Region');
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'KZ-19', { message: 'sel=KZ-19 from the Lists' });
  // A selection opens the sheet to its first fold (side--peek): the map stays in view above it.
  await page.waitForFunction(() => /\bside--peek\b/.test(document.getElementById('side-panel')?.className ?? ''), null, { timeout: 5_000 })
    .catch(async () => { throw new Error(`a selection should open the sheet to side--peek, it is "${await side.getAttribute('class')}"`); });
  await detailsTitle(page, /Almaty Region/);
  // The first fold shows the selection's name, however far down the lists the row was.
  await page.waitForFunction(() => {
    const h = document.querySelector('#details h2')?.getBoundingClientRect();
    const side = document.getElementById('side-panel').getBoundingClientRect();
    return h && h.top >= side.top && h.bottom <= innerHeight;
  }, null, { timeout: 5_000 }).catch(async () => {
    const at = await page.evaluate(() => ({ h2: document.querySelector('#details h2')?.getBoundingClientRect().top, sheet: document.getElementById('side-panel').getBoundingClientRect().top }));
    throw new Error(`the details' title should be in the sheet's first fold: ${JSON.stringify(at)}`);
  });
  const partners = await assertRegionFocus(page, root, 'KZ-19', 'phone: Lists → Almaty Region');
  await waitForUrl(page, (u) => u.hash !== before && u.hash.startsWith('#map='), { message: 'the eased camera is written to the URL' });
  await waitForCameraAtRest(page);
  // The sheet's slide has ended when its top stops moving.
  const sheetTop = await page.evaluate(async () => {
    const top = () => document.getElementById('side-panel').getBoundingClientRect().top;
    for (let last = top(), i = 0; i < 50; i++) {
      await new Promise((r) => setTimeout(r, 60));
      const now = top();
      if (Math.abs(now - last) < 0.5) return now;
      last = now;
    }
    return top();
  });
  const mapTop = await page.evaluate(() => document.getElementById('map').getBoundingClientRect().top);
  assert.ok(sheetTop - mapTop > 200, `the first fold should leave the map room (sheet top ${sheetTop}, map top ${mapTop})`);
  const placed = await assertInView(page, root, ['KZ-19', ...partners], 'phone: above the sheet', { bottom: sheetTop - mapTop });
  // Framed in the middle of what the sheet leaves, not pushed up under the header: the padding
  // once took 40 % of the map's height for the sheet, which covers far less of it (the timeline
  // lies under the sheet), and left the lower half of the view empty.
  const ys = placed.map((p) => p.y);
  const middle = (Math.min(...ys) + Math.max(...ys)) / 2;
  const visible = sheetTop - mapTop;
  assert.ok(Math.abs(middle - visible / 2) < visible / 10, `the focus should be centred in the ${Math.round(visible)} px above the sheet: its label points span ${Math.round(Math.min(...ys))}–${Math.round(Math.max(...ys))} px`);

  // Escape undoes one step at a time: the sheet opened all the way goes back to its first fold
  // and the selection stays.
  await page.locator('button.sheet-toggle').tap();
  await page.waitForFunction(() => /\bside--open\b/.test(document.getElementById('side-panel')?.className ?? ''), null, { timeout: 5_000 });
  await page.locator('#details h2').focus();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => /\bside--peek\b/.test(document.getElementById('side-panel')?.className ?? ''), null, { timeout: 5_000 })
    .catch(async () => { throw new Error(`Escape on the open sheet should fold it to its first fold, it is "${await side.getAttribute('class')}"`); });
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).searchParams.get('sel'), 'KZ-19', 'Escape on the open sheet keeps the selection (the next one closes it, as on a desktop)');

  // Closing folds the sheet; the page itself never scrolls (the sheet's hidden part once made it
  // 500 px taller, and focus on the folding sheet scrolled the header out of view).
  await page.locator('#details').getByRole('button', { name: 'Close details' }).tap();
  await page.waitForFunction(() => /\bside--folded\b/.test(document.getElementById('side-panel')?.className ?? ''), null, { timeout: 5_000 });
  await page.waitForTimeout(400);
  const pageBox = await page.evaluate(() => ({ scrollY, height: document.scrollingElement.scrollHeight, innerHeight, searchTop: document.querySelector('input[role="combobox"]')?.getBoundingClientRect().top }));
  assert.ok(pageBox.scrollY === 0 && pageBox.height <= pageBox.innerHeight && pageBox.searchTop >= 0, `after closing, the page should be unscrolled and no taller than the screen: ${JSON.stringify(pageBox)}`);
}, { contextOptions: PHONE });

test('phone 390×844: the header menu folds again on Escape (focus back on Menu), on a tap on the map and after a language is chosen', async ({ page, open }) => {
  await open('/?lang=en');
  const toggle = page.locator('button.menu-toggle');
  const expanded = () => toggle.getAttribute('aria-expanded');
  await toggle.tap();
  assert.equal(await expanded(), 'true', 'Menu should open');
  assert.ok(await page.locator('#header-tools').isVisible(), 'the tools should show when the menu is open');
  await page.keyboard.press('Escape');
  assert.equal(await expanded(), 'false', 'Escape should fold the menu');
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('menu-toggle')), 'Escape should leave focus on Menu');
  await toggle.tap();
  assert.equal(await expanded(), 'true');
  // A spot of map between the open menu and the folded sheet.
  const box = await page.locator('#map').boundingBox();
  const tools = await page.locator('#header-tools').boundingBox();
  const sheet = await page.locator('#side-panel').boundingBox();
  const y = (tools.y + tools.height + sheet.y) / 2;
  assert.ok(y > tools.y + tools.height + 10 && y < sheet.y - 10, `no map between the menu (bottom ${tools.y + tools.height}) and the sheet (top ${sheet.y})`);
  await page.touchscreen.tap(box.x + box.width / 2, y);
  await page.waitForFunction(() => document.querySelector('button.menu-toggle')?.getAttribute('aria-expanded') === 'false', null, { timeout: 5_000 })
    .catch(() => { throw new Error('a tap on the map should fold the menu'); });
  assert.ok(!(await page.locator('#header-tools').isVisible()), 'the folded menu should hide its tools');

  // Choosing a language ends the errand: the menu folds (now in Chinese), focus on its button.
  await toggle.tap();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await page.waitForFunction(() => document.documentElement.lang === 'zh', null, { timeout: 10_000 });
  assert.equal(await expanded(), 'false', 'a language choice should fold the menu');
  assert.equal(await toggle.innerText(), '菜单', 'the Menu button speaks the new language');
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('menu-toggle')), 'focus should be back on Menu');
}, { contextOptions: PHONE });

/** The extent of every variant of `regionId`'s outline, from the served boundary file. */
function outlineBox(root, regionId) {
  const topo = readData(root, 'boundaries.topo.json');
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of feature(topo, topo.objects.regions).features) {
    if (f.properties.id !== regionId) continue;
    for (const [lon, lat] of f.geometry.coordinates.flat(f.geometry.type === 'Polygon' ? 1 : 2)) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

async function assertOutlineInView(page, root, regionId, label) {
  const box = outlineBox(root, regionId);
  const view = await page.evaluate(() => window.__atlasMap.getBounds().toArray().flat());
  const inside = view[0] <= box[0] && view[1] <= box[1] && view[2] >= box[2] && view[3] >= box[3];
  assert.ok(inside, `${label}: ${regionId}'s outline ${box.map((v) => v.toFixed(1))} should be in view ${view.map((v) => v.toFixed(1))} (${new URL(page.url()).hash})`);
}

test('a shared link to a region without ties (?sel=CN-XZ) frames its whole outline, not its label point at close zoom, and claims no failed load', async ({ page, open, server }) => {
  await page.addInitScript(MAP_TEST_SCRIPT);
  await open('/?lang=en&sel=CN-XZ');
  await detailsTitle(page, /Tibet/);
  await waitForCameraAtRest(page);
  await assertOutlineInView(page, server.root, 'CN-XZ', 'sel=CN-XZ');
  const details = page.locator('#details');
  assert.equal(await details.getByText(/could not be loaded/).count(), 0, 'a region without ties has no sources to load');
});

test('a tie between two cities (?sel=kostanay-hefei-mou) frames both partner regions whole, not the far city on the map\'s edge', async ({ page, open, server }) => {
  await page.addInitScript(MAP_TEST_SCRIPT);
  await open('/?lang=en&sel=kostanay-hefei-mou');
  await detailsTitle(page, /Kostanay/);
  await waitForCameraAtRest(page);
  const places = new Map(readData(server.root, 'places.json').places.map((p) => [p.id, p.region]));
  const link = readData(server.root, 'links.json').links.find((l) => l.id === 'kostanay-hefei-mou');
  for (const end of [link.a, link.b]) await assertOutlineInView(page, server.root, places.get(end) ?? end, 'sel=kostanay-hefei-mou');
});

test('a mission with no published district (?sel=cn-cg-almaty) is framed with its surroundings, not as close as its city outline allows', async ({ page, open, server }) => {
  await page.addInitScript(MAP_TEST_SCRIPT);
  await open('/?lang=en&sel=cn-cg-almaty');
  await detailsTitle(page, /Consulate General of China in Almaty/);
  await waitForCameraAtRest(page);
  const mission = readData(server.root, 'missions.json').missions.find((m) => m.id === 'cn-cg-almaty');
  assert.equal(mission.district, null, 'the test needs a mission without a district');
  const seat = readData(server.root, 'places.json').places.find((p) => p.id === mission.seats.at(-1).place);
  const zoom = await page.evaluate(() => window.__atlasMap.getZoom());
  // The city's own outline alone would be framed at the fit's closest zoom: the cap is what shows.
  assert.ok(zoom > 4.5 && zoom <= 5.51, `the fit should stop at zoom 5.5 (about 1,000 km across), got ${zoom}`);
  const [p] = await projectPoints(page, [[seat.lon, seat.lat]]);
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  assert.ok(p.x > 0 && p.y > 0 && p.x < box.width && p.y < box.height, `the seat should be in view: ${JSON.stringify(p)} in ${box.width}×${box.height}`);
});

// ---------------------------------------------------------------------------------------
// sources on every line

test('sources on every line (?sel=CN-GD): the district line has a marker whose tooltip names publisher, date and language; markers link out safely; the panel ends with the numbered Sources', async ({ page, open, server }) => {
  await open('/?lang=en&sel=CN-GD');
  await detailsTitle(page, /Guangdong/);
  const details = page.locator('#details');

  // The district line's source, from the data: the Guangzhou consulate's district entry with Guangdong.
  const mission = readData(server.root, 'missions.json').missions.find((m) => (m.district ?? []).some((d) => d.regions.includes('CN-GD') && !d.to));
  assert.ok(mission, 'a mission whose current district includes CN-GD');
  const entry = mission.district.find((d) => d.regions.includes('CN-GD') && !d.to);
  const cited = entry.sources.map((i) => mission.sources[i]);

  const line = details.locator('.key-facts .serving');
  await line.waitFor({ state: 'visible' });
  const markers = line.locator('a.cite__marker');
  assert.equal(await markers.count(), cited.length, `the district line cites its ${cited.length} source(s)`);
  const marker = markers.first();
  // Focus it with the keyboard (Tab from the mission link before it), as a reader would.
  await line.getByRole('button', { name: mission.name.en, exact: true }).focus();
  await page.keyboard.press('Tab');
  assert.ok(await marker.evaluate((el) => el === document.activeElement), 'Tab from the mission link reaches the first source marker');
  const tip = line.locator('.cite__tip').first();
  await tip.waitFor({ state: 'visible', timeout: 5_000 });
  const tipText = (await tip.innerText()).trim();
  const src = cited[0];
  // The publisher, then how the page was read when the data say ("Kazinform (citing Xinhua)"), then date and language.
  const read = src.citing ? ` (citing ${src.citing.en})` : '';
  assert.ok(tipText.startsWith(`${src.publisher}${read}, `), `the tooltip names the publisher "${src.publisher}"${read}: ${tipText}`);
  if (src.date) assert.match(tipText, new RegExp(src.date.slice(0, 4)), `the tooltip gives the date (${src.date}): ${tipText}`);
  assert.ok(tipText.endsWith(`, ${src.lang}`), `the tooltip ends with the language "${src.lang}": ${tipText}`);
  assert.equal(await marker.getAttribute('aria-describedby'), await tip.getAttribute('id'), 'the marker is described by its tooltip');
  const label = await marker.getAttribute('aria-label');
  assert.match(label ?? '', new RegExp(`^Source \\d+: ${src.publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, .+, ${src.lang}`), `marker aria-label: ${label}`);
  assert.equal(await marker.getAttribute('href'), src.url, 'the marker links to the source');
  // The tooltip stays in the window, however near the panel's right edge its marker is.
  await page.waitForFunction((el) => el.getBoundingClientRect().right <= window.innerWidth, await tip.elementHandle(), { timeout: 5_000 })
    .catch(async () => { throw new Error(`the tooltip should end inside the window: ${JSON.stringify(await tip.boundingBox())}`); });
  // Escape closes the tooltip alone; the selection stays.
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden', timeout: 5_000 });
  assert.equal(new URL(page.url()).searchParams.get('sel'), 'CN-GD', 'Escape on a source marker keeps the selection');
  // Blur and focus again: the tooltip is back; blur: it goes again.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await tip.waitFor({ state: 'visible', timeout: 5_000 });
  await page.keyboard.press('Shift+Tab');
  await tip.waitFor({ state: 'hidden', timeout: 5_000 });

  // Every line of the tie and event lists has a marker.
  const lines = details.locator('section[aria-labelledby="region-links"] li, section[aria-labelledby="region-events"] li');
  const perLine = await lines.evaluateAll((lis) => lis.map((li) => ({ text: li.innerText.replace(/\s+/g, ' ').slice(0, 80), n: li.querySelectorAll('.cite__marker').length })));
  assert.ok(perLine.length >= 2, `tie and event lines to check: ${perLine.length}`);
  assert.deepEqual(perLine.filter((l) => l.n === 0), [], 'every tie and event line carries a source marker');

  // Every marker is an http(s) link that opens safely, and its number is that source's place in the list.
  const all = await details.locator('.cite__marker').evaluateAll((els) => els.map((a) => ({ tag: a.tagName, n: Number(a.textContent.replace(/\D/g, '')), href: a.getAttribute('href'), rel: a.getAttribute('rel'), target: a.getAttribute('target') })));
  const list = await details.locator('section.sources ol > li').evaluateAll((lis) => lis.map((li) => ({ value: li.value, href: li.querySelector('a')?.getAttribute('href') ?? null })));
  assert.match(await details.locator('section.sources h3').innerText(), /^Sources$/);
  assert.deepEqual(list.map((l) => l.value), list.map((_, i) => i + 1), 'the list is numbered 1…n');
  const bad = all.filter((m) => m.tag !== 'A' || !/^https?:\/\//.test(m.href) || m.rel !== 'noopener noreferrer' || m.target !== '_blank' || list[m.n - 1]?.href !== m.href);
  assert.deepEqual(bad, [], 'markers: http(s) links, rel="noopener noreferrer", new tab, pointing at their numbered source');
  assert.deepEqual([...new Set(all.map((m) => m.n))].sort((a, b) => a - b), list.map((l) => l.value), 'every listed source is cited by some marker');
  // The list is the panel's end.
  assert.equal(await details.evaluate((d) => d.querySelector('section.sources') === [...d.querySelectorAll('section')].at(-1)), true, 'the numbered Sources list ends the panel');
}, { contextOptions: SMALL_CONTEXT });

// ---------------------------------------------------------------------------------------
// a chart and its table

test('chart with its table (?sel=tr-kz-cn): an SVG summary for screen readers; the toggle reveals a table whose rows match the chart’s points and the data', async ({ page, open, server }) => {
  const record = readData(server.root, 'links.json').links.find((l) => l.id === 'tr-kz-cn');
  await open('/?lang=en&sel=tr-kz-cn');
  await detailsTitle(page, /trade/i);
  const chart = page.locator('#details figure.chart').first();
  await chart.waitFor({ state: 'visible' });
  const svg = chart.locator('svg[role="img"]');
  const summary = await svg.getAttribute('aria-label');
  const title = (await chart.locator('figcaption').innerText()).trim();
  assert.ok(summary?.startsWith(`${title}. `) && /\d+ figures, \d{4}(–\d{4})?; highest /.test(summary), `the SVG's aria-label gives the title and a written summary: ${summary}`);

  const toggle = chart.getByRole('button', { name: 'Show the figures as a table' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  const table = chart.locator('table.chart__table');
  assert.equal(await table.isVisible(), false, 'the table starts hidden');
  assert.equal(await toggle.getAttribute('aria-controls'), await table.getAttribute('id'));
  await toggle.click();
  await table.waitFor({ state: 'visible' });
  assert.equal(await chart.locator('button.chart__toggle').getAttribute('aria-expanded'), 'true');
  assert.equal(await chart.locator('button.chart__toggle').innerText(), 'Hide the table');

  // Chart points (their <title>s: "label: value (series)") against the table's rows.
  const points = (await svg.locator('g > title').allTextContents()).map((t) => {
    const m = /^(.*): (.*) \((.*)\)$/.exec(t);
    return m ? `${m[1]} | ${m[2]}` : `unparsed: ${t}`;
  });
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => `${tr.querySelector('th').textContent.trim()} | ${tr.querySelector('td').textContent.trim()}`),
  );
  assert.equal(rows.length, points.length, `one row per point: ${rows.length} rows, ${points.length} points`);
  for (const p of points) assert.ok(rows.some((r) => r.startsWith(p)), `no table row for the point "${p}"; rows:\n  ${rows.join('\n  ')}`);
  const usd = record.values.filter((v) => v.unit === 'usd');
  assert.equal(rows.length, usd.length, `one row per published figure of ${record.id} (${usd.length})`);
  const years = rows.map((r) => Number(r.slice(0, 4)));
  assert.deepEqual(years, [...usd.map((v) => v.year)].sort((a, b) => a - b), 'the rows are the figures’ years, in order');
  const cites = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('.cite__marker').length));
  assert.ok(cites.every((n) => n >= 1), `every row carries its source marker: ${cites}`);
  await assertAxeClean(page, 'a chart with its table open (tr-kz-cn)');
}, { contextOptions: SMALL_CONTEXT });

// ---------------------------------------------------------------------------------------
// shading

/** Region feature-states `shade`, `noData` and `district`, by region. */
const shadeStates = async (page, root) => featureStates(page, 'regions', allRegionIds(root));

async function assertShaded(page, root, label) {
  const classes = page.locator('section.legend .shade__classes li');
  await classes.first().waitFor({ state: 'visible', timeout: 10_000 });
  const swatches = await classes.locator('.legend__swatch').evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  const texts = (await classes.allInnerTexts()).map((s) => s.trim());
  assert.ok(texts.length >= 3, `${label}: the class legend lists classes: ${JSON.stringify(texts)}`);
  // Every region has a tie count (zero included), so there is no "no figure" class to explain.
  assert.ok(!texts.includes('No certain whole-year figure'), `${label}: no no-data swatch for tie counts: ${JSON.stringify(texts)}`);
  assert.equal(await page.getByRole('combobox', { name: 'Shade regions by' }).inputValue(), 'ties', `${label}: the control shows the choice`);
  await page.waitForFunction((id) => typeof window.__atlasMap.getFeatureState({ source: 'regions', id })?.shade === 'string', allRegionIds(root)[0], { timeout: 10_000 })
    .catch(() => {});
  const states = await shadeStates(page, root);
  const shaded = Object.entries(states).filter(([, s]) => typeof s.shade === 'string');
  // Tie counts exist for every region (zero is a count): every region is shaded.
  assert.equal(shaded.length, Object.keys(states).length, `${label}: every region gets a shade (${shaded.length} of ${Object.keys(states).length})`);
  const colours = new Set(shaded.map(([, s]) => s.shade));
  assert.ok(colours.size >= 2, `${label}: regions fall into several classes: ${[...colours]}`);
  const rgb = (c) => page.evaluate((c) => { const d = document.createElement('div'); d.style.color = c; document.body.append(d); const v = getComputedStyle(d).color; d.remove(); return v; }, c);
  for (const c of colours) assert.ok(swatches.includes(await rgb(c)), `${label}: the map colour ${c} is a swatch of the class legend (${swatches})`);
  const districts = Object.entries(states).filter(([, s]) => typeof s.district === 'string').map(([id]) => id);
  assert.deepEqual(districts, [], `${label}: district colours make way while regions are shaded`);
}

test('shading: "Number of ties" in the legend writes shade=ties, shades every region with the class legend; the URL restores it in a new page; shade=bogus is reported and ignored', async ({ page, context, open, server }) => {
  const root = server.root;
  await context.addInitScript(MAP_TEST_SCRIPT);
  await open('/?lang=en');
  const select = page.getByRole('combobox', { name: 'Shade regions by' });
  assert.equal(await select.inputValue(), '', 'no shading by default');
  assert.equal(await page.locator('.shade__classes').count(), 0, 'no class legend without shading');
  const before = await shadeStates(page, root);
  assert.deepEqual(Object.entries(before).filter(([, s]) => s.shade).map(([id]) => id), [], 'no region shaded by default');
  await select.selectOption({ label: 'Number of ties' });
  await waitForUrl(page, (u) => u.searchParams.get('shade') === 'ties', { message: 'shade=ties in the URL' });
  await assertShaded(page, root, 'after choosing "Number of ties"');
  await assertAxeClean(page, 'the shaded map with its legend');
  const url = relativeUrl(page);

  // A new page from that URL restores the choice.
  const page2 = await context.newPage();
  try {
    await openApp(page2, url);
    await assertShaded(page2, root, `a new page at ${url}`);
    assert.deepEqual(collectProblems(page2), [], 'the new page is clean');
  } finally {
    await page2.close();
  }

  // An unknown measure: reported, dropped, nothing shaded.
  await page.goto('/?lang=en&shade=bogus');
  await page.waitForSelector('#map[aria-busy="false"]', { state: 'attached' });
  await urlNotice(page).waitFor({ state: 'visible', timeout: 10_000 });
  const items = await waitForNoticeItems(page, ['shade']);
  assert.deepEqual(items.map((i) => [i.param, i.raw]), [['shade', 'bogus']], `the notice names shade=bogus: ${JSON.stringify(items)}`);
  assert.match(items[0].text, /unknown shading measure/);
  await waitForUrl(page, (u) => !u.searchParams.has('shade'), { message: 'shade dropped from the URL' });
  assert.equal(await page.getByRole('combobox', { name: 'Shade regions by' }).inputValue(), '');
  assert.equal(await page.locator('.shade__classes').count(), 0, 'no class legend');
  const after = await shadeStates(page, root);
  assert.deepEqual(Object.entries(after).filter(([, s]) => s.shade).map(([id]) => id), [], 'no region shaded');
  assert.ok(Object.values(after).some((s) => typeof s.district === 'string'), 'district colours are back');
}, { contextOptions: SMALL_CONTEXT });
