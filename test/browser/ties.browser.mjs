// Issue #4: ties on the map and in the panels: consular districts as of a date, link details,
// selection from the lists and from details, layer switches, and counts that agree.
// Run with: npm run test:browser -- test/browser/ties.browser.mjs
import assert from 'node:assert/strict';
import { test } from './harness.mjs';
import {
  afterNextIdle,
  canvasImage,
  colourDistance,
  detailsTitle,
  differingPixels,
  headerCounts,
  installInteractionScript,
  layersWithout,
  listTabCounts,
  readData,
  patchColour,
  showListTabByKeyboard,
  waitForMapSettled,
  SMALL_CONTEXT,
  waitForUrl,
  MAP_TEST_SCRIPT,
} from './helpers.mjs';

const GUANGDONG_CAMERA = '#map=6.00/23.40/113.50';
const GUANGZHOU_MISSION = 'Consulate General of Kazakhstan in Guangzhou';
const FLIGHT_ID = 'fl-can-ala-cz';
const FLIGHT_NAME = 'Guangzhou – Almaty (China Southern)';

const selOf = (page) => new URL(page.url()).searchParams.get('sel');
const districtSection = (page) => page.locator('#details section[aria-labelledby="region-district"]');

async function assertGuangdongServedByGuangzhou(page) {
  assert.match(await detailsTitle(page, /Guangdong/), /^Guangdong$/);
  // v2: a served region's district is its first key fact (the "Consular district" section is
  // only for regions whose serving mission is not published).
  const district = page.locator('#details .key-facts .serving');
  await district.waitFor({ state: 'visible' });
  assert.match(await district.innerText(), /^Consular district: /);
  const mission = district.getByRole('button', { name: GUANGZHOU_MISSION, exact: true });
  assert.equal(await mission.count(), 1, `the district line should link to "${GUANGZHOU_MISSION}": ${await district.innerText()}`);
  assert.match(await district.innerText(), /since 16 January 2026/, 'the serving mission should carry its "since" date');
  assert.ok((await district.locator('a.cite__marker').count()) >= 1, 'the district line should carry its source marker');
  assert.equal(await districtSection(page).count(), 0, 'no "not published" section for a served region');
}

test('Guangdong by URL (?sel=CN-GD): served by the Guangzhou consulate general since 16 January 2026', async ({ page, open }) => {
  await open(`/?lang=en&sel=CN-GD`);
  await assertGuangdongServedByGuangzhou(page);
}, { contextOptions: SMALL_CONTEXT });

test('Guangdong by clicking the map centre: same details, sel=CN-GD in the URL', async ({ page, open }) => {
  await open(`/?lang=en${GUANGDONG_CAMERA}`);
  await waitForMapSettled(page);
  const box = await page.locator('#map canvas.maplibregl-canvas').boundingBox();
  assert.ok(box, 'map canvas has no bounding box');
  // The camera centre (23.40 N, 113.50 E) is inside Guangdong and is the canvas centre.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await assertGuangdongServedByGuangzhou(page);
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'CN-GD', { message: 'sel=CN-GD after the click' });
}, { contextOptions: SMALL_CONTEXT });

test('Guangdong with ?to=2025: districts as of the end of 2025, so the district is not published', async ({ page, open }) => {
  await open('/?lang=en&to=2025&sel=CN-GD');
  assert.match(await detailsTitle(page, /Guangdong/), /^Guangdong$/);
  const district = districtSection(page);
  await district.waitFor({ state: 'visible' });
  const text = await district.innerText();
  assert.match(text, /The mission serving this region is not published\./, `district section: ${text}`);
  assert.doesNotMatch(text, /Guangzhou/, 'the Guangzhou consulate (opened 2026) must not serve Guangdong at the end of 2025');
  assert.doesNotMatch(text, /16 January 2026/);
}, { contextOptions: SMALL_CONTEXT });

