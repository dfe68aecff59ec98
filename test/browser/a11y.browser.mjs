// Issue #6: accessibility — axe-core on the main views and languages, keyboard-only use,
// visible focus, the phone layout (no sideways scrolling, a usable map, 44 px targets, the compact
// header's menu), the tablet's side panel and translated documents; #12: the About dialog. (axe on
// a focused selection, an open chart table and the shaded map runs in focus.browser.mjs, beside
// those features' checks.)
// Run with: npm run test:browser -- --no-build test/browser/a11y.browser.mjs
import assert from 'node:assert/strict';
import { assertAxeClean, formatViolations, seriousViolations } from './axe.mjs';
import { test } from './harness.mjs';
import { MAP_TEST_SCRIPT, canvasImage, colourDistance, labelsAtMapEdges, missionHostRegions, patchColour, projectPoints, readData, unitIdsOf, unplacedLabels, waitForMapSettled } from './helpers.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true };
const DESKTOP = { width: 1280, height: 800 };
const EN_TITLE = 'Kazakhstan–China Regional Atlas';
const LANGS = ['en', 'ru', 'kk', 'zh'];
const SCRIPT_OF = { en: /\p{Script=Latin}/u, ru: /\p{Script=Cyrillic}/u, kk: /\p{Script=Cyrillic}/u, zh: /\p{Script=Han}/u };

// ---------------------------------------------------------------------------------------
// helpers

