// Issue #14, locking down: the built app under its Content-Security-Policy through a whole session,
// safe external links, the 404 page, robots.txt, link-card tags and the third-party notices.
// Run with: npm run test:browser -- --no-build test/browser/hosting.browser.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CSP } from '../../deploy/headers.mjs';
import { test } from './harness.mjs';
import { afterNextIdle, detailsTitle, installInteractionScript, waitForMapSettled, waitForUrl } from './helpers.mjs';

/** Collects every CSP violation the document sees (they bubble to it from any element). */
const CSP_WATCH = `(() => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, at: e.sourceFile + ':' + e.lineNumber });
  }, true);
})();`;

const violations = (page) => page.evaluate(() => window.__csp);

/** The meta tag exactly as the build writes it. */
const META = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;

test('CSP: a whole session (map and list selection, a chart table and a source tooltip, years, types, layers, shading, play, search, export, share, About, language) raises no violation', async ({ page, context, open, server }) => {
  const html = await (await page.request.get(server.url)).text();
  assert.ok(html.includes(META), `the served index.html should carry the CSP meta tag:\n  ${META}`);
  assert.ok(html.indexOf(META) < html.indexOf('<script'), 'the CSP meta tag must come before the first script');

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.addInitScript(CSP_WATCH);
  await installInteractionScript(page);
  const app = await open('/?lang=en#map=6.00/23.40/113.50');

  assert.deepEqual(await violations(page), [], 'no CSP violation while the app loads');
  // The policy is in force (and this test would see a violation): an injected inline script is refused.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
    return window.__inlineRan === true;
  });
  assert.equal(ran, false, 'an inline script must not run under the policy');
  const probe = await violations(page);
  assert.ok(probe.some((v) => v.directive === 'script-src-elem' && v.blocked === 'inline'), `the refused inline script should be reported: ${JSON.stringify(probe)}`);
  await page.evaluate(() => { window.__csp.length = 0; });
  app.consoleErrors.length = 0; // Chromium logs the refusal we just provoked

  // Select on the map (Guangdong is under the centre).
  await waitForMapSettled(page);
  const box = await page.locator('#map canvas.maplibregl-canvas').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'CN-GD', { message: 'sel=CN-GD after the map click' });
  await detailsTitle(page, /Guangdong/);
  // A flight of Guangdong's has sources: check every external link the page shows.
  await page.locator('#details').getByRole('button', { name: 'Guangzhou – Almaty (China Southern)' }).click();
  await detailsTitle(page, /Guangzhou – Almaty/);
  const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => ({ href: a.href, raw: a.getAttribute('href'), target: a.target, rel: a.rel })));
  const external = links.filter((l) => new URL(l.href).origin !== server.origin);
  assert.ok(external.length > 0, 'the flight’s details should show source links');
  for (const l of links) {
    assert.match(l.href, /^https?:/, `only http(s) URLs may be links: ${JSON.stringify(l)}`);
    if (l.raw.startsWith('#')) continue;
    assert.equal(l.target, '_blank', `an external link should open in a new tab: ${JSON.stringify(l)}`);
    assert.deepEqual(l.rel.split(/\s+/).filter((r) => r === 'noopener' || r === 'noreferrer').sort(), ['noopener', 'noreferrer'], `rel of ${l.href}`);
  }

  // v2: its chart's table, and the source marker's tooltip.
  await page.locator('#details figure.chart').first().getByRole('button', { name: 'Show the figures as a table' }).click();
  await page.locator('#details table.chart__table').first().waitFor({ state: 'visible' });
  await page.locator('#details a.cite__marker').first().hover();
  await page.locator('#details .cite__tip').first().waitFor({ state: 'visible' });

  // Select from the Lists panel with the pointer.
  const lists = page.locator('section.lists');
  await lists.getByRole('tab', { name: /^Regions/ }).click();
  const row = lists.locator('[role="option"]').filter({ hasText: /^Xinjiang/ }).first();
  await row.scrollIntoViewIfNeeded();
  await row.click();
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'CN-XJ', { message: 'sel=CN-XJ after the list click' });
  await page.getByRole('button', { name: 'Close details' }).click();

  // Years, an event type, a layer.
  const from = page.getByRole('spinbutton', { name: 'From', exact: true });
  await from.fill('2015');
  await from.press('Enter');
  await waitForUrl(page, (u) => u.searchParams.get('from') === '2015', { message: 'from=2015' });
  await page.getByRole('checkbox', { name: /^Visits — / }).uncheck();
  await waitForUrl(page, (u) => u.searchParams.has('types'), { message: 'types in the URL' });
  await afterNextIdle(page, () => page.getByRole('switch', { name: /^Trade/ }).click());

  // v2: shade the regions (the choropleth and its class legend).
  await page.getByRole('combobox', { name: 'Shade regions by' }).selectOption('ties');
  await waitForUrl(page, (u) => u.searchParams.get('shade') === 'ties', { message: 'shade=ties' });
  await page.locator('.shade__classes').waitFor();

  // Play, then pause.
  const play = page.locator('.timeline__button--primary');
  await play.click();
  await page.waitForFunction(() => /Pause/.test(document.querySelector('.timeline__button--primary')?.textContent ?? ''), null, { timeout: 5_000 });
  await page.waitForTimeout(600);
  await play.click();
  await page.waitForFunction(() => /Play/.test(document.querySelector('.timeline__button--primary')?.textContent ?? ''), null, { timeout: 5_000 });

  // Search: type, choose a result.
  const search = page.locator('input[role="combobox"]');
  await search.fill('Алматы');
  const listId = await search.getAttribute('aria-controls');
  const option = page.locator(`[id="${listId}"] [role="option"]`).filter({ has: page.locator('.search__name', { hasText: /^Almaty$/ }) }).first();
  await option.click();
  await waitForUrl(page, (u) => u.searchParams.get('sel') === 'KZ-75', { message: 'sel=KZ-75 (the city of Almaty) from the search' });

  // Export: CSV and PNG from the Download menu.
  for (const name of [/^Links table \(CSV\)/, /^Map image \(PNG\)/]) {
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    const item = page.getByRole('menu').getByRole('menuitem', { name });
    const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), item.click()]);
    assert.ok(await dl.path(), `the download of ${dl.suggestedFilename()} failed: ${await dl.failure()}`);
  }

  // Share: open, copy the link.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied.').waitFor({ timeout: 5_000 });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url(), 'the copied link is the address of the view');
  await page.keyboard.press('Escape');

  // v2: the About dialog and "cite this view".
  await page.getByRole('button', { name: 'About', exact: true }).click();
  await page.getByRole('button', { name: 'Copy citation' }).click();
  await page.getByText('Citation copied.').waitFor({ timeout: 5_000 });
  await page.keyboard.press('Escape');

  // Language.
  await page.locator('.lang-switch select').selectOption('ru');
  await page.waitForFunction(() => document.documentElement.lang === 'ru' && /Атлас/.test(document.title), null, { timeout: 10_000 });
  await page.waitForSelector('#map[aria-busy="false"]', { state: 'attached' });

  assert.deepEqual(await violations(page), [], 'no CSP violation during the session');
}, { timeout: 180_000, lock: 'clipboard', slow: true });

