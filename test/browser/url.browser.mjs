// Issue #5: the URL is the state. Crafted and shared URLs restore the view, UI changes write the URL
// (replace, throttled; selection pushes), Back/Forward move the selection, bad values are reported
// and dropped, embed mode, playback.
// Run with: npm run test:browser -- test/browser/url.browser.mjs
import assert from 'node:assert/strict';
import { test, openApp, isCanvasDrawn, collectProblems } from './harness.mjs';
import { assertAxeClean } from './axe.mjs';
import {
  EVENT_TYPES,
  LEGEND_LAYER_ORDER,
  SMALL_CONTEXT,
  dataYearSpan,
  detailsTitle,
  headerCounts,
  historyLength,
  historyLog,
  installInteractionScript,
  layersWithout,
  legendSwitches,
  waitForNoticeItems,
  pageNow,
  queryPairs,
  relativeUrl,
  selectListRowByKeyboard,
  typeChecks,
  urlNotice,
  waitForUrl,
  yearInputs,
} from './helpers.mjs';

const onlyTypes = (...types) => EVENT_TYPES.map((t) => types.includes(t));
const onlyLayers = (...layers) => LEGEND_LAYER_ORDER.map((l) => layers.includes(l));
const switchStates = async (page) => (await legendSwitches(page)).map((s) => s.checked);
const sel = (page) => new URL(page.url()).searchParams.get('sel');
const SMALL = SMALL_CONTEXT;

test('crafted URL (ru, years, types, layers, sel, camera) restores the whole view and stays canonical', async ({ page, open }) => {
  const crafted = '/?lang=ru&from=2023&to=2025&types=flight,agreement&layers=districts,flights&sel=CN-GD#map=5.00/33.10/95.20';
  await open(crafted);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru', 'html lang');
  assert.equal(await detailsTitle(page, /Гуандун/), 'Гуандун', 'details title in Russian');
  assert.deepEqual(await yearInputs(page), { from: '2023', to: '2025' });
  assert.equal(await page.locator('.notices').count(), 0, `no notice expected, got: ${await page.locator('.notices').allInnerTexts()}`);
  // Canonical: same values; parameters in the codec's order; lists in their canonical order.
  assert.equal(
    relativeUrl(page),
    '/?lang=ru&from=2023&to=2025&types=agreement,flight&layers=districts,flights&sel=CN-GD#map=5.00/33.10/95.20',
  );
  assert.deepEqual(queryPairs(page).map(([k]) => k), ['lang', 'from', 'to', 'types', 'layers', 'sel']);
  const counts = await headerCounts(page);
  assert.match(counts.text, /^Показано: /, `header counts in Russian: ${counts.text}`);
  assert.equal(counts.missions, 0, 'the missions layer is off, so no missions are counted');

  // The filters and the legend show when nothing is selected: Escape closes the details.
  await page.keyboard.press('Escape');
  await page.locator('#details').waitFor({ state: 'detached' });
  await waitForUrl(page, (u) => !u.searchParams.has('sel'), { message: 'sel gone after Escape' });
  assert.deepEqual(await typeChecks(page), onlyTypes('agreement', 'flight'), 'only Agreements and Flights are checked');
  assert.deepEqual(await switchStates(page), onlyLayers('districts', 'flights'), 'legend switches: districts and flights on');
  assert.equal(await page.getByRole('switch', { checked: true }).count(), 2, 'the accessible (aria) checked state agrees');
  assert.equal(relativeUrl(page), '/?lang=ru&from=2023&to=2025&types=agreement,flight&layers=districts,flights#map=5.00/33.10/95.20');
}, { contextOptions: SMALL });