/** A short description of document.activeElement, for messages. */
const describeActive = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '(none)';
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> "${name}"`;
  });

/** Presses `key` until `predicate(document.activeElement)` (run in the page) holds; returns the presses. */
async function pressUntil(page, key, predicate, { max = 80, what = 'the target' } = {}) {
  const seen = [];
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate(predicate)) return i;
    if (seen.length < 200) seen.push(await describeActive(page));
  }
  assert.fail(`${key} × ${max} never reached ${what}; focus went through:\n    ${seen.join('\n    ')}`);
}

const nextFrames = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/** The widest layout overflow and the elements sticking out past the viewport's right edge. */
async function horizontalOverflow(page) {
  await nextFrames(page);
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const sticking = [];
    for (const el of document.querySelectorAll('body *')) {
      const b = el.getBoundingClientRect();
      if (b.width > 0 && b.right > vw + 0.5 && getComputedStyle(el).visibility !== 'hidden') {
        // Report the outermost offenders only.
        if (!sticking.some((s) => s.el.contains(el))) sticking.push({ el, right: Math.round(b.right) });
      }
    }
    const label = (el) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    return {
      viewport: vw,
      scrollWidth: document.documentElement.scrollWidth,
      offenders: sticking.slice(0, 8).map((s) => `${label(s.el)} (right edge ${s.right}px)`),
    };
  });
}

/** The search box's placeholder width and the room inside the box, in its own font (the live box, not its stand-in). */
const placeholderFit = (page) =>
  page.locator('.search__input:not([disabled])').evaluate((el) => {
    const cs = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    return { text: el.placeholder, width: Math.ceil(ctx.measureText(el.placeholder).width), room: Math.floor(room) };
  });

// ---------------------------------------------------------------------------------------
// 1. axe-core (and 5. languages: one page load per language serves both)

test('axe: selection view (?sel=CN-GD) has no serious or critical violations', async ({ page, open }) => {
  await open('/?sel=CN-GD');
  await page.locator('#details h2').waitFor({ state: 'visible', timeout: 15_000 });
  await assertAxeClean(page, 'the selection view (/?sel=CN-GD)');
});

test('off the map: a flight opened outside its years says so (axe clean, kk); the keyboard widens the years, the note goes and focus stays in the panel', async ({ page, open, server }) => {
  // A flight that began in 2011–2024 (so widening to its first year keeps an explicit `to=`),
  // opened for the years just before its first step.
  const began = (l) => Number(l.status[0].from.slice(0, 4));
  const flight = readData(server.root, 'links.json').links.find((l) => l.type === 'flight' && began(l) > 2010 && began(l) < 2025);
  assert.ok(flight, 'the data should hold a flight that began in 2011–2024');
  const first = began(flight);
  await open(`/?lang=kk&sel=${flight.id}&from=${first - 4}&to=${first - 2}`);
  const note = page.locator('#details .off-map');
  await note.waitFor({ state: 'visible', timeout: 15_000 });
  assert.match(await note.textContent(), new RegExp(`${first - 4}.${first - 2}`), 'the note should name the years shown');
  await assertAxeClean(page, 'the details of a flight outside the years shown');
  await note.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((to) => new URL(location.href).searchParams.get('to') === String(to), first, { timeout: 5_000 });
  await note.waitFor({ state: 'detached', timeout: 5_000 });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'details-title', 'focus should move to the panel title, not fall to the page');
});

// One page load per language serves every check of its first view; the narrower widths are then
// taken by resizing that page (the layout is CSS: it does not depend on the width it loaded at).
// At 900 and 768 px, between the phone layout (≤ 720 px) and a wide screen, the header's tools
// take a second row.
const NARROWER = [{ width: 900, height: 800 }, { width: 768, height: 800 }, { width: 390, height: 844 }];

test('languages (default view in en, ru, kk, zh): axe clean, <html lang>, translated title and map controls, the labels of every Kazakh unit and of regions hosting a mission placed and none cut by the map edge, no horizontal overflow and the whole search placeholder at 1280, 900, 768 and 390 px', async ({ page, open, server }) => {
  const hosts = missionHostRegions(server.root);
  assert.ok(hosts.length >= 8, `missions should be seated in several regions: ${hosts}`);
  // Kazakhstan's units are few and large enough for all of them to be named at the first view;
  // Russian's two-line "… обл." labels once pushed Karaganda's out.
  const kazakh = unitIdsOf(server.root, 'KZ');
  assert.ok(kazakh.length >= 20, `Kazakhstan should have 20 units: ${kazakh}`);
  const mustLabel = [...new Set([...kazakh, ...hosts])];
  await page.addInitScript(MAP_TEST_SCRIPT);
  const problems = [];
  for (const lang of LANGS) {
    // English is the default view itself (the context's locale is en-US); the others come from ?lang=.
    const url = lang === 'en' ? '/' : `/?lang=${lang}`;
    if (page.viewportSize()?.width !== DESKTOP.width) await page.setViewportSize(DESKTOP);
    await open(url);
    const at = `${url} (${lang})`;

    // Region labels must not be pushed out by the mission symbols beside them, nor by each other.
    await waitForMapSettled(page);
    const dropped = await unplacedLabels(page, mustLabel);
    if (dropped.length) problems.push(`${at}: labels dropped in collisions: ${dropped.join(', ')}`);
    const cut = await labelsAtMapEdges(page);
    for (const [edge, ids] of Object.entries(cut)) if (ids.length) problems.push(`${at}: labels cut by the map's ${edge} edge: ${ids.join(', ')}`);

    const bad = await seriousViolations(page);
    if (bad.length) problems.push(`${at}: axe: ${bad.length} serious/critical violation(s):\n    ${formatViolations(bad)}`);

    const doc = await page.evaluate(() => ({ lang: document.documentElement.lang, title: document.title }));
    if (doc.lang !== lang) problems.push(`${at}: <html lang="${doc.lang}">, expected "${lang}"`);
    if (lang === 'en') {
      if (doc.title !== EN_TITLE) problems.push(`${at}: title "${doc.title}", expected "${EN_TITLE}"`);
    } else {
      if (!doc.title.trim() || doc.title === EN_TITLE) problems.push(`${at}: title not translated: "${doc.title}"`);
      if (!SCRIPT_OF[lang].test(doc.title)) problems.push(`${at}: title "${doc.title}" is not in the ${lang} script`);
    }
    const h1 = await page.locator('header h1').innerText();
    if (h1.trim() !== doc.title.trim()) problems.push(`${at}: header h1 "${h1}" differs from the title "${doc.title}"`);
    // MapLibre draws the zoom buttons' names and the scale bar's unit itself, in English unless told.
    const controls = await page.evaluate(() => ({
      zoomIn: document.querySelector('.maplibregl-ctrl-zoom-in')?.getAttribute('aria-label') ?? '',
      scale: document.querySelector('.maplibregl-ctrl-scale')?.textContent ?? '',
    }));
    for (const [what, text] of Object.entries(controls)) {
      if (!SCRIPT_OF[lang].test(text)) problems.push(`${at}: map control ${what} "${text}" is not in the ${lang} script`);
    }

    for (const size of [DESKTOP, ...NARROWER]) {
      if (size !== DESKTOP) {
        await page.setViewportSize(size);
        await page.waitForFunction((w) => innerWidth === w, size.width);
      }
      const o = await horizontalOverflow(page);
      if (o.scrollWidth > size.width) problems.push(`${at} at ${size.width}×${size.height}: scrollWidth ${o.scrollWidth}; past the right edge: ${o.offenders.join(', ')}`);
      const p = await placeholderFit(page);
      if (p.width > p.room) problems.push(`${at} at ${size.width}×${size.height}: the search placeholder "${p.text}" is cut (${p.width} px in ${p.room} px)`);
    }
  }
  assert.deepEqual(problems, [], `language problems:\n  ${problems.join('\n  ')}`);
}, { timeout: 180_000, slow: true });

