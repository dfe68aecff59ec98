// Lighthouse (pinned 12.2.3: later versions need Node 22) run programmatically on one URL with
// the desktop or the mobile preset, in a Chromium of its own (chrome-launcher: a fresh profile per
// run, so no cache or service worker carries over) started with the bench's flags.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromium } from '../../test/browser/shared.mjs';
import { round } from './stats.mjs';

const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices', seo: 'seo' };
/** Lighthouse gives up on a page after this long; the bench gives up on Lighthouse a little later. */
const MAX_WAIT_MS = 60_000;

/**
 * Scores (0–100) and TBT / LCP (ms) and CLS of one Lighthouse run, or { error } when Lighthouse
 * failed or could not compute a figure: a Lighthouse failure never stops the bench.
 */
export async function runLighthouse(url, preset) {
  let chrome;
  try {
    assertChromium();
    chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'silent' });
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.values(CATEGORIES), maxWaitForLoad: MAX_WAIT_MS };
    let timer;
    const run = await Promise.race([
      lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('Lighthouse did not finish within 3 minutes')), 180_000))),
    ]).finally(() => clearTimeout(timer));
    const lhr = run?.lhr;
    if (!lhr) return { error: 'Lighthouse returned no result' };
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    const out = Object.fromEntries(Object.entries(CATEGORIES).map(([k, id]) => [k, lhr.categories[id]?.score == null ? null : round(lhr.categories[id].score * 100, 0)]));
    Object.assign(out, { tbtMs: round(audit('total-blocking-time'), 0), lcpMs: round(audit('largest-contentful-paint'), 0), cls: round(audit('cumulative-layout-shift'), 3) });
    const problems = [lhr.runtimeError?.message, ...Object.entries(out).filter(([, v]) => v === null).map(([k]) => `no ${k}`)].filter(Boolean);
    if (problems.length) out.error = problems.join('; ');
    if (lhr.runWarnings?.length) out.warnings = lhr.runWarnings;
    return out;
  } catch (err) {
    return { error: String(err?.message ?? err).split('\n')[0] };
  } finally {
    await Promise.resolve(chrome?.kill()).catch(() => {});
  }
}
