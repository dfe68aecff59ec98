// Issue #5: the URL is the state. Crafted and shared URLs restore the view, UI changes write the URL
// (replace, throttled; selection pushes), Back/Forward move the selection, bad values are reported
// and dropped, embed mode, playback.
// Run with: npm run test:browser -- test/browser/url.browser.mjs
import assert from 'node:assert/strict';
import { test, openApp, isCanvasDrawn, collectProblems } from './harness.mjs';
import {
  EVENT_TYPES,
  LEGEND_LAYER_ORDER,
  SMALL_CONTEXT,
  detailsTitle,
  headerCounts,
  historyLength,
  historyLog,
  installInteractionScript,
  legendSwitches,
  noticeItems,
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
  await waitForUrl(page, (u) => u.searchParams.get('layers') === 'districts,partnerships,flights,missions', { message: 'layers without trade' });

  assert.equal(
    relativeUrl(page),
    `/?lang=en&from=2015&types=${EVENT_TYPES.filter((t) => t !== 'visit').join(',')}&layers=districts,partnerships,flights,missions`,
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
  assert.equal(url.searchParams.get('layers'), 'districts,partnerships,flights,missions');
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
 * in-page navigation) and checks: the notice names the parameter and its raw value, the map still
 * comes to idle and draws, the URL is rewritten to `c.canonical`; then the notice is dismissed and
 * stays dismissed through later URL writes.
 */
async function checkBadUrl(page, c) {
  const label = `[${c.name}]`;
  await page.goto('about:blank');
  await page.goto(c.url);
  await page.waitForSelector('#map[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
  const notice = urlNotice(page);
  await notice.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
    throw new Error(`${label} no URL notice (role=status) for ${c.url.slice(0, 120)}`);
  });
  const items = await noticeItems(page);
  const item = items.find((i) => i.param === c.param);
  assert.ok(item, `${label} the notice should name "${c.param}": ${JSON.stringify(items)}`);
  if (typeof c.raw === 'string') assert.equal(item.raw, c.raw, `${label} the notice should show the raw value`);
  else c.raw(item.raw, label);
  if (c.reason) assert.match(item.text, c.reason, `${label} reason`);
  assert.equal(items.length, 1, `${label} only the bad value is reported: ${JSON.stringify(items)}`);
  await waitForUrl(page, (u) => u.pathname + u.search + u.hash === c.canonical, { message: `${label} canonical URL ${c.canonical}` });
  const drawn = await isCanvasDrawn(page);
  assert.ok(drawn.drawn, `${label} the map should still draw: ${JSON.stringify(drawn)}`);
  if (c.check) await c.check(page, label);

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

const yearsEqual = (from, to) => async (page, label) => assert.deepEqual(await yearInputs(page), { from, to }, `${label} year inputs`);

test('bad years: from=abc, to before from, years outside the data', async ({ page, open }) => {
  await open('/?lang=en'); // warm up the page (and its error tracking) once
  const cases = [
    { name: 'from=abc', url: '/?lang=en&from=abc&to=2020', param: 'from', raw: 'abc', reason: /not a four-digit year/, canonical: '/?lang=en&to=2020', check: yearsEqual('1991', '2020') },
    { name: 'to<from', url: '/?lang=en&from=2024&to=2020', param: 'to', raw: '2020', canonical: '/?lang=en&from=2024', check: yearsEqual('2024', '2026') },
    { name: 'from=1900', url: '/?lang=en&from=1900&to=2020', param: 'from', raw: '1900', canonical: '/?lang=en&to=2020', check: yearsEqual('1991', '2020') },
    { name: 'to=2999', url: '/?lang=en&from=2000&to=2999', param: 'to', raw: '2999', canonical: '/?lang=en&from=2000', check: yearsEqual('2000', '2026') },
  ];
  for (const c of cases) await checkBadUrl(page, c);
}, { contextOptions: SMALL });

test('bad lists, ids, camera and language: types, layers, sel, #map, lang', async ({ page, open }) => {
  await open('/?lang=en');
  const cases = [
    {
      name: 'types=flight,bogus', url: '/?lang=en&types=flight,bogus', param: 'types', raw: 'bogus', canonical: '/?lang=en&types=flight',
      check: async (p, label) => assert.deepEqual(await typeChecks(p), onlyTypes('flight'), `${label} only Flights checked`),
    },
    {
      name: 'layers=flights,nope', url: '/?lang=en&layers=flights,nope', param: 'layers', raw: 'nope', canonical: '/?lang=en&layers=flights',
      check: async (p, label) => assert.deepEqual(await switchStates(p), onlyLayers('flights'), `${label} only the Flights switch on`),
    },
    {
      name: 'sel=XX-99', url: '/?lang=en&sel=XX-99&to=2020', param: 'sel', raw: 'XX-99', canonical: '/?lang=en&to=2020',
      check: async (p, label) => assert.equal(await p.locator('#details').count(), 0, `${label} nothing selected`),
    },
    { name: '#map=abc', url: '/?lang=en&to=2020#map=abc', param: '#map', raw: 'abc', canonical: '/?lang=en&to=2020' },
    { name: '#map=5/100/0', url: '/?lang=en&to=2020#map=5/100/0', param: '#map', raw: '5/100/0', canonical: '/?lang=en&to=2020' },
    {
      name: 'lang=xx', url: '/?lang=xx&to=2020', param: 'lang', raw: 'xx', reason: /unknown language/, canonical: '/?to=2020',
      check: async (p, label) => assert.equal(await p.evaluate(() => document.documentElement.lang), 'en', `${label} falls back to the browser language`),
    },
  ];
  for (const c of cases) await checkBadUrl(page, c);
}, { contextOptions: SMALL });

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
  await open('/?lang=en');
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
  });
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

test('embed=1: no side panel and no timeline, the map still renders', async ({ page, open }) => {
  await open('/?lang=en&embed=1');
  assert.equal(await page.locator('.app.app--embed').count(), 1, 'the app is in embed mode');
  assert.equal(await page.locator('.side').count(), 0, 'no side panel');
  assert.equal(await page.locator('#details, section.legend, fieldset.type-filter, section.lists').count(), 0, 'no panels');
  assert.equal(await page.locator('.timeline, .timeline-slot').count(), 0, 'no timeline');
  const drawn = await isCanvasDrawn(page);
  assert.ok(drawn.drawn, `the map should render in embed mode: ${JSON.stringify(drawn)}`);
  const box = await page.locator('#map canvas.maplibregl-canvas').boundingBox();
  assert.ok(box.width >= SMALL.viewport.width - 2, `without the side panel the map should take the full width (${box.width} px)`);
  assert.equal(relativeUrl(page), '/?lang=en&embed=1', 'embed stays in the URL');
}, { contextOptions: SMALL });

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