test('phone 390×844, default view in en, ru, kk, zh: the map frames both countries with no region label cut by its edge, and beyond the base map it is neutral, not sea', async ({ page, open }) => {
  await page.addInitScript(MAP_TEST_SCRIPT);
  const problems = [];
  for (const lang of LANGS) {
    await open(`/?lang=${lang}`);
    await waitForMapSettled(page);
    const cut = await labelsAtMapEdges(page);
    for (const [edge, ids] of Object.entries(cut)) if (ids.length) problems.push(`${lang}: labels cut by the map's ${edge} edge: ${ids.join(', ')}`);
  }
  // At 40 px of room on the west, West Kazakhstan's (en, zh) and Mangystau's (ru) names were cut.
  assert.deepEqual(problems, [], `phone first view:\n  ${problems.join('\n  ')}`);

  // The phone's first view reaches past the base map's box in the south (below 5°S): that part is
  // drawn in the neutral "outside" tone of its own feature, not in the water colour as open sea.
  // In the north the box reaches 78°N, and Siberia is land all the way up: Russia's mainland,
  // stored cut at the antimeridian, once lost a band at 66–69°N to the water colour.
  const [far, siberia] = await projectPoints(page, [[95, -8], [80, 67.5]]);
  const mapHeight = await page.evaluate(() => document.getElementById('map').getBoundingClientRect().height);
  assert.ok(far.y > 4 && far.y < mapHeight - 4, `8°S should be in the phone's first view (at y ${Math.round(far.y)} of ${Math.round(mapHeight)})`);
  const featureAt = ({ x, y }) =>
    page.evaluate(({ x, y }) => {
      const m = window.__atlasMap;
      const hit = m.queryRenderedFeatures([x, y], { layers: ['countries-fill'] })[0];
      return { outside: hit?.properties.outside ?? null, iso: hit?.properties.iso_a2 ?? null, colour: hit?.properties.colour ?? null, water: m.getPaintProperty('background', 'background-color') };
    }, { x, y });
  const drawn = await featureAt(far);
  assert.equal(drawn.outside, true, `8°S should be covered by the outside feature: ${JSON.stringify(drawn)}`);
  const pixel = patchColour(await canvasImage(page), Math.round(far.x), Math.round(far.y), 2);
  const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  assert.ok(colourDistance(pixel, rgb(drawn.colour)) <= 6, `at 8°S the map shows ${pixel}, not the outside tone ${drawn.colour}`);
  assert.ok(colourDistance(pixel, rgb(drawn.water)) > 12, `at 8°S the map shows the water colour ${drawn.water}`);
  assert.equal((await featureAt(siberia)).iso, 'RU', 'at 67.5°N 80°E the map shows Russia, not water');
}, { contextOptions: PHONE });

test('tablet (768 px): the map keeps over half the width beside an open panel, and a region with long names and long terms (Xinjiang in ru, kk) fits the panel without sideways scrolling', async ({ page, open }) => {
  const width = 768;
  await page.setViewportSize({ width, height: 900 });
  const problems = [];
  for (const lang of ['ru', 'kk']) {
    await open(`/?lang=${lang}&sel=CN-XJ`);
    await page.locator('#details h2').waitFor({ state: 'visible', timeout: 15_000 });
    const m = await page.evaluate(() => {
      const side = document.querySelector('.side');
      const edge = side.getBoundingClientRect().right;
      const past = [...side.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > edge + 1);
      return { map: document.querySelector('#map').getBoundingClientRect().width, scroll: side.scrollWidth, client: side.clientWidth, past: past.slice(0, 5).map((el) => `<${el.tagName.toLowerCase()}> "${el.textContent.slice(0, 30)}"`) };
    });
    if (m.map < 0.55 * width) problems.push(`${lang}: the map is ${m.map} px of ${width}`);
    if (m.scroll > m.client) problems.push(`${lang}: the panel scrolls sideways (${m.scroll} px in ${m.client}): ${m.past.join(', ')}`);
  }
  assert.deepEqual(problems, [], `tablet layout:\n  ${problems.join('\n  ')}`);
});

