// WAIT=ms node shot.mjs URLPATH out.png [w h] [CLICK_SELECTOR]  — serves ./dist, opens URLPATH, waits for idle.
import { startServer } from './test/browser/server.mjs';
import { launchBrowser, waitForIdle } from './test/browser/shared.mjs';
const [, , urlPath, out, w = '1280', h = '800'] = process.argv;
const server = await startServer({ root: process.env.DIST || 'dist' });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
const errs = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errs.push(m.text()); });
page.on('pageerror', (e) => errs.push(String(e)));
await page.goto(`${server.url}${urlPath}`);
try { await waitForIdle(page); } catch (e) { errs.push('idle: ' + e.message); }
await page.waitForTimeout(Number(process.env.WAIT || 1500));
await page.screenshot({ path: out, ...(process.env.CLIP ? { clip: JSON.parse(process.env.CLIP) } : {}) });
console.log(errs.length ? errs.join('\n') : 'no console errors');
await browser.close(); await server.close?.();
process.exit(0);