test('the district colour is drawn: Guangdong’s pixels differ between ?to=2025 and the default view', async ({ page, open }) => {
  await installInteractionScript(page);
  await open(`/?lang=en${GUANGDONG_CAMERA}`);
  const now = await canvasImage(page);
  await page.goto(`/?lang=en&to=2025${GUANGDONG_CAMERA}`);
  await page.waitForSelector('#map[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
  assert.equal(new URL(page.url()).searchParams.get('to'), '2025', 'the ?to=2025 view should keep to=2025 in its URL');
  const in2025 = await canvasImage(page);
  assert.equal(now.width, in2025.width, 'both views should have the same canvas width');
  const cx = Math.floor(now.width / 2);
  const cy = Math.floor(now.height / 2);
  const a = patchColour(now, cx, cy);
  const b = patchColour(in2025, cx, cy);
  // Default (2026): Guangdong is filled with the Guangzhou consulate's district colour; end of
  // 2025: no district (unpublished hatch). The pixel under the camera centre must change.
  assert.ok(colourDistance(a, b) >= 12, `Guangdong looks the same with and without its 2026 district: default rgb(${a}) vs to=2025 rgb(${b})`);
}, { contextOptions: SMALL_CONTEXT });

test('flight link details (?sel=fl-can-ala-cz): carrier, weekly frequency in the status history and its chart, external sources', async ({ page, open, server }) => {
  const record = readData(server.root, 'links.json').links.find((l) => l.id === FLIGHT_ID);
  assert.ok(record, `${FLIGHT_ID} should be in links.json`);
  await open(`/?lang=en&sel=${FLIGHT_ID}`);
  assert.equal(await detailsTitle(page, /Guangzhou/), FLIGHT_NAME);
  const details = page.locator('#details');
  const facts = details.locator('dl.facts');
  const factText = await facts.innerText();
  assert.match(factText, /Carrier\s+China Southern Airlines/, `carrier missing from the facts: ${factText}`);
  // v2: the weekly frequency is part of each operating step of the status history.
  const steps = (await details.locator('section[aria-labelledby="details-status"] li.status-list__step').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
  assert.equal(steps.length, record.status.length, `one line per status step: ${JSON.stringify(steps)}`);
  record.status.forEach((step, i) => {
    assert.match(steps[i], new RegExp(`^${step.status === 'operating' ? 'Operating' : '\\w+'} from `), `step ${i}: ${steps[i]}`);
    if (step.perWeek !== undefined) assert.match(steps[i], new RegExp(` · ${step.perWeek} a week`), `step ${i} should say ${step.perWeek} a week: ${steps[i]}`);
  });
  assert.ok(steps.some((s) => /^Operating from January 2026 · 5 a week/.test(s)), `"Operating from January 2026 · 5 a week": ${JSON.stringify(steps)}`);
  assert.ok(steps.some((s) => /^Operating from June 2025 · 3 a week/.test(s)), `"Operating from June 2025 · 3 a week": ${JSON.stringify(steps)}`);
  // And as a chart whose table lists the same frequencies.
  const chart = details.locator('figure.chart').filter({ hasText: 'Flights a week over time' });
  assert.equal(await chart.count(), 1, 'a "Flights a week over time" chart');
  await chart.getByRole('button', { name: 'Show the figures as a table' }).click();
  const values = (await chart.locator('table.chart__table tbody tr td:first-of-type').allInnerTexts()).map((v) => Number(v.trim().split(/\s/)[0]));
  const perWeek = record.status.filter((st) => st.perWeek !== undefined).map((st) => st.perWeek);
  assert.deepEqual(values.filter((v) => v > 0), perWeek, 'the table lists the published frequencies in order');

  const sources = details.locator('section.sources a');
  const n = await sources.count();
  assert.equal(n, record.sources.length, 'the numbered list has every source of the flight');
  for (let i = 0; i < n; i++) {
    const a = sources.nth(i);
    const href = await a.getAttribute('href');
    assert.match(href ?? '', /^https?:\/\//, `source link ${i} should be http(s): ${href}`);
    assert.equal(await a.getAttribute('target'), '_blank', `source link ${i} should open in a new tab`);
    assert.match((await a.getAttribute('rel')) ?? '', /noopener/, `source link ${i} should carry rel=noopener`);
  }
}, { contextOptions: SMALL_CONTEXT });

test('uncertain ties and missions carry a question mark on the map, certain ones none, and the lines are not paler for it', async ({ page, open, server }) => {
  const links = readData(server.root, 'links.json').links;
  const uncertain = new Set(links.filter((l) => l.certainty === 'uncertain').map((l) => l.id));
  assert.ok(uncertain.size > 0 && uncertain.size < links.length, 'the data should have both certain and uncertain ties');
  await page.addInitScript(MAP_TEST_SCRIPT);
  // Zoomed in past the bundles, over Almaty and Urumqi, where ties of both kinds cross the frame.
  await open('/?lang=en#map=6.00/43.50/80.00');
  await waitForMapSettled(page);
  const rendered = await page.evaluate(() => {
    // Placed is not seen: a mark counts only while its tie is visible (at this zoom no tie is bundled).
    const seen = (f) => window.__atlasMap.getFeatureState({ source: 'link-marks', id: f.id }).visible === true;
    const marks = window.__atlasMap.queryRenderedFeatures({ layers: ['link-marks'] }).filter(seen);
    const lines = window.__atlasMap.queryRenderedFeatures().filter((f) => f.source === 'links');
    const missionMarks = window.__atlasMap.queryRenderedFeatures({ layers: ['mission-marks'] });
    return {
      marked: [...new Set(marks.filter((f) => f.properties.icon === 'uncertain').map((f) => f.properties.id))],
      lines: [...new Set(lines.map((f) => f.properties.id))],
      markedMissions: [...new Set(missionMarks.map((f) => f.properties.mission))],
      missions: [...new Set(window.__atlasMap.queryRenderedFeatures({ layers: ['missions'] }).map((f) => f.properties.mission))],
    };
  });
  // Missions too: Urumqi's passport and visa office (its status is uncertain) is in this frame.
  const missions = readData(server.root, 'missions.json').missions;
  const uncertainMissions = new Set(missions.filter((m) => m.certainty === 'uncertain').map((m) => m.id));
  assert.ok(rendered.missions.some((id) => uncertainMissions.has(id)), `an uncertain mission should be in this frame: ${rendered.missions}`);
  assert.deepEqual(rendered.markedMissions.sort(), rendered.missions.filter((id) => uncertainMissions.has(id)).sort(), 'exactly the uncertain missions carry a question mark');
  const certainLines = rendered.lines.filter((id) => !uncertain.has(id));
  assert.ok(certainLines.length > 0, `certain ties should cross this frame: ${rendered.lines.join(', ')}`);
  assert.ok(rendered.marked.length > 0, 'some uncertain tie in this frame should carry its question mark');
  assert.deepEqual(rendered.marked.filter((id) => !uncertain.has(id)), [], 'only uncertain ties carry a question mark');
  // Line opacity no longer depends on certainty: certain and uncertain operating ties look alike but for the mark.
  const opacity = await page.evaluate(() => JSON.stringify(window.__atlasMap.getPaintProperty('links-flight', 'line-opacity')));
  assert.doesNotMatch(opacity, /uncertain/, 'line opacity should not read the tie’s certainty');
  const legend = page.getByRole('region', { name: 'Legend' });
  await legend.getByText(/^Question mark: not fully confirmed/).waitFor({ state: 'visible' });
});

test('Lists panel → Links tab → keyboard to the flight, Enter: selection moves to fl-can-ala-cz', async ({ page, open }) => {
  await open('/?lang=en');
  const lists = page.locator('section.lists');
  // Keyboard only (the tabs pattern and the listbox's roving tab stop); the pointer path is the next test.
  const listbox = await showListTabByKeyboard(page, 'Links');
  assert.equal(await listbox.getAttribute('aria-label'), 'Links');
  const names = await listbox.locator('[role="option"] .lists__name').allInnerTexts();
  const target = names.indexOf(FLIGHT_NAME);
  assert.ok(target >= 0, `"${FLIGHT_NAME}" should be in the Links list`);
  await listbox.locator('[role="option"][tabindex="0"]').focus();
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => document.activeElement?.querySelector('.lists__name')?.textContent);
  assert.equal(focused, FLIGHT_NAME, 'ArrowDown should have moved focus to the flight row');
  assert.equal(selOf(page), null, 'moving through the list must not select yet');
  await page.keyboard.press('Enter');
  await waitForUrl(page, (u) => u.searchParams.get('sel') === FLIGHT_ID, { message: `sel=${FLIGHT_ID} after Enter` });
  assert.equal(await detailsTitle(page, /Guangzhou/), FLIGHT_NAME);
  const selectedRow = lists.locator('[role="option"][aria-selected="true"]');
  assert.equal(await selectedRow.count(), 1, 'exactly one row should be marked selected');
  assert.equal(await selectedRow.locator('.lists__name').innerText(), FLIGHT_NAME);
}, { contextOptions: SMALL_CONTEXT });

test('Lists panel at 1280×800: its tabs and rows are visible and take pointer clicks', async ({ page, open }) => {
  await open('/?lang=en');
  const lists = page.locator('section.lists');
  const linksTab = lists.getByRole('tab', { name: /^Links/ });
  await linksTab.scrollIntoViewIfNeeded();
  // What a mouse user gets: the element actually under the tab's centre, and the listbox's size.
  const layout = await page.evaluate(() => {
    const tab = [...document.querySelectorAll('section.lists [role="tab"]')][2];
    const b = tab.getBoundingClientRect();
    const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
    const box = document.querySelector('section.lists [role="listbox"]')?.getBoundingClientRect();
    const section = document.querySelector('section.lists').getBoundingClientRect();
    return {
      tabHit: Boolean(hit && tab.contains(hit)),
      hitClass: hit?.className ?? null,
      listboxHeight: box ? Math.round(box.height) : null,
      sectionHeight: Math.round(section.height),
    };
  });
  assert.ok(layout.tabHit, `the Links tab is covered by another element (".${layout.hitClass}") — the Lists panel is squeezed to ${layout.sectionHeight} px and its content overflows onto itself`);
  assert.ok(layout.listboxHeight >= 100, `the Regions listbox should show rows; it is ${layout.listboxHeight} px tall`);
  await linksTab.click({ timeout: 5_000 });
  const row = lists.locator('[role="option"]').filter({ hasText: FLIGHT_NAME });
  await row.scrollIntoViewIfNeeded();
  await row.click({ timeout: 5_000 });
  await waitForUrl(page, (u) => u.searchParams.get('sel') === FLIGHT_ID, { message: `sel=${FLIGHT_ID} after clicking the row` });
  assert.equal(await detailsTitle(page, /Guangzhou/), FLIGHT_NAME);
});

test('legend "Flights" switch: off hides flights (URL, counts, aria-checked, canvas), on restores them', async ({ page, open }) => {
  await installInteractionScript(page);
  // A camera over Almaty, Urumqi and the routes between them: flight lines cross this frame.
  const camera = '#map=4.00/42.00/82.00';
  await open(`/?lang=en${camera}`);
  const flightsOn = page.getByRole('switch', { name: /^Flights/, checked: true });
  await flightsOn.waitFor({ state: 'visible' });
  const label = await flightsOn.evaluate((el) => el.closest('label').textContent);
  const flightCount = Number(label.match(/\((\d+)\)/)?.[1]);
  assert.ok(flightCount > 0, `the Flights switch should show its count: ${JSON.stringify(label)}`);
  const before = await headerCounts(page);
  // Default 1280×800 viewport: the header stays on one line whatever the counts, so the canvas keeps its size.
  const shotBefore = await canvasImage(page);

  await afterNextIdle(page, () => flightsOn.click());
  const off = page.getByRole('switch', { name: /^Flights/ });
  assert.equal(await off.isChecked(), false, 'the Flights switch should be unchecked (aria-checked=false) after the click');
  await waitForUrl(page, (u) => u.searchParams.get('layers') === layersWithout('flights'), {
    message: `layers=${layersWithout('flights')}`,
  });
  assert.equal(new URL(page.url()).hash, camera, 'the camera should stay in the hash');
  const during = await headerCounts(page);
  assert.equal(during.links, before.links - flightCount, `header links should drop by the ${flightCount} flights: ${before.text} → ${during.text}`);
  assert.equal(during.missions, before.missions, 'missions are not flights');
  const shotOff = await canvasImage(page);
  const changed = differingPixels(shotBefore, shotOff);
  assert.ok(changed > 200, `the canvas should change when flights are hidden (${changed} pixels differ)`);

  await afterNextIdle(page, () => off.click());
  assert.equal(await page.getByRole('switch', { name: /^Flights/ }).isChecked(), true, 'the switch should be back on');
  await waitForUrl(page, (u) => !u.searchParams.has('layers'), { message: 'no layers= once every layer is on again' });
  const after = await headerCounts(page);
  assert.deepEqual(after, before, 'the header counts should be restored');
  const shotOn = await canvasImage(page);
  const back = differingPixels(shotBefore, shotOn);
  assert.ok(back < changed / 4, `the canvas should look as before once flights are back (${back} pixels differ, ${changed} when off)`);
});

test('region details: partner region and related event links move the selection', async ({ page, open }) => {
  await open('/?lang=en&sel=CN-GD');
  await detailsTitle(page, /Guangdong/);
  // Links → Flights: the route to Almaty; its partner endpoint is a link to the region.
  const links = page.locator('#details section[aria-labelledby="region-links"]');
  const partner = links.locator('li').filter({ hasText: FLIGHT_NAME }).locator('button.entity-link').first();
  const partnerName = (await partner.innerText()).trim();
  assert.equal(partnerName, 'Almaty');
  await partner.click();
  await detailsTitle(page, /^Almaty$/);
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'KZ-75', { message: 'sel=KZ-75 after the partner link' });

  await page.goto('/?lang=en&sel=CN-GD');
  await page.waitForSelector('#map[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
  await detailsTitle(page, /Guangdong/);
  const events = page.locator('#details section[aria-labelledby="region-events"]');
  const event = events.getByRole('button', { name: 'Kazakh consulate general opens in Guangzhou' });
  await event.click();
  await detailsTitle(page, /Kazakh consulate general opens in Guangzhou/);
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'ev-kz-cg-guangzhou-open', { message: 'sel=ev-kz-cg-guangzhou-open after the event link' });

  // And from the event, its mission link.
  await page.locator('#details').getByRole('button', { name: GUANGZHOU_MISSION }).first().click();
  await detailsTitle(page, new RegExp(GUANGZHOU_MISSION));
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'kz-cg-guangzhou', { message: 'sel=kz-cg-guangzhou after the mission link' });
}, { contextOptions: SMALL_CONTEXT });