test('About dialog: a native modal, axe clean; it cites the view (with its URL) and copies the citation; it links the third-party notices; Escape returns focus', async ({ page, context, open, server }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const meta = readData(server.root, 'events.json').meta;
  await open('/?lang=en&sel=CN-GD&shade=ties');
  await page.locator('#details h2').waitFor({ state: 'visible', timeout: 15_000 });
  const button = page.getByRole('button', { name: 'About', exact: true });
  await button.click();
  const dialog = page.locator('dialog.about');
  await dialog.waitFor({ state: 'visible' });
  assert.equal(await dialog.evaluate((d) => d.open && d.matches(':modal')), true, 'a native <dialog> opened as a modal');
  assert.equal(await page.getByRole('dialog', { name: 'About the atlas' }).count(), 1, 'named by its title');
  assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus moves into the dialog');
  assert.match(await dialog.innerText(), new RegExp(`Data version ${meta.version.replace(/\./g, '\\.')}, facts checked as of `), 'the data version');
  const citation = await dialog.getByRole('textbox', { name: 'Cite this view' }).inputValue();
  assert.ok(citation.startsWith('Kazakhstan–China Regional Atlas. '), `citation: ${citation}`);
  assert.ok(citation.includes(page.url()), `the citation carries the view's URL: ${citation}`);
  assert.match(citation, /selected: Guangdong; regions shaded by number of ties/, 'the citation says what is shown');
  await dialog.getByRole('button', { name: 'Copy citation' }).click();
  await dialog.getByText('Citation copied.').waitFor({ timeout: 5_000 });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), citation, 'the citation is on the clipboard');
  const notices = dialog.getByRole('link', { name: /third-party notices/ });
  assert.equal(await notices.getAttribute('href'), 'third-party-notices.txt');
  assert.match((await notices.getAttribute('rel')) ?? '', /noopener/);
  const res = await page.request.get(new URL('third-party-notices.txt', page.url()).href);
  assert.equal(res.status(), 200, 'the notices file is served');
  await assertAxeClean(page, 'the About dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.ok(await button.evaluate((b) => b === document.activeElement), 'focus returns to the About button');
  assert.equal(await page.locator('#details h2').count(), 1, 'Escape closed the dialog, not the details');
}, { lock: 'clipboard' });

// ---------------------------------------------------------------------------------------
// 2. keyboard only (page.keyboard alone: no mouse, no click(), no focus())

test('keyboard: the skip link is the first Tab stop, moves focus to the map, whose centre is then marked, and Tab leaves the map', async ({ page, open }) => {
  await open('/');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName, cls: el?.className, text: el?.textContent?.trim(), href: el?.getAttribute('href') };
  });
  assert.equal(first.tag, 'A', `the first Tab stop should be the skip link, got ${await describeActive(page)}`);
  assert.match(first.cls ?? '', /skip-link/, `the first Tab stop should be the skip link, got ${await describeActive(page)}`);
  assert.equal(first.text, 'Skip to the map');
  const box = await page.locator('a.skip-link').boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 100, `the focused skip link should be visible at the top (box ${JSON.stringify(box)})`);

  await page.keyboard.press('Enter');
  const inMap = await page.evaluate(() => document.getElementById('map')?.contains(document.activeElement) ?? false);
  assert.ok(inMap, `Enter on the skip link should move focus into #map, focus is on ${await describeActive(page)}`);
  assert.ok(!page.url().includes('#map') || /#map=/.test(page.url()), `the skip link should not put a bare #map hash in the URL (${page.url()})`);
  // Enter on the map selects what lies under its centre, so the centre is marked while the canvas has keyboard focus.
  const centreMark = () =>
    page.evaluate(() => {
      const wrap = document.querySelector('.map-wrap');
      const canvas = document.querySelector('#map canvas');
      if (!wrap || !canvas) return null;
      const mark = getComputedStyle(wrap, '::after');
      const w = wrap.getBoundingClientRect();
      const c = canvas.getBoundingClientRect();
      const centre = { x: w.left + parseFloat(mark.left) + parseFloat(mark.marginLeft) + parseFloat(mark.width) / 2, y: w.top + parseFloat(mark.top) + parseFloat(mark.marginTop) + parseFloat(mark.height) / 2 };
      return { shown: mark.content !== 'none', dx: Math.abs(centre.x - (c.left + c.width / 2)), dy: Math.abs(centre.y - (c.top + c.height / 2)) };
    });
  if (!(await page.evaluate(() => document.activeElement?.matches('#map canvas') ?? false))) {
    await pressUntil(page, 'Tab', () => document.activeElement?.matches('#map canvas') ?? false, { max: 3, what: 'the map canvas' });
  }
  const mark = await centreMark();
  assert.ok(mark?.shown, `the map's centre is marked while the canvas has keyboard focus (${JSON.stringify(mark)})`);
  assert.ok(mark.dx <= 2 && mark.dy <= 2, `the mark sits on the canvas centre (${JSON.stringify(mark)})`);

  // No keyboard trap: Tab from the canvas reaches another control within a few presses.
  const presses = await pressUntil(
    page,
    'Tab',
    () => {
      const el = document.activeElement;
      return !!el && el !== document.body && !el.matches('canvas') && el.matches('button, a[href], input, select, [tabindex]');
    },
    { max: 5, what: 'a control after the map canvas' },
  );
  assert.ok(presses <= 5);
  assert.equal((await centreMark())?.shown, false, 'the centre mark goes with the keyboard focus');
  // And Shift+Tab gets back to the canvas, then out of the map backwards (to Share, in the header).
  await pressUntil(page, 'Shift+Tab', () => document.activeElement?.matches('#map canvas') ?? false, { max: 5, what: 'the map canvas (backwards)' });
  await pressUntil(page, 'Shift+Tab', () => !document.getElementById('map')?.contains(document.activeElement), { max: 3, what: 'a control before the map' });
});

