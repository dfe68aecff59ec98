// Issue #7: search in four languages, CSV / GeoJSON / PNG export, offline use after one visit,
// and the web app manifest.
// Run with: npm run test:browser -- --no-build test/browser/features.browser.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test, waitForIdle, isCanvasDrawn } from './harness.mjs';
import { TIMELINE_YEARS, headerCounts, waitForTimelineYears } from './helpers.mjs';
import { decodePng, colorStats } from './png.mjs';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// ---------------------------------------------------------------------------------------
// helpers

/** The year span the view shows, as the timeline's From/To inputs say. */
async function yearSpan(page) {
  await waitForTimelineYears(page);
  const inputs = page.locator(TIMELINE_YEARS);
  const years = await inputs.evaluateAll((els) => els.map((e) => ({ value: Number(e.value), min: Number(e.min), max: Number(e.max) })));
  assert.equal(years.length, 2, `expected the timeline's From and To year inputs, found ${years.length}`);
  // Within the data's own span (the inputs' min and max), not a hard-coded first year.
  const [from, to] = years;
  assert.ok(from.min >= 1900 && to.max <= 2100 && from.value >= from.min && to.value <= to.max && from.value <= to.value, `odd timeline years: ${JSON.stringify(years)}`);
  return { from: from.value, to: to.value };
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false, i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' || c === '\n') {
      row.push(field); rows.push(row); row = []; field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  assert.ok(!quoted, 'CSV ends inside a quoted field');
  return rows;
}

/** Opens the Download menu and chooses the item named `name`; returns the download's name and bytes. */
async function download(page, name) {
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const item = page.getByRole('menu').getByRole('menuitem', { name });
  await item.waitFor({ state: 'visible', timeout: 5_000 });
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), item.click()]);
  const file = await dl.path();
  assert.ok(file, `the download of "${dl.suggestedFilename()}" failed: ${await dl.failure()}`);
  return { fileName: dl.suggestedFilename(), bytes: fs.readFileSync(file) };
}

/** The options of the search combobox's own listbox (the Lists panel has options too). */
async function searchOptions(page) {
  const listId = await page.locator('input[role="combobox"]').getAttribute('aria-controls');
  return page.locator(`[id="${listId}"] [role="option"]`);
}

async function searchFor(page, query) {
  const box = page.locator('input[role="combobox"]');
  await box.fill(query);
  await page.waitForFunction(() => document.querySelector('input[role="combobox"]')?.getAttribute('aria-expanded') === 'true', null, { timeout: 5_000 });
  const opts = await searchOptions(page);
  return opts.locator('.search__name').allInnerTexts();
}

// ---------------------------------------------------------------------------------------
// 1. search

