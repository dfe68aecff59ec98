#!/usr/bin/env node
// Documentation screenshots from the built app (run `npm run build` first; this builds nothing):
//
//   docs/screenshot.png                      the default view (README)
//   docs/screenshots/yunnan-consulate.png    which Kazakh consulate serves Yunnan, and since when
//   docs/screenshots/almaty-region-ties.png  the Chinese provinces Almaty Region has ties with
//   docs/screenshots/urumqi-routes.png       flights to Urumqi from Kazakhstan
//   docs/screenshots/view-{en,ru,kk,zh}.png  Guangdong selected, 1280×800, in each language
//   docs/screenshots/phone-{en,ru,kk,zh}.png the same at 390×844 (en: sheet open on the details)
//   docs/screenshots/focus-{en,zh}.png       Xinjiang selected: its ties in front, the camera fitted to them
//   docs/screenshots/chart-{en,ru}.png       Xinjiang's trade with Kazakhstan as a chart, with its sources
//   docs/screenshots/shaded-{en,kk}.png      regions shaded by number of partnerships, with the legend
//   public/og-image.png                      the link-card image (Open Graph / Twitter), 1200×630
//
//   node scripts/docs-screenshots.mjs [--dist dist] [--only REGEX]
//
// Each shot waits for the map's idle (#map[aria-busy="false"]), the fonts and a drawn canvas; it exits non-zero if a shot fails or the page logs errors.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from '../test/browser/server.mjs';
import { launchBrowser, openApp, waitForIdle, collectProblems, isCanvasDrawn } from '../test/browser/harness.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, only: { type: 'string' } } });
const distDir = path.resolve(repo, opts.dist);
const only = opts.only ? new RegExp(opts.only, 'i') : null;

const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true };
const LANGS = ['en', 'ru', 'kk', 'zh'];

/** Opens or folds the phone bottom sheet. */
async function setSheet(page, open) {
  const toggle = page.locator('button.sheet-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== String(open)) {
    await toggle.tap();
    await page.waitForFunction((want) => document.querySelector('button.sheet-toggle')?.getAttribute('aria-expanded') === want, String(open));
    await page.waitForTimeout(300); // the sheet slides (0.2 s)
  }
}

/** Scrolls the side panel so that `selector` is at its top, without moving focus. */
async function revealInPanel(page, selector) {
  await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), selector);
}

/** Scrolls the details so that `selector` (inside #details) is in view, without moving focus. */
async function revealInDetails(page, selector, block = 'nearest') {
  await page.evaluate(([sel, b]) => document.querySelector(`#details ${sel}`)?.scrollIntoView({ block: b }), [selector, block]);
}

