#!/usr/bin/env node
// README screenshot: the default view at 1280×800 after the first map idle → docs/screenshot.png
//
//   npm run screenshot -- [--no-build] [--url '/?lang=en'] [--out docs/screenshot.png]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../test/browser/server.mjs';
import { launchBrowser, openApp, collectProblems, isCanvasDrawn, VIEWPORT } from '../test/browser/harness.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const urlPath = option('--url', '/');
const out = path.resolve(repo, option('--out', 'docs/screenshot.png'));
const distDir = path.resolve(repo, option('--dist', 'dist'));
const skipBuild = args.includes('--no-build') || process.env.ATLAS_SKIP_BUILD === '1' || args.includes('--dist');

if (!skipBuild) {
  const r = spawnSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('screenshot: "npm run build" failed');
    process.exit(1);
  }
}
const server = await startServer({ root: distDir });
const browser = await launchBrowser();
let failed = false;
try {
  const context = await browser.newContext({ viewport: VIEWPORT, baseURL: server.url, locale: 'en-US', deviceScaleFactor: 1 });
  const page = await context.newPage();
  await openApp(page, urlPath);
  await page.evaluate(() => document.fonts?.ready);
  const canvas = await isCanvasDrawn(page);
  if (!canvas.drawn) throw new Error(`the map canvas looks blank: ${JSON.stringify(canvas)}`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out, animations: 'disabled' });
  const problems = collectProblems(page);
  if (problems.length) console.error(`screenshot: warning:\n  ${problems.join('\n  ')}`);
  console.log(`saved ${path.relative(repo, out)} (${VIEWPORT.width}×${VIEWPORT.height}, ${urlPath})`);
} catch (err) {
  failed = true;
  console.error(`screenshot failed: ${err?.stack ?? err}`);
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = failed ? 1 : 0;