test('search: "/" focuses it; Жетысу, urumchi and 阿拉木图 find their places; ArrowDown + Enter selects', async ({ page, open }) => {
  await open('/');
  // The search box is a lazy chunk: "/" works once it is mounted (it may land just after the first idle).
  await page.locator('input[role="combobox"]').waitFor({ state: 'attached', timeout: 10_000 });
  await page.keyboard.press('/');
  const focused = await page.evaluate(() => document.activeElement?.matches('input[role="combobox"]') ?? false);
  assert.ok(focused, 'pressing "/" should focus the search combobox');
  assert.equal(await page.locator('input[role="combobox"]').inputValue(), '', 'the "/" must not be typed into the box');

  const zhetisu = await searchFor(page, 'Жетысу');
  assert.match(zhetisu[0] ?? '', /^(Jetisu|Zhetisu) Region$/, `"Жетысу" should list Jetisu/Zhetisu Region first, got ${JSON.stringify(zhetisu.slice(0, 5))}`);

  const urumchi = await searchFor(page, 'urumchi');
  assert.ok(urumchi.includes('Urumqi'), `"urumchi" should list Urumqi, got ${JSON.stringify(urumchi.slice(0, 8))}`);
  assert.ok(urumchi.includes('Xinjiang'), `"urumchi" should list Xinjiang, got ${JSON.stringify(urumchi.slice(0, 8))}`);

  const almaty = await searchFor(page, '阿拉木图');
  assert.ok(almaty.slice(0, 3).includes('Almaty'), `"阿拉木图" should list Almaty among the first results, got ${JSON.stringify(almaty.slice(0, 5))}`);
  // Results are in the interface language, not only the query's.
  assert.ok(!almaty.slice(0, 3).some((n) => /\p{Script=Han}/u.test(n)), `results should be named in English: ${JSON.stringify(almaty.slice(0, 3))}`);

  // Choose with the keyboard: ArrowDown activates the first option, Enter selects it.
  const box = page.locator('input[role="combobox"]');
  await page.keyboard.press('ArrowDown');
  const activeId = await box.getAttribute('aria-activedescendant');
  assert.ok(activeId, 'ArrowDown should set aria-activedescendant');
  const active = page.locator(`[id="${activeId}"]`);
  assert.equal(await active.getAttribute('aria-selected'), 'true', 'the active option should be aria-selected');
  const chosen = await active.locator('.search__name').innerText();
  assert.equal(chosen, 'Almaty');
  await page.keyboard.press('Enter');

  await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'KZ-75', null, { timeout: 5_000 }).catch(() => {});
  const sel = new URL(page.url()).searchParams.get('sel');
  assert.equal(sel, 'KZ-75', `choosing "Almaty" should select the city of Almaty (KZ-75); URL is ${page.url()}`);
  const h2 = page.locator('#details h2');
  await h2.waitFor({ state: 'visible', timeout: 10_000 });
  assert.equal(await h2.innerText(), 'Almaty');
  assert.equal(await box.getAttribute('aria-expanded'), 'false', 'the result list should close after a choice');
});

test('search from a panel scrolled far down: the new selection’s details open at the top of the panel', async ({ page, open }) => {
  await open('/?lang=en&sel=CN-XJ');
  const h2 = page.locator('#details h2');
  await h2.waitFor({ state: 'visible', timeout: 10_000 });
  const scrolled = await page.evaluate(() => {
    const side = document.getElementById('side-panel');
    side.scrollTop = side.scrollHeight;
    return side.scrollTop;
  });
  assert.ok(scrolled > 500, `the Xinjiang panel should be long enough to scroll (scrollTop ${scrolled})`);
  const names = await searchFor(page, 'Hong Kong');
  assert.equal(names[0], 'Hong Kong', `"Hong Kong" should be the first result: ${JSON.stringify(names.slice(0, 3))}`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'Hong Kong', null, { timeout: 10_000 });
  await page.waitForFunction(() => document.getElementById('side-panel').scrollTop === 0, null, { timeout: 5_000 }).catch(async () => {
    throw new Error(`the panel should scroll to the new details' top; scrollTop is ${await page.evaluate(() => document.getElementById('side-panel').scrollTop)}`);
  });
});

// ---------------------------------------------------------------------------------------
// 2. export