test('UI filter changes replace the URL after the throttle (no new history entry); a selection pushes one', async ({ page, open }) => {
  await installInteractionScript(page);
  await open('/?lang=en');
  const h0 = await historyLength(page);
  const pushesBefore = (await historyLog(page)).filter((e) => e.kind === 'push').length;

  // 1. A year typed into "From".
  const from = page.locator('.timeline input.timeline__year').first();
  await from.fill('2015');
  const t0 = await pageNow(page);
  await from.press('Enter');
  await waitForUrl(page, (u) => u.searchParams.get('from') === '2015', { message: 'from=2015' });
  const write = (await historyLog(page)).find((e) => e.t >= t0 && e.href.includes('from=2015'));
  assert.ok(write, 'the URL change should come from history.replaceState/pushState');
  assert.equal(write.kind, 'replace', 'a filter change must replace, not push');
  assert.ok(write.t - t0 >= 250, `the write should wait for the 300 ms throttle; it came after ${Math.round(write.t - t0)} ms`);

  // 2. A type unticked.
  await page.getByRole('checkbox', { name: /^Visits — / }).uncheck();
  await waitForUrl(page, (u) => u.searchParams.get('types') === EVENT_TYPES.filter((t) => t !== 'visit').join(','), { message: 'types without visit' });

  // 3. A legend switch.
  await page.getByRole('switch', { name: /^Trade/ }).click();
  await waitForUrl(page, (u) => u.searchParams.get('layers') === layersWithout('trade'), { message: 'layers without trade' });

  assert.equal(
    relativeUrl(page),
    `/?lang=en&from=2015&types=${EVENT_TYPES.filter((t) => t !== 'visit').join(',')}&layers=${layersWithout('trade')}`,
  );
  assert.equal(await historyLength(page), h0, 'filter changes must not add history entries');
  assert.equal((await historyLog(page)).filter((e) => e.kind === 'push').length, pushesBefore, 'no pushState for filter changes');

  // 4. A selection: one new entry, filters kept.
  await selectListRowByKeyboard(page, 'Regions', 'Guangdong');
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'CN-GD', { message: 'sel=CN-GD' });
  await detailsTitle(page, /Guangdong/);
  // Let the camera ease to the region and its throttled write land: still one entry.
  await waitForUrl(page, (u) => u.hash.startsWith('#map='), { message: 'camera written after the ease' });
  await page.waitForTimeout(400);
  assert.equal(await historyLength(page), h0 + 1, 'a selection adds exactly one history entry');
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('from'), '2015');
  assert.equal(url.searchParams.get('layers'), layersWithout('trade'));
}, { contextOptions: SMALL });

test('the Share link opened in a new browser context shows the same view', async ({ page, open, browser, baseURL }) => {
  await open('/?lang=en');
  // Build a view through the UI: years, types, a selection.
  const from = page.locator('.timeline input.timeline__year').first();
  await from.fill('2010');
  await from.press('Enter');
  await page.getByRole('button', { name: 'None', exact: true }).click();
  await page.getByRole('checkbox', { name: /^Flights — / }).check();
  await page.getByRole('checkbox', { name: /^Agreements — / }).check();
  await waitForUrl(page, (u) => u.searchParams.get('types') === 'agreement,flight' && u.searchParams.get('from') === '2010', { message: 'from and types in the URL' });
  await selectListRowByKeyboard(page, 'Regions', 'Xinjiang');
  await detailsTitle(page, /Xinjiang/);
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'CN-XJ' && u.hash.startsWith('#map='), { message: 'sel and camera in the URL' });
  await page.waitForTimeout(400); // the camera write is throttled

  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByLabel('Link to this view').inputValue();
  assert.equal(link, page.url(), 'the Share link is the address of the view');
  await page.keyboard.press('Escape');

  const original = {
    counts: (await headerCounts(page)).text,
    title: await detailsTitle(page),
    years: await yearInputs(page),
  };

  const context2 = await browser.newContext({ ...SMALL, baseURL, locale: 'en-US' });
  try {
    const page2 = await context2.newPage();
    await openApp(page2, link);
    const copy = {
      counts: (await headerCounts(page2)).text,
      title: await detailsTitle(page2),
      years: await yearInputs(page2),
    };
    assert.deepEqual(copy, original, 'the shared link should restore counts, selection and years');
    assert.equal(page2.url(), link, 'the shared link is already canonical');
    // Types and layers show once the details are closed; close them in both.
    await page.keyboard.press('Escape');
    await page2.keyboard.press('Escape');
    await page.locator('#details').waitFor({ state: 'detached' });
    await page2.locator('#details').waitFor({ state: 'detached' });
    assert.deepEqual(await typeChecks(page2), await typeChecks(page), 'same event types checked');
    assert.deepEqual(await typeChecks(page2), onlyTypes('agreement', 'flight'));
    assert.deepEqual(await switchStates(page2), await switchStates(page), 'same layers on');
    const problems = collectProblems(page2);
    assert.deepEqual(problems, [], 'the second context should be clean');
  } finally {
    await context2.close();
  }
}, { contextOptions: SMALL });