test('keyboard only: Lists → Guangdong → its serving mission → a source link; Escape closes', async ({ page, open }) => {
  await open('/');
  assert.equal(await page.locator('#details').count(), 0, 'nothing should be selected on a fresh default page');
  // The Lists arrive with the full data files, which may follow the first map idle.
  await page.locator('.lists [role="listbox"]').waitFor({ timeout: 30_000 });

  // Tab to the Regions listbox (one Tab stop: its active option).
  await pressUntil(page, 'Tab', () => document.activeElement?.matches('.lists [role="listbox"] [role="option"]') ?? false, {
    max: 60,
    what: 'an option of the Regions listbox',
  });
  const tab = await page.locator('.lists [role="tab"][aria-selected="true"]').innerText();
  assert.match(tab, /^Regions/, `the Lists panel should start on the Regions tab, got "${tab}"`);

  // Type-ahead: "g" jumps to the next region starting with G, until the active option is Guangdong.
  let active = '';
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('g');
    active = await page.evaluate(() => document.activeElement?.querySelector('.lists__name')?.textContent ?? '');
    if (active === 'Guangdong') break;
  }
  assert.equal(active, 'Guangdong', 'typing "g" in the Regions listbox should reach Guangdong');
  await page.keyboard.press('Enter');

  const details = page.locator('#details');
  await details.waitFor({ state: 'visible', timeout: 15_000 });
  assert.equal(await details.locator('h2').innerText(), 'Guangdong');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'CN-GD', null, { timeout: 5_000 });
  // Checked at the end (so the rest of the path still runs): focus moves to the details' title,
  // in view at the panel's top, rather than staying on a row the panel scrolled away from.
  const focusProblems = [];
  const onTitle = await page.evaluate(() => document.activeElement?.id === 'details-title');
  if (!onTitle) {
    focusProblems.push(`focus should move to the details' title, is on ${await describeActive(page)}`);
    await page.locator('#details-title').focus();
  }

  // Read the serving mission in the details (v2: the district line leads the key facts).
  const district = details.locator('.key-facts .serving');
  await district.waitFor({ state: 'visible', timeout: 10_000 });
  const districtText = await district.innerText();
  assert.match(districtText, /^Consular district: Consulate General of Kazakhstan in Guangzhou/, `Guangdong's consular district line: ${districtText}`);
  assert.match(districtText, /since 16 January 2026/, `the district line should say since when: ${districtText}`);

  // On (Tab) from the title to the mission's EntityLink.
  await pressUntil(
    page,
    'Tab',
    () => {
      const el = document.activeElement;
      return !!el?.closest('#details') && el.matches('button.entity-link') && /Consulate General of Kazakhstan in Guangzhou/.test(el.textContent ?? '');
    },
    { max: 80, what: 'the "Consulate General of Kazakhstan in Guangzhou" link in #details' },
  );
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'kz-cg-guangzhou', null, { timeout: 5_000 });
  await page.waitForFunction(() => /Consulate General of Kazakhstan in Guangzhou/.test(document.querySelector('#details h2')?.textContent ?? ''), null, { timeout: 5_000 });
  const focusAfterMove = await page.evaluate(() => !!document.activeElement?.closest('#details'));
  assert.ok(focusAfterMove, `after moving the selection from inside the panel, focus should stay in #details, is on ${await describeActive(page)}`);

  // Tab on to a source link of the mission (asserted, not followed).
  await pressUntil(page, 'Tab', () => document.activeElement?.matches('#details a[href^="http"]') ?? false, {
    max: 60,
    what: 'an external source link (a[href^="http"]) in the mission details',
  });
  const link = await page.evaluate(() => {
    const a = document.activeElement;
    return { href: a.getAttribute('href'), text: a.textContent?.trim() };
  });
  assert.match(link.href, /^https?:\/\/[^/]+\.[^/]+/, `the source link should be an absolute web address: ${JSON.stringify(link)}`);
  assert.ok(link.text, 'the source link should have text');

  // Escape closes what is on top: a source marker's tooltip first (WAI-ARIA tooltip), then the details.
  if (await page.evaluate(() => document.activeElement?.matches('.cite__marker') ?? false)) {
    await page.keyboard.press('Escape');
    assert.equal(await details.count(), 1, 'the first Escape on a source marker closes its tooltip, not the details');
  }
  await page.keyboard.press('Escape');
  await details.waitFor({ state: 'detached', timeout: 10_000 });
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('sel'), null, { timeout: 5_000 });
  assert.deepEqual(focusProblems, [], 'focus');
});