const shots = [
  { out: 'docs/screenshot.png', url: '/?lang=en', ctx: DESKTOP },
  {
    // Which Kazakh consulate serves Yunnan, and since when: the details say it; the map shows
    // the Guangzhou consulate's district (Yunnan, Guangxi, Guangdong, Hainan, Hunan) in its colour.
    out: 'docs/screenshots/yunnan-consulate.png',
    url: '/?lang=en&layers=districts,missions&sel=CN-YN#map=4.10/29.00/101.00',
    ctx: DESKTOP,
    expect: { selector: '#details', text: /Consulate General of Kazakhstan in Guangzhou[\s\S]*since 16 January 2026/ },
  },
  {
    // Almaty Region's ties: partnership arcs to the Chinese provinces, listed in the details.
    out: 'docs/screenshots/almaty-region-ties.png',
    url: '/?lang=en&layers=partnerships,missions&sel=KZ-19#map=3.60/40.50/89.00',
    ctx: DESKTOP,
    expect: { selector: '#details', text: /Xinjiang[\s\S]*(Qinghai|Shaanxi)|(Qinghai|Shaanxi)[\s\S]*Xinjiang/ },
    prepare: (page) => revealInDetails(page, 'section[aria-labelledby="region-links"]'),
  },
  {
    // Flights to Urumqi: the flight arcs between Kazakhstan and Xinjiang, the routes listed in the details.
    out: 'docs/screenshots/urumqi-routes.png',
    url: '/?lang=en&layers=flights,missions&sel=CN-XJ#map=4.20/45.00/79.00',
    ctx: DESKTOP,
    expect: { selector: '#details', text: /Almaty – Urumqi/ },
    prepare: (page) => revealInDetails(page, '#region-links-flight', 'start'),
  },
  {
    // The card a chat or social site shows for a link to the atlas: the embed view (map, header and
    // legend-free) of both countries with districts, partnerships and flights.
    out: 'public/og-image.png',
    url: '/?lang=en&embed=1&layers=districts,partnerships,flights,missions#map=3.20/41.00/95.00',
    ctx: { viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 },
    // The embed's folded legend is a button: on a card nobody can press it.
    prepare: (page) => page.evaluate(() => document.querySelector('.embed-legend')?.style.setProperty('display', 'none')),
  },
  ...['en', 'zh'].map((lang) => ({
    // Selection focus: Xinjiang's arcs in full colour, its partners outlined and labelled, the rest
    // faded; no camera in the URL, so the map eases to fit Xinjiang and its partners.
    out: `docs/screenshots/focus-${lang}.png`,
    url: `/?lang=${lang}&sel=CN-XJ`,
    ctx: DESKTOP,
    expect: { selector: '#details h2', text: /\S/ },
  })),
  ...['en', 'ru'].map((lang) => ({
    // A chart: Xinjiang–Kazakhstan trade by year, each point with its source marker.
    out: `docs/screenshots/chart-${lang}.png`,
    url: `/?lang=${lang}&layers=trade,missions&sel=CN-XJ`,
    ctx: DESKTOP,
    expect: { selector: '#details section[aria-labelledby="region-trade"] svg', text: /\d/ },
    prepare: (page) => revealInDetails(page, 'section[aria-labelledby="region-trade"]', 'start'),
  })),
  ...['en', 'kk'].map((lang) => ({
    // Choropleth: regions shaded by their number of partnerships, the classes in the legend.
    out: `docs/screenshots/shaded-${lang}.png`,
    url: `/?lang=${lang}&shade=partnerships&layers=partnerships,missions`,
    ctx: DESKTOP,
    expect: { selector: '.shade__classes', text: /\d/ },
    prepare: (page) => revealInPanel(page, 'section.shade'),
  })),
  ...LANGS.map((lang) => ({
    out: `docs/screenshots/view-${lang}.png`,
    url: `/?lang=${lang}&sel=CN-GD`,
    ctx: DESKTOP,
    expect: { selector: '#details h2', text: /\S/ },
  })),
  ...LANGS.map((lang) => ({
    out: `docs/screenshots/phone-${lang}.png`,
    url: `/?lang=${lang}&sel=CN-GD`,
    ctx: PHONE,
    // The details exist but sit in the folded sheet until it is opened.
    expect: { selector: '#details h2', text: /\S/, state: 'attached' },
    // English opens the sheet on the details; the others show the map with the sheet folded.
    prepare: (page) => setSheet(page, lang === 'en'),
  })),
].filter((s) => !only || only.test(s.out));

if (!fs.existsSync(path.join(distDir, 'index.html'))) {
  console.error(`docs-screenshots: ${path.relative(repo, distDir) || distDir}/index.html not found; run "npm run build" first`);
  process.exit(1);
}

const server = await startServer({ root: distDir });
const browser = await launchBrowser();
let failed = 0;
try {
  for (const shot of shots) {
    const context = await browser.newContext({ ...shot.ctx, baseURL: server.url, locale: 'en-US' });
    const page = await context.newPage();
    try {
      // The first idle comes once the map and its ties are drawn; the events, the details of a
      // selection and the search and export code follow: wait for the counts and the search field.
      await openApp(page, shot.url);
      await page.waitForFunction(
        () => document.querySelector('header .counts')?.textContent?.trim() && !document.querySelector('header .search__input[disabled]'),
        null,
        { timeout: 15_000 },
      );
      if (shot.expect) {
        const el = page.locator(shot.expect.selector).first();
        await el.waitFor({ state: shot.expect.state ?? 'visible', timeout: 15_000 });
        const text = await el.textContent();
        if (!shot.expect.text.test(text)) throw new Error(`${shot.expect.selector} does not match ${shot.expect.text}: ${JSON.stringify(text.slice(0, 300))}`);
      }
      if (shot.prepare) await shot.prepare(page);
      await page.evaluate(() => document.fonts?.ready);
      // Let any layout change (sheet, panel) settle and the map finish repainting if it had to.
      await page.waitForTimeout(300);
      await waitForIdle(page);
      const canvas = await isCanvasDrawn(page);
      if (!canvas.drawn) throw new Error(`the map canvas looks blank: ${JSON.stringify(canvas)}`);
      const out = path.resolve(repo, shot.out);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      await page.screenshot({ path: out, animations: 'disabled' });
      const problems = collectProblems(page);
      if (problems.length) {
        failed++;
        console.error(`✗ ${shot.out}: saved, but the page reported:\n  ${problems.join('\n  ')}`);
      } else {
        const vp = shot.ctx.viewport;
        console.log(`✓ ${shot.out} (${vp.width}×${vp.height}, ${shot.url})`);
      }
    } catch (err) {
      failed++;
      console.error(`✗ ${shot.out} (${shot.url}): ${err?.stack ?? err}`);
    } finally {
      await context.close().catch(() => {});
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`docs-screenshots: ${shots.length - failed} saved, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