test('Back and Forward move the selection between A and B (details and URL)', async ({ page, open }) => {
  await open('/?lang=en');
  await selectListRowByKeyboard(page, 'Regions', 'Guangdong');
  await detailsTitle(page, /^Guangdong$/);
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'CN-GD', { message: 'A: sel=CN-GD' });
  await selectListRowByKeyboard(page, 'Regions', 'Almaty');
  await detailsTitle(page, /^Almaty$/);
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'KZ-75', { message: 'B: sel=KZ-75' });

  await page.goBack();
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'CN-GD', { message: 'Back → sel=CN-GD' });
  assert.equal(await detailsTitle(page, /^Guangdong$/), 'Guangdong', 'Back shows A again');

  await page.goForward();
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'KZ-75', { message: 'Forward → sel=KZ-75' });
  assert.equal(await detailsTitle(page, /^Almaty$/), 'Almaty', 'Forward shows B again');

  await page.goBack();
  await page.goBack();
  await waitForUrl(page, (u) => !u.searchParams.has('sel'), { message: 'Back twice → no selection' });
  await page.locator('#details').waitFor({ state: 'detached', timeout: 10_000 });
  assert.equal(sel(page), null);
}, { contextOptions: SMALL });

// ---- bad inputs ----

/**
 * Opens `c.url` (a full load: through about:blank, so a hash-only difference cannot turn into an
 * in-page navigation) and checks: the notice names each bad part (`c.bad`: its parameter, raw value
 * and reason; or one part given as `c.param`, `c.raw`, `c.reason`) and nothing else, the map still
 * comes to idle, the URL is rewritten to `c.canonical`. With `full` (the first case of each test;
 * the rest share the code path), also that the map draws, and that the notice is dismissed and stays
 * dismissed through later URL writes.
 */
async function checkBadUrl(page, c, { full = false } = {}) {
  const label = `[${c.name}]`;
  await page.goto('about:blank');
  await page.goto(c.url);
  await page.waitForSelector('#map[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
  const notice = urlNotice(page);
  await notice.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
    throw new Error(`${label} no URL notice (role=status) for ${c.url.slice(0, 120)}`);
  });
  const bad = c.bad ?? [{ param: c.param, raw: c.raw, reason: c.reason }];
  const items = await waitForNoticeItems(page, bad.map((b) => b.param));
  for (const b of bad) {
    const item = items.find((i) => i.param === b.param);
    assert.ok(item, `${label} the notice should name "${b.param}": ${JSON.stringify(items)}`);
    if (typeof b.raw === 'string') assert.equal(item.raw, b.raw, `${label} the notice should show the raw value of ${b.param}`);
    else b.raw(item.raw, label);
    if (b.reason) assert.match(item.text, b.reason, `${label} reason for ${b.param}`);
  }
  assert.equal(items.length, bad.length, `${label} only the bad values are reported: ${JSON.stringify(items)}`);
  await waitForUrl(page, (u) => u.pathname + u.search + u.hash === c.canonical, { message: `${label} canonical URL ${c.canonical}` });
  if (c.check) await c.check(page, label);
  if (!full) return;
  const drawn = await isCanvasDrawn(page);
  assert.ok(drawn.drawn, `${label} the map should still draw: ${JSON.stringify(drawn)}`);

  await notice.getByRole('button', { name: 'Dismiss the note about ignored parts of the link' }).click();
  await notice.waitFor({ state: 'detached', timeout: 5_000 });
  // Later changes (two URL writes) must not bring it back.
  const missions = page.getByRole('switch', { name: /^Missions/ });
  await missions.click();
  await missions.click();
  await page.waitForTimeout(450);
  assert.equal(await page.locator('.notices').count(), 0, `${label} the dismissed notice came back`);
  assert.equal(relativeUrl(page), c.canonical, `${label} URL after toggling a layer off and on`);
}