// ---------------------------------------------------------------------------------------
// 3. visible focus

test('visible focus: every Tab stop of the default view shows the atlas focus ring', async ({ page, open }) => {
  await open('/');
  const seen = new Set();
  const missing = [];
  let checked = 0;
  let pending = null; // a range input whose ring is drawn on its thumb: compared in pixels after the next Tab
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (pending) {
      // The thumb area while focused vs the same pixels once focus has moved on.
      const after = await page.screenshot({ clip: pending.clip, animations: 'disabled' });
      if (after.equals(pending.shot)) missing.push(`${pending.name}: its thumb looks the same focused and unfocused (no ring drawn)`);
      pending = null;
    }
    const r = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return { body: true };
      const cs = getComputedStyle(el);
      // The atlas's own ring (--focus), so a library's faint default (MapLibre's blue glow on
      // the zoom buttons) does not pass for one.
      const focus = getComputedStyle(document.documentElement).getPropertyValue('--focus').trim();
      const probe = document.createElement('i');
      probe.style.color = focus;
      document.body.append(probe);
      const ring = getComputedStyle(probe).color;
      probe.remove();
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 && cs.outlineColor === ring;
      const shadow = cs.boxShadow.includes(ring);
      const key = `${el.tagName}|${el.className}|${el.getAttribute('aria-label') ?? ''}|${(el.textContent ?? '').trim().slice(0, 30)}`;
      let thumb = null;
      if (el.matches('input[type="range"]') && !outline && !shadow) {
        // Chromium does not report ::-webkit-slider-thumb styles; locate the thumb for a pixel check.
        const b = el.getBoundingClientRect();
        const min = Number(el.min || 0), max = Number(el.max || 100), v = Number(el.value);
        const tw = parseFloat(getComputedStyle(el).getPropertyValue('--thumb-w')) || 16;
        const cx = b.left + tw / 2 + ((v - min) / (max - min || 1)) * (b.width - tw);
        // The input's own box only (the histogram above it changes with the focus too); the ring
        // shows beside the thumb, which fills the input's height.
        thumb = { x: Math.max(0, cx - tw / 2 - 6), y: b.top, width: tw + 12, height: b.height };
      }
      return { key, ok: outline || shadow, thumb, style: `outline ${cs.outlineStyle} ${cs.outlineWidth}, box-shadow ${cs.boxShadow}` };
    });
    if (r.body) break; // wrapped around to the document
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    checked++;
    if (r.ok) continue;
    const name = await describeActive(page);
    if (r.thumb) pending = { name, clip: r.thumb, shot: await page.screenshot({ clip: r.thumb, animations: 'disabled' }) };
    else missing.push(`${name}: ${r.style}`);
  }
  assert.ok(checked >= 10, `expected at least 10 Tab stops on the default view, found ${checked}`);
  assert.deepEqual(missing, [], `focused controls without a visible focus indicator:\n    ${missing.join('\n    ')}`);
});