test('404 page: a mistyped address below the app opens the app at its root with the query and #map= hash kept', async ({ page, open }) => {
  await page.addInitScript(CSP_WATCH);
  const app = await open('/atlas/no/such/page?lang=ru&sel=CN-GD#map=5.00/30.00/100.00', { waitFor: 'idle', allowConsoleErrors: true });
  await waitForUrl(page, (u) => u.pathname === '/atlas/', { message: 'the 404 page should send the browser to /atlas/' });
  const u = new URL(page.url());
  assert.equal(u.searchParams.get('lang'), 'ru');
  assert.equal(u.searchParams.get('sel'), 'CN-GD');
  assert.equal(u.hash, '#map=5.00/30.00/100.00');
  await detailsTitle(page, /Гуандун/);
  assert.deepEqual(await violations(page), [], 'the 404 page’s inline script is allowed by its hash');
  // What Chromium logs are the 404 answers themselves (the page, and the probes for the manifest).
  const other = app.consoleErrors.filter((e) => !/status of 404/.test(e));
  assert.deepEqual(other, [], 'no console errors besides the 404 answers');
});

test('robots.txt, the meta description and the link-card tags are served with the app', async ({ page, server }) => {
  const robots = await page.request.get(`${server.url}robots.txt`);
  assert.equal(robots.status(), 200);
  assert.match(await robots.text(), /^User-agent: \*\s*$/m);
  const html = await (await page.request.get(server.url)).text();
  const meta = (attr, name) => new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];
  assert.ok(meta('name', 'description')?.length > 50, 'a meta description');
  assert.equal(meta('property', 'og:description'), meta('name', 'description'));
  assert.equal(meta('property', 'og:title'), 'Kazakhstan–China Regional Atlas');
  assert.equal(meta('name', 'twitter:card'), 'summary_large_image');
  const image = meta('property', 'og:image');
  assert.ok(image, 'og:image');
  const png = await page.request.get(new URL(image, server.url).href);
  assert.equal(png.status(), 200, `the card image ${image}`);
  const bytes = await png.body();
  assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1200, 630], 'the card image is 1200×630');
  assert.ok(!/rel="canonical"/.test(html), 'no canonical link without VITE_SITE_URL (a relative one would be wrong)');
});

test('third-party notices: dist/third-party-notices.txt names the bundled packages with their licences', async ({ server }) => {
  const file = path.join(server.root, 'third-party-notices.txt');
  assert.ok(fs.existsSync(file), `${file} should exist after the build`);
  const text = fs.readFileSync(file, 'utf8');
  assert.equal(text.charCodeAt(0), 0xfeff, 'the file starts with a UTF-8 byte-order mark: read as UTF-8 where the host sends text/plain without a charset');
  for (const [pkg, licence] of [['maplibre-gl', 'BSD-3-Clause'], ['react', 'MIT'], ['react-dom', 'MIT'], ['zod', 'MIT'], ['workbox-precaching', 'MIT']]) {
    assert.match(text, new RegExp(`^${pkg} \\d+\\.\\d+\\.\\d+ — ${licence}$`, 'm'), `the notices should name ${pkg} (${licence})`);
  }
  assert.ok(!/^(vitest|typescript|eslint|vite-plugin-pwa) \d/m.test(text), 'build tools are not shipped and not listed');
});