/** The year inputs show `from`–`to`; 'first' and 'last' stand for the data's own first and last years. */
const yearsEqual = (from, to) => async (page, label) => {
  const span = await dataYearSpan(page);
  const year = (y) => (y === 'first' ? String(span.min) : y === 'last' ? String(span.max) : y);
  assert.deepEqual(await yearInputs(page), { from: year(from), to: year(to) }, `${label} year inputs`);
};

test('bad years: from=abc, to before from, years outside the data', async ({ page, open }) => {
  // Error tracking and the map observer, without loading the app (each case loads it).
  await open('about:blank', { waitFor: 'none' });
  // 'first' and 'last': the data's first and last years, as the timeline allows them (not hard-coded).
  const [first, last] = ['first', 'last'];
  const cases = [
    {
      name: 'from=abc, to=2999',
      url: '/?lang=en&from=abc&to=2999',
      bad: [{ param: 'from', raw: 'abc', reason: /not a four-digit year/ }, { param: 'to', raw: '2999' }],
      canonical: '/?lang=en',
      check: yearsEqual(first, last),
    },
    { name: 'to<from', url: '/?lang=en&from=2024&to=2020', param: 'to', raw: '2020', canonical: '/?lang=en&from=2024', check: yearsEqual('2024', last) },
    // Both bounds look wrong together, but only `from` lies outside the data: it is the one named.
    { name: 'from=2999&to=2020', url: '/?lang=en&from=2999&to=2020', param: 'from', raw: '2999', canonical: '/?lang=en&to=2020', check: yearsEqual(first, '2020') },
    { name: 'from=1900', url: '/?lang=en&from=1900&to=2020', param: 'from', raw: '1900', canonical: '/?lang=en&to=2020', check: yearsEqual(first, '2020') },
  ];
  for (const [i, c] of cases.entries()) await checkBadUrl(page, c, { full: i === 0 });
}, { contextOptions: SMALL, slow: true });

// A link can be wrong in several places at once: each bad part is named, the good ones are kept.
test('bad lists, ids, camera and language: types, layers, sel, #map, lang', async ({ page, open }) => {
  await open('about:blank', { waitFor: 'none' });
  const cases = [
    {
      name: 'types, layers, sel, lang and #map=abc',
      url: '/?lang=xx&types=flight,bogus&layers=flights,nope&sel=XX-99&to=2020#map=abc',
      bad: [
        { param: 'types', raw: 'bogus' },
        { param: 'layers', raw: 'nope' },
        { param: 'sel', raw: 'XX-99' },
        { param: 'lang', raw: 'xx', reason: /unknown language/ },
        { param: '#map', raw: 'abc' },
      ],
      canonical: '/?to=2020&types=flight&layers=flights',
      check: async (p, label) => {
        assert.deepEqual(await typeChecks(p), onlyTypes('flight'), `${label} only Flights checked`);
        assert.deepEqual(await switchStates(p), onlyLayers('flights'), `${label} only the Flights switch on`);
        assert.equal(await p.locator('#details').count(), 0, `${label} nothing selected`);
        assert.equal(await p.evaluate(() => document.documentElement.lang), 'en', `${label} falls back to the browser language`);
      },
    },
    { name: '#map=5/100/0', url: '/?lang=en&to=2020#map=5/100/0', param: '#map', raw: '5/100/0', canonical: '/?lang=en&to=2020' },
  ];
  for (const [i, c] of cases.entries()) await checkBadUrl(page, c, { full: i === 0 });
}, { contextOptions: SMALL, slow: true });

test('hostile values: a script tag in sel is shown as text and never runs; a 10,000-character value', async ({ page, open }) => {
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    window.__pwned = false;
    window.alert = () => {
      window.__pwned = true;
    };
  });
  await open('about:blank', { waitFor: 'none' });
  const script = '<script>alert(1)</script>';
  await checkBadUrl(page, {
    name: 'sel=<script>',
    url: `/?lang=en&sel=${encodeURIComponent(script)}&to=2020`,
    param: 'sel',
    raw: script,
    canonical: '/?lang=en&to=2020',
    check: async (p, label) => {
      assert.equal(await urlNotice(p).locator('script').count(), 0, `${label} no <script> element in the notice`);
      assert.equal(await p.locator('.notices code', { hasText: script }).count(), 1, `${label} the tag is shown literally`);
      assert.equal(await p.evaluate(() => window.__pwned), false, `${label} alert() was called`);
    },
  }, { full: true });
  const long = 'a'.repeat(10_000);
  await checkBadUrl(page, {
    name: 'sel=10000×a',
    url: `/?lang=en&sel=${long}&to=2020`,
    param: 'sel',
    raw: (raw, label) => {
      assert.ok(raw.length <= 40, `${label} the raw value should be cut short, is ${raw.length} characters`);
      assert.match(raw, /^a+…$/, `${label} shortened with an ellipsis`);
    },
    reason: /value too long/,
    canonical: '/?lang=en&to=2020',
  });
  assert.deepEqual(dialogs, [], 'no dialog may open');
  assert.equal(await page.evaluate(() => window.__pwned), false);
}, { contextOptions: SMALL });