test('header counts match the Lists panel tab counts (default view and a filtered one)', async ({ page, open }) => {
  await installInteractionScript(page);
  await open('/?lang=en');
  const check = async (what) => {
    const header = await headerCounts(page);
    const tabs = await listTabCounts(page);
    assert.equal(tabs.links, header.links, `${what}: Links tab vs header (${header.text})`);
    assert.equal(tabs.missions, header.missions, `${what}: Missions tab vs header (${header.text})`);
    assert.equal(tabs.events, header.events, `${what}: Events tab vs header (${header.text})`);
    const rows = {};
    for (const tab of ['Missions', 'Links', 'Events']) {
      const listbox = await showListTabByKeyboard(page, tab);
      rows[tab] = (await listbox.count()) ? await listbox.locator('[role="option"]').count() : 0;
    }
    assert.deepEqual(rows, { Missions: header.missions, Links: header.links, Events: header.events }, `${what}: rows listed vs header (${header.text})`);
    await showListTabByKeyboard(page, 'Regions');
    return header;
  };
  const all = await check('default view');
  // Narrow the view through the UI: only flight events, 2019–2022.
  await page.getByRole('button', { name: 'None', exact: true }).click();
  await page.getByRole('checkbox', { name: /^Flights — / }).check();
  const from = page.locator('.timeline input.timeline__year').first();
  await from.fill('2019');
  await from.press('Enter');
  const to = page.locator('.timeline input.timeline__year').nth(1);
  await to.fill('2022');
  await to.press('Enter');
  await waitForUrl(page, (u) => u.searchParams.get('from') === '2019' && u.searchParams.get('to') === '2022' && u.searchParams.get('types') === 'flight', {
    message: 'from=2019&to=2022&types=flight',
  });
  const filtered = await check('2019–2022, flight events only');
  assert.ok(filtered.events < all.events && filtered.links < all.links, `filters should reduce the counts: ${all.text} → ${filtered.text}`);
}, { contextOptions: SMALL_CONTEXT });