// ---------------------------------------------------------------------------------------
// 4. phone

// Every size #map takes from the moment it exists, on the page's clock.
const MAP_SIZES_SCRIPT = `(() => {
  window.__mapSizes = [];
  const ro = new ResizeObserver((entries) => {
    for (const e of entries) window.__mapSizes.push([e.contentRect.width, e.contentRect.height]);
  });
  const wait = setInterval(() => {
    const map = document.getElementById('map');
    if (map) { ro.observe(map); clearInterval(wait); }
  }, 10);
})();`;

/** Each language (and width) in which the map changed size after it was first laid out. */
async function mapSizeChanges(page, open, cases) {
  await page.addInitScript(MAP_SIZES_SCRIPT);
  const changes = [];
  for (const { lang, width } of cases) {
    if (width) await page.setViewportSize({ width, height: 800 });
    await open(`/?lang=${lang}`);
    // The timeline comes alive and the lists arrive with the full data files, after the first idle.
    await page.locator('.timeline:not([aria-busy])').waitFor();
    await page.locator('.lists').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    const sizes = await page.evaluate(() => window.__mapSizes.filter(([w, h]) => w > 0 && h > 0));
    const distinct = [...new Set(sizes.map(([w, h]) => `${w}×${h}`))];
    if (distinct.length > 1) changes.push(`${lang}${width ? ` at ${width} px` : ''}: ${distinct.join(' → ')}`);
  }
  return changes;
}
const SIZE_MESSAGE = 'the map changed size after it was first laid out (each change resizes and redraws it):\n    ';

test('phone 412×823, every language: the map keeps its size when the timeline and lists arrive after the first idle', async ({ page, open }) => {
  const changes = await mapSizeChanges(page, open, LANGS.map((lang) => ({ lang })));
  assert.deepEqual(changes, [], SIZE_MESSAGE + changes.join('\n    '));
}, { contextOptions: { ...PHONE, viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 } });

// Beside the side panel the map column is narrow, and the timeline's controls wrap into two or
// three rows depending on the language (kk and zh the most).
test('narrow desktop 760 and 1000 px, kk and zh: the map keeps its size when the timeline comes alive', async ({ page, open }) => {
  const cases = [760, 1000].flatMap((width) => ['kk', 'zh'].map((lang) => ({ lang, width })));
  const changes = await mapSizeChanges(page, open, cases);
  assert.deepEqual(changes, [], SIZE_MESSAGE + changes.join('\n    '));
});