// ---- embed, playback ----

test('embed=1: no side panel and no timeline, the map still renders, with a folded legend over it (axe clean open) that switches layers', async ({ page, open }) => {
  await open('/?lang=en&embed=1');
  assert.equal(await page.locator('.app.app--embed').count(), 1, 'the app is in embed mode');
  assert.equal(await page.locator('.side').count(), 0, 'no side panel');
  assert.equal(await page.locator('#details, fieldset.type-filter, section.lists').count(), 0, 'no panels');
  assert.equal(await page.locator('.timeline').count(), 0, 'no timeline');
  const drawn = await isCanvasDrawn(page);
  assert.ok(drawn.drawn, `the map should render in embed mode: ${JSON.stringify(drawn)}`);
  const box = await page.locator('#map canvas.maplibregl-canvas').boundingBox();
  assert.ok(box.width >= SMALL.viewport.width - 2, `without the side panel the map should take the full width (${box.width} px)`);
  assert.equal(relativeUrl(page), '/?lang=en&embed=1', 'embed stays in the URL');

  // The legend: one, over the map, folded to its title so it hides little of the map.
  const legend = page.locator('.map-column section.legend');
  assert.equal(await legend.count(), 1, 'one legend, in the map column');
  const toggle = legend.getByRole('button', { name: 'Legend' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'folded at first');
  const folded = await legend.boundingBox();
  assert.ok(folded.width * folded.height < 0.05 * box.width * box.height, `folded, the legend covers ${Math.round(folded.width)}×${Math.round(folded.height)} px of the map`);
  await toggle.click();
  const flights = legend.getByRole('switch', { name: /^Flights/ });
  await flights.waitFor({ state: 'visible' });
  await assertAxeClean(page, 'the embedded map with its legend open');
  await flights.click();
  await page.waitForFunction(() => {
    const layers = new URL(location.href).searchParams.get('layers');
    return layers !== null && !layers.split(',').includes('flights');
  }, null, { timeout: 5_000 });
  assert.equal(new URL(page.url()).searchParams.get('embed'), '1', 'still embedded');
}, { contextOptions: SMALL });

test('embed=1 in a small frame: the title opens the full atlas at the same view, and the map reaches the frame’s bottom', async ({ page, open }) => {
  await open('/?lang=zh&embed=1&sel=KZ-75');
  const home = page.locator('h1 a.embed-home');
  // Shown at this phone width too, where the full app keeps its title in the menu.
  const homeBox = await home.boundingBox();
  assert.ok(homeBox && homeBox.width > 100 && homeBox.height > 10, `the title link is visible: ${JSON.stringify(homeBox)}`);
  assert.equal(await home.getAttribute('target'), '_blank');
  assert.match((await home.getAttribute('rel')) ?? '', /noopener/);
  const href = new URL(await home.getAttribute('href'));
  assert.equal(href.searchParams.get('embed'), null, `the link leaves embed mode: ${href}`);
  assert.equal(href.searchParams.get('sel'), 'KZ-75', `the link keeps the view: ${href}`);
  // No sheet in embed mode, so no strip kept free for its handle below the map.
  const map = await page.locator('#map').boundingBox();
  const viewport = page.viewportSize();
  assert.ok(map.y + map.height >= viewport.height - 1, `the map ends at ${map.y + map.height} px in a ${viewport.height} px frame`);
}, { contextOptions: { viewport: { width: 400, height: 300 } } });

test('playback 2020–2023 at 4×: the years advance, the counts change, it stops at 2023', async ({ page, open }) => {
  await open('/?lang=en&from=2020&to=2023');
  const full = await headerCounts(page);
  await page.getByLabel('Speed').selectOption('4');
  // Record every status and counts text the page shows, however fast it goes.
  await page.evaluate(() => {
    const seen = (window.__playSeen = { status: [], counts: [] });
    const record = () => {
      const s = document.querySelector('.timeline__status')?.textContent ?? null;
      const c = document.querySelector('header.app-header p.counts')?.textContent ?? null;
      if (s !== null && seen.status.at(-1) !== s) seen.status.push(s);
      if (c !== null && seen.counts.at(-1) !== c) seen.counts.push(c);
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const play = page.locator('.timeline__button--primary');
  assert.match(await play.innerText(), /Play/);
  await play.click();
  await page.waitForFunction(() => /Pause/.test(document.querySelector('.timeline__button--primary')?.textContent ?? ''), null, { timeout: 2_000 })
    .catch(() => { /* at 4× it may already be over */ });
  // 4 steps of 250 ms; allow SwiftShader plenty.
  await page.waitForFunction(
    () => /Play/.test(document.querySelector('.timeline__button--primary')?.textContent ?? '') &&
      /2023/.test(document.querySelector('.timeline__status')?.textContent ?? ''),
    null,
    { timeout: 15_000 },
  );
  const seen = await page.evaluate(() => window.__playSeen);
  const years = seen.status.map((s) => Number(s.match(/Playback: 2020–(\d{4})/)?.[1]));
  assert.ok(years.every(Number.isFinite), `status texts: ${JSON.stringify(seen.status)}`);
  assert.deepEqual(years, [...years].sort((a, b) => a - b), `playback years should only advance: ${years}`);
  assert.ok(years.length >= 3 && years.at(-1) === 2023, `playback should step through the years to 2023: ${years}`);
  assert.ok(new Set(seen.counts).size >= 2, `the header counts should change during playback: ${JSON.stringify(seen.counts)}`);
  assert.equal((await headerCounts(page)).text, full.text, 'at the end the counts are those of the whole range');
  assert.match(await page.locator('.timeline__status').innerText(), /Playback: 2020–2023/);
  assert.deepEqual(await yearInputs(page), { from: '2020', to: '2023' });
  assert.equal(relativeUrl(page), '/?lang=en&from=2020&to=2023', 'playback leaves the URL alone');
}, { contextOptions: SMALL });

// ---- hostile input in search and share (#14) ----

const PWNED_WATCH = () => {
  window.__pwned = false;
  window.alert = () => { window.__pwned = true; };
};

/** The search field's results: their names (empty when the list is closed or has none). */
async function searchResults(page, query) {
  const box = page.locator('input[role="combobox"]');
  await box.fill(query);
  // The list opens (or stays closed for no match) after the input is handled: give it a frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const listId = await box.getAttribute('aria-controls');
  if (!listId || (await box.getAttribute('aria-expanded')) !== 'true') return [];
  return page.locator(`[id="${listId}"] [role="option"] .search__name`).allInnerTexts();
}

/** Nothing from the inputs became markup, and nothing ran. */
async function assertNothingInjected(page, label) {
  const found = await page.evaluate(() => ({
    pwned: window.__pwned,
    imgs: document.querySelectorAll('img[src="x"], img[onerror]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src && /alert|pwned/.test(s.textContent)).length,
    marks: document.querySelectorAll('b#hostile, [data-hostile]').length,
  }));
  assert.deepEqual(found, { pwned: false, imgs: 0, scripts: 0, marks: 0 }, `${label}: markup injected or run`);
}

test('hostile search input: 10,000 characters, markup, emoji and mixed scripts (Алматы 北京 😀) are harmless; the search still works', async ({ page, open }) => {
  await page.addInitScript(PWNED_WATCH);
  await open('/?lang=en');
  const box = page.locator('input[role="combobox"]');
  await box.waitFor({ state: 'visible', timeout: 15_000 });
  for (const query of [
    'x'.repeat(10_000),
    'Алматы '.repeat(1_500).slice(0, 10_000),
    '<img src=x onerror="alert(1)"><b id=hostile data-hostile>bold</b>',
    '"><script>alert(1)</script>',
    'Алматы 北京 😀',
    '😀😀😀',
    '\u202e\u0000\ud800 Астана',
  ]) {
    const label = `query ${JSON.stringify(query.slice(0, 40))}${query.length > 40 ? `… (${query.length} characters)` : ''}`;
    const names = await searchResults(page, query);
    assert.ok(Array.isArray(names) && names.every((n) => typeof n === 'string' && n.length > 0 && n.length < 200), `${label}: results are plain names: ${JSON.stringify(names.slice(0, 5))}`);
    assert.ok(!names.some((n) => n.includes('<')), `${label}: no markup in the results`);
    await assertNothingInjected(page, label);
    assert.equal(new URL(page.url()).searchParams.has('sel'), false, `${label}: typing selects nothing`);
  }
  // Mixed scripts: the Cyrillic word still finds its city.
  const mixed = await searchResults(page, 'Алматы 北京 😀');
  assert.ok(mixed.length === 0 || mixed.every((n) => n.length > 0), 'mixed-script query: a well-formed list or none');
  const names = await searchResults(page, 'Алматы');
  assert.ok(names.includes('Almaty'), `after all that the search still works: ${JSON.stringify(names.slice(0, 5))}`);
  await page.keyboard.press('Escape');
}, { contextOptions: SMALL });

test('hostile sel= and #map= (markup, very long, unicode): dropped with a notice, and the Share link and embed code stay well-formed', async ({ page, open }) => {
  await page.addInitScript(PWNED_WATCH);
  await open('about:blank', { waitFor: 'none' });
  const cases = [
    { sel: '<img src=x onerror=alert(1)>', map: '<script>alert(1)</script>' },
    { sel: '"><b id=hostile>x</b>', map: `5/30/${'9'.repeat(5_000)}` },
    { sel: '北京😀\u202e', map: '5/30/100😀' },
    { sel: 'a'.repeat(9_000), map: '"onmouseover="alert(1)' },
  ];
  for (const [i, c] of cases.entries()) {
    const label = `case ${i + 1} (sel=${JSON.stringify(c.sel.slice(0, 30))})`;
    await page.goto('about:blank');
    await page.goto(`/?lang=en&from=2010&sel=${encodeURIComponent(c.sel)}#map=${encodeURIComponent(c.map)}`);
    await page.waitForSelector('#map[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
    await urlNotice(page).waitFor({ state: 'visible', timeout: 10_000 });
    const items = await waitForNoticeItems(page, ['#map', 'sel']);
    assert.deepEqual(items.map((it) => it.param).sort(), ['#map', 'sel'], `${label}: both values are reported: ${JSON.stringify(items)}`);
    for (const it of items) assert.ok(it.raw.length <= 40, `${label}: the raw value is shown shortened (${it.raw.length} characters)`);
    await waitForUrl(page, (u) => u.search === '?lang=en&from=2010' && u.hash === '', { message: `${label}: the URL is rewritten without them` });
    await assertNothingInjected(page, label);
    assert.equal(await page.locator('#details').count(), 0, `${label}: nothing selected`);

    // The Share link is the canonical address; the embed code is one well-formed iframe of it.
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await page.getByLabel('Link to this view').inputValue();
    assert.equal(link, page.url(), `${label}: the Share link is the page's address`);
    const parsed = new URL(link);
    assert.equal(parsed.search, '?lang=en&from=2010', `${label}: the Share link carries nothing hostile`);
    const embed = await page.getByLabel('Embed code').inputValue();
    const m = /^<iframe src="([^"<>]*)" title="([^"<>]*)" width="100%" height="\d+" style="border:0" loading="lazy"><\/iframe>$/.exec(embed);
    assert.ok(m, `${label}: the embed code is one well-formed iframe: ${embed.slice(0, 200)}`);
    const src = new URL(m[1].replaceAll('&amp;', '&'));
    assert.equal(src.searchParams.get('embed'), '1', `${label}: the iframe shows the embed view`);
    src.searchParams.delete('embed');
    assert.equal(src.href.replace(/\?$/, ''), link, `${label}: the iframe shows the shared view`);
    await page.keyboard.press('Escape');
    await assertNothingInjected(page, `${label} (share)`);
  }
}, { contextOptions: SMALL });