test('region outlines and labels follow the end of the range: one point is Ulytau today, Karagandy Region before 2022', async ({ page, open }) => {
  // Zhezkazgan, Ulytau's centre, at the canvas centre; only districts drawn, so no arc is hit.
  await page.addInitScript(MAP_TEST_SCRIPT);
  await open('/?lang=en&layers=districts#map=6.00/47.80/67.70');
  const clickCentre = async () => {
    await waitForMapSettled(page);
    const box = await page.locator('#map canvas.maplibregl-canvas').boundingBox();
    assert.ok(box, 'map canvas has no bounding box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  };
  await clickCentre();
  assert.equal(await detailsTitle(page, /Ulytau/), 'Ulytau Region');
  // The reformed regions' labels are those of the day's outlines, placed (not pushed out by a
  // label of another day): Ulytau's is seen only from 2022.
  const labelsBecome = async (ulytau, message) => {
    const shown = () =>
      page.evaluate(() => {
        const map = window.__atlasMap;
        const layers = map.getStyle().layers.filter((l) => l.source === 'region-labels-epoch').map((l) => l.id);
        const placed = map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.vid));
        return [...new Set(placed)].filter((vid) => map.getFeatureState({ source: 'region-labels-epoch', id: vid }).shown).sort();
      });
    for (let i = 0; i < 40; i++) {
      const vids = await shown();
      if (vids.some((v) => v.startsWith('KZ-35')) && vids.some((v) => v.startsWith('KZ-62')) === ulytau) return;
      await page.waitForTimeout(250);
    }
    assert.fail(`${message}; labels seen: ${JSON.stringify(await shown())}`);
  };
  await labelsBecome(true, 'today Ulytau and Karagandy Region are both labelled');

  // Typed into the timeline: the map switches outlines in place (the 2022 reform lies between).
  await page.keyboard.press('Escape');
  const to = page.getByRole('spinbutton', { name: 'To', exact: true });
  await to.fill('2020');
  await to.press('Enter');
  await waitForUrl(page, (u) => u.searchParams.get('to') === '2020', { message: 'to=2020 after typing it' });
  await clickCentre();
  assert.equal(await detailsTitle(page, /Karagandy/), 'Karagandy Region', 'before 2022-06-08 Ulytau was part of Karagandy Region');
  await labelsBecome(false, 'in 2020 only the old Karagandy Region is labelled');
}, { contextOptions: SMALL_CONTEXT });
