// Browser plumbing shared by the browser tests (harness.mjs, helpers.mjs) and the benchmark
// (bench/lib/*.mjs), so both drive Chromium the same way and wait for the map by the same contract:
// #map gets aria-busy="false" and dispatches `atlas:idle` whenever the map is idle with its data drawn.
// The static server with request counting is server.mjs beside this file.
import { chromium } from 'playwright-core';
import fs from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Headless Chromium on software WebGL (SwiftShader), offline: no background traffic of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
/**
 * For the browser tests: each context opens a window, and in new headless mode each window
 * preloads the address bar's popup (a WebUI page in a renderer of its own), about a second of CPU
 * per test on this 2-core machine. Chromium takes only the last --disable-features, so this one
 * repeats Playwright's own list (playwright-core 1.65) before adding those two.
 */
export const NO_WINDOW_UI_ARGS = [
  '--disable-features=' +
    [
      'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
      'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
      'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
      'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
      'WebUIOmniboxPopup', 'PreloadTopChromeWebUI',
    ].join(','),
];
/** The first map idle on SwiftShader can take a while. */
export const IDLE_TIMEOUT_MS = Number(process.env.ATLAS_IDLE_TIMEOUT_MS || 60_000);
export const VIEWPORT = { width: 1280, height: 800 };

export function assertChromium() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH or install the Debian "chromium" package)`);
  }
}

export async function launchBrowser(extraArgs = []) {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
/** True for URLs that stay on this machine (or never touch the network: data:, blob:, about:). */
export function isLocalUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return LOCAL_HOSTS.has(u.hostname);
}

/**
 * Installed before any page script (page.addInitScript), all times page-side performance.now():
 * - window.__atlasBusy: every value #map[aria-busy] took, with the time it was seen;
 * - window.__atlasFirstIdle: the first time it became "false" after having been "true";
 * - window.__atlasIdles: the time of every `atlas:idle`. The event does not bubble, so it is
 *   caught in the capture phase on window, which survives #map being re-created.
 */
export const BUSY_OBSERVER_SCRIPT = `(() => {
  if (window.__atlasBusy) return;
  const log = (window.__atlasBusy = []);
  window.__atlasFirstIdle = null;
  const idles = (window.__atlasIdles = []);
  window.addEventListener('atlas:idle', () => idles.push(performance.now()), true);
  let last;
  const check = () => {
    const el = document.getElementById('map');
    const v = el ? el.getAttribute('aria-busy') : undefined;
    if (v === last) return;
    last = v;
    const t = performance.now();
    log.push({ value: v === undefined ? '(no #map)' : v, t });
    if (v === 'false' && window.__atlasFirstIdle === null && log.some((e) => e.value === 'true')) {
      window.__atlasFirstIdle = t;
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'id'],
  });
  check();
})();`;

/** What the page shows when the map does not get idle: for error messages. */
const mapState = (page) =>
  page
    .evaluate(() => {
      const m = document.getElementById('map');
      const alert = document.querySelector('[role="alert"]');
      return {
        map: m ? `aria-busy=${m.getAttribute('aria-busy')}` : 'no #map element',
        alert: alert ? alert.textContent?.trim().slice(0, 200) : null,
      };
    })
    .catch(() => ({}));

/** Waits until #map is aria-busy="false" (now or later). */
export async function waitForIdle(page, { timeout = IDLE_TIMEOUT_MS } = {}) {
  try {
    await page.waitForSelector('#map[aria-busy="false"]', { state: 'attached', timeout });
  } catch (err) {
    throw new Error(`#map never became aria-busy="false" within ${timeout} ms (${JSON.stringify(await mapState(page))}): ${err.message.split('\n')[0]}`, { cause: err });
  }
}

/** Page time (ms since navigation start) of the first map idle; needs BUSY_OBSERVER_SCRIPT. */
export async function waitForFirstIdle(page, { timeout = IDLE_TIMEOUT_MS } = {}) {
  try {
    await page.waitForFunction(() => window.__atlasFirstIdle !== null, undefined, { timeout, polling: 100 });
  } catch (err) {
    throw new Error(`no first map idle within ${timeout} ms (${JSON.stringify(await mapState(page))})`, { cause: err });
  }
  return page.evaluate(() => window.__atlasFirstIdle);
}

/** Page time of the first `atlas:idle` later than page time `t`; needs BUSY_OBSERVER_SCRIPT. */
export async function nextIdleAfter(page, t, { timeout = IDLE_TIMEOUT_MS, polling = 50 } = {}) {
  const handle = await page.waitForFunction((t) => window.__atlasIdles.find((x) => x > t) ?? false, t, { timeout, polling });
  return handle.jsonValue();
}