test('export: links CSV and GeoJSON match the header counts; the PNG has a title and legend around the map', async ({ page, open }) => {
  await open('/');
  const counts = await headerCounts(page);
  const span = await yearSpan(page);
  const years = span.from === span.to ? `${span.from}` : `${span.from}-${span.to}`;
  assert.ok(counts.links > 0 && counts.missions > 0 && counts.events > 0, `the default view should show links, missions and events: ${counts.text}`);

  // Links CSV
  const csv = await download(page, /^Links table \(CSV\)/);
  assert.equal(csv.fileName, `kz-cn-links-${years}.csv`);
  assert.ok(csv.bytes.subarray(0, 3).equals(BOM), `the CSV should start with the UTF-8 BOM, starts with ${csv.bytes.subarray(0, 3).toString('hex')}`);
  const rows = parseCsv(csv.bytes.subarray(3).toString('utf8')).filter((r) => !(r.length === 1 && r[0] === ''));
  const header = rows[0];
  assert.ok(header.includes('source_1_url'), `the CSV header should have source_1_url: ${header.join(',')}`);
  assert.ok(header.includes('id'), `the CSV header should have id: ${header.join(',')}`);
  const data = rows.slice(1);
  assert.equal(data.length, counts.links, `CSV data rows (${data.length}) should equal the header's links (${counts.links})`);
  assert.ok(data.every((r) => r.length === header.length), 'every CSV row should have as many fields as the header');
  const ids = data.map((r) => r[header.indexOf('id')]);
  assert.equal(new Set(ids).size, ids.length, 'link ids in the CSV should be unique');
  assert.ok(ids.includes('fl-can-ala-cz'), 'the links CSV should include fl-can-ala-cz (China Southern Guangzhou–Almaty)');
  const url1 = header.indexOf('source_1_url');
  assert.ok(data.every((r) => /^https?:\/\//.test(r[url1])), 'every link row should have a source_1_url');

  // GeoJSON: every link, mission and event shown.
  const geo = await download(page, /^Map data \(GeoJSON\)/);
  assert.equal(geo.fileName, `kz-cn-atlas-${years}.geojson`);
  const fc = JSON.parse(geo.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  assert.equal(fc.type, 'FeatureCollection');
  const byEntity = { link: 0, mission: 0, event: 0 };
  for (const f of fc.features) byEntity[f.properties?.entity] = (byEntity[f.properties?.entity] ?? 0) + 1;
  assert.deepEqual(byEntity, { link: counts.links, mission: counts.missions, event: counts.events }, `GeoJSON features by entity vs the header (${counts.text})`);
  const links = fc.features.filter((f) => f.properties.entity === 'link');
  assert.ok(links.filter((f) => f.geometry?.type === 'LineString').length >= counts.links * 0.9, 'links should be LineStrings');
  const anyMission = fc.features.find((f) => f.properties.entity === 'mission');
  assert.equal(anyMission?.geometry?.type, 'Point');

  // PNG, 1×
  const canvasBox = await page.locator('#map canvas.maplibregl-canvas').boundingBox();
  const png = await download(page, /^Map image \(PNG\)/);
  assert.equal(png.fileName, `kz-cn-atlas-${years}.png`);
  assert.ok(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE), `the image should be a PNG, starts with ${png.bytes.subarray(0, 8).toString('hex')}`);
  const img = decodePng(png.bytes);
  const cw = Math.round(canvasBox.width), ch = Math.round(canvasBox.height);
  assert.ok(img.width >= cw && img.height > ch, `the 1× image (${img.width}×${img.height}) should be larger than the map canvas (${cw}×${ch}): title and legend added`);
  assert.ok(img.width <= cw * 1.5 + 400 && img.height <= ch * 2, `the 1× image (${img.width}×${img.height}) is far larger than the canvas (${cw}×${ch}) — not 1×?`);
  const stats = colorStats(img);
  assert.ok(stats.distinctColors > 50 && stats.dominantShare < 0.9, `the PNG looks blank: ${JSON.stringify(stats)}`);
  const status = await page.locator('.export__status').innerText();
  assert.match(status, /Downloaded kz-cn-atlas-.*\.png/, `the export status should confirm the download: "${status}"`);
}, { timeout: 150_000 });

// ---------------------------------------------------------------------------------------
// 3. offline

test('offline: after one visit the service worker serves the app, its data and the map with no network', async ({ page, context, open }) => {
  await open('/');
  const sw = await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return { active: null, error: 'no navigator.serviceWorker (insecure context?)' };
    const timeout = new Promise((r) => setTimeout(() => r(null), 30_000));
    const reg = await Promise.race([navigator.serviceWorker.ready, timeout]);
    if (!reg) return { active: null, error: 'navigator.serviceWorker.ready did not resolve within 30 s (no worker registered?)' };
    // ready resolves while the worker is still activating.
    for (let i = 0; i < 300 && reg.active?.state === 'activating'; i++) await new Promise((r) => setTimeout(r, 100));
    return { scope: reg.scope, active: reg.active?.state ?? null };
  });
  assert.equal(sw.active, 'activated', `the service worker should be active: ${JSON.stringify(sw)}`);
  // Reload once so the worker controls the page (and has precached everything).
  await page.reload({ waitUntil: 'load' });
  await waitForIdle(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  const online = await headerCounts(page);

  await context.setOffline(true);
  try {
    await page.reload({ waitUntil: 'load' });
    await waitForIdle(page);
    const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null && !navigator.onLine);
    assert.ok(controlled, 'offline, the page should be controlled by the service worker with navigator.onLine false');
    await page.waitForFunction(() => /\d+ links?/.test(document.querySelector('header .counts')?.textContent ?? ''), null, { timeout: 30_000 });
    const offline = await headerCounts(page);
    assert.deepEqual(
      { links: offline.links, missions: offline.missions, events: offline.events },
      { links: online.links, missions: online.missions, events: online.events },
      'offline, the data should load as it did online',
    );
    const canvas = await isCanvasDrawn(page);
    assert.ok(canvas.drawn, `offline, the map canvas looks blank: ${JSON.stringify(canvas)}`);
    assert.equal(await page.locator('[role="alert"]').filter({ hasText: /\S/ }).count(), 0, 'offline, no error alert should show');
    // Selecting still works offline (data and details come from the cache).
    await page.goto('/?sel=CN-GD', { waitUntil: 'load' });
    await waitForIdle(page);
    assert.equal(await page.locator('#details h2').innerText(), 'Guangdong');
  } finally {
    await context.setOffline(false);
  }
});