test('phone 390×844: axe clean (sheet folded and expanded, menu open), no sideways scroll, map ≥ 45 % of the height, Menu and sheet toggle work, 44 px targets', async ({ page, open }) => {
  await open('/');
  const problems = [];
  const axeFolded = await seriousViolations(page);
  if (axeFolded.length) problems.push(`axe (sheet folded): ${formatViolations(axeFolded)}`);

  const o = await horizontalOverflow(page);
  if (o.scrollWidth > 390) problems.push(`document scrollWidth ${o.scrollWidth} > 390; past the right edge: ${o.offenders.join(', ')}`);

  const toggle = page.locator('button.sheet-toggle');
  assert.equal(await toggle.count(), 1, 'the bottom-sheet toggle button should exist');
  assert.ok(await toggle.isVisible(), 'the bottom-sheet toggle should be visible on a phone');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'the sheet should start folded');
  assert.match((await page.locator('#side-panel').getAttribute('class')) ?? '', /\bside--folded\b/, 'with nothing selected the sheet starts side--folded');
  assert.equal(await toggle.getAttribute('aria-controls'), 'side-panel');

  // The map's visible height with the sheet folded (the sheet overlays the bottom of the layout).
  const geo = await page.evaluate(() => {
    const c = document.querySelector('#map canvas').getBoundingClientRect();
    const side = document.querySelector('#side-panel').getBoundingClientRect();
    const top = Math.max(0, c.top);
    const bottom = Math.min(c.bottom, side.top, innerHeight);
    return { visible: bottom - top, canvas: { top: c.top, bottom: c.bottom }, sheetTop: side.top, vh: innerHeight };
  });
  if (geo.visible < 0.45 * geo.vh) problems.push(`the map shows only ${Math.round(geo.visible)} px of ${geo.vh} (< 45 %): ${JSON.stringify(geo)}`);

  // Touch targets in the header, the timeline and the sheet toggle.
  const small = await page.evaluate(() => {
    const out = [];
    const els = document.querySelectorAll(
      '.app-header :is(button, select, input, a[href], [role="button"]), .timeline :is(button, select, input, a[href], [role="button"]), button.sheet-toggle',
    );
    for (const el of els) {
      const cs = getComputedStyle(el);
      const b = el.getBoundingClientRect();
      if (cs.display === 'none' || cs.visibility === 'hidden' || b.width === 0 || b.height === 0) continue;
      // Off screen until focused (the skip link): a keyboard target, not a touch one.
      if (b.bottom <= 0 || b.top >= innerHeight || b.right <= 0 || b.left >= innerWidth) continue;
      if (b.width < 44 - 0.5 || b.height < 44 - 0.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.getAttribute('placeholder') ?? '').trim().slice(0, 30);
        out.push(`<${el.tagName.toLowerCase()}.${String(el.className).trim().split(/\s+/).join('.')}> "${name}" ${b.width.toFixed(0)}×${b.height.toFixed(0)}`);
      }
    }
    return out;
  });
  if (small.length) problems.push(`touch targets smaller than 44×44 px:\n      ${small.join('\n      ')}`);

  // The compact header: search and "Menu"; the menu reveals language, Download, Share and About.
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  assert.ok(await menu.isVisible(), 'the phone header should show a "Menu" button');
  assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'the menu starts closed');
  const language = page.getByRole('combobox', { name: 'Language' });
  const tools = [language, ...['Download', 'Share', 'About'].map((name) => page.locator('#header-tools').getByRole('button', { name, exact: true }))];
  for (const tool of tools) if (await tool.isVisible()) problems.push(`with the menu closed, ${tool} should be hidden`);
  assert.ok(await page.locator('input[role="combobox"], input.search__input').first().isVisible(), 'the search field stays in the compact header');
  await menu.tap();
  await page.waitForFunction(() => document.querySelector('button.menu-toggle')?.getAttribute('aria-expanded') === 'true', null, { timeout: 5_000 });
  for (const tool of tools) if (!(await tool.isVisible())) problems.push(`the open menu should show ${tool}`);
  const axeMenu = await seriousViolations(page);
  if (axeMenu.length) problems.push(`axe (menu open): ${formatViolations(axeMenu)}`);
  const o2 = await horizontalOverflow(page);
  if (o2.scrollWidth > 390) problems.push(`with the menu open, document scrollWidth ${o2.scrollWidth} > 390: ${o2.offenders.join(', ')}`);
  await menu.tap();
  await page.waitForFunction(() => document.querySelector('button.menu-toggle')?.getAttribute('aria-expanded') === 'false', null, { timeout: 5_000 });
  if (await language.isVisible()) problems.push('tapping "Menu" again should close the menu');

  // Tapping the toggle expands the sheet.
  const foldedTop = geo.sheetTop;
  await toggle.tap();
  await page.waitForFunction(() => document.querySelector('button.sheet-toggle')?.getAttribute('aria-expanded') === 'true', null, { timeout: 5_000 });
  await page.waitForFunction((y) => document.querySelector('#side-panel').getBoundingClientRect().top < y - 100, foldedTop, { timeout: 5_000 }).catch(() => {});
  const openTop = await page.evaluate(() => document.querySelector('#side-panel').getBoundingClientRect().top);
  if (!(openTop < foldedTop - 100)) problems.push(`after the tap the sheet did not slide up (top ${foldedTop} → ${openTop})`);
  const sheetClass = await page.locator('#side-panel').getAttribute('class');
  if (!/\bside--open\b/.test(sheetClass ?? '')) problems.push(`the tapped sheet should be side--open, is "${sheetClass}"`);
  const listVisible = await page.locator('.lists').isVisible();
  if (!listVisible) problems.push('the expanded sheet should show the Lists panel');
  await page.waitForTimeout(250); // let the slide finish before axe reads colours and positions
  const axeOpen = await seriousViolations(page);
  if (axeOpen.length) problems.push(`axe (sheet expanded): ${formatViolations(axeOpen)}`);
  await toggle.tap();
  await page.waitForFunction(() => document.querySelector('button.sheet-toggle')?.getAttribute('aria-expanded') === 'false', null, { timeout: 5_000 });

  assert.deepEqual(problems, [], `phone layout problems:\n    ${problems.join('\n    ')}`);
}, { contextOptions: PHONE });