// ---------------------------------------------------------------------------------------
// 4. manifest

test('web manifest: linked from the page, with a name and 192 and 512 px PNG icons', async ({ page, open }) => {
  // The link is in the served document: the map need not be drawn for it.
  await open('/', { waitFor: 'none' });
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  assert.ok(href, 'the page should have <link rel="manifest" href>');
  const manifest = await page.evaluate(async (h) => {
    const url = new URL(h, document.baseURI).href;
    const res = await fetch(url, { cache: 'no-store' });
    return { url, status: res.status, type: res.headers.get('content-type'), json: await res.json() };
  }, href);
  assert.equal(manifest.status, 200, `fetching the manifest (${manifest.url})`);
  const m = manifest.json;
  assert.ok(typeof m.name === 'string' && m.name.trim().length > 0, `the manifest should have a name: ${JSON.stringify(m.name)}`);
  assert.ok(typeof m.short_name === 'string' && m.short_name.length > 0 && m.short_name.length <= 15, `short_name: ${JSON.stringify(m.short_name)}`);
  assert.ok(m.start_url, 'the manifest should have a start_url');
  assert.ok(['standalone', 'fullscreen', 'minimal-ui'].includes(m.display), `display: ${m.display}`);
  const icons = Array.isArray(m.icons) ? m.icons : [];
  for (const size of [192, 512]) {
    const icon = icons.find((i) => String(i.sizes).split(/\s+/).includes(`${size}x${size}`) && (!i.purpose || i.purpose.includes('any')));
    assert.ok(icon, `the manifest should list a ${size}×${size} icon: ${JSON.stringify(icons)}`);
    const iconUrl = new URL(icon.src, manifest.url).href;
    const res = await page.request.get(iconUrl);
    assert.equal(res.status(), 200, `icon ${iconUrl}`);
    const img = decodePng(await res.body());
    assert.deepEqual([img.width, img.height], [size, size], `icon ${icon.src} should be ${size}×${size} pixels`);
  }
});
