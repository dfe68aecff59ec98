#!/usr/bin/env node
// Browser test runner: builds the app, serves dist/ (at / and /atlas/), runs test/browser/*.browser.mjs
// with one shared Chromium and a fresh context per test.
//
//   node test/browser/run.mjs [--no-build] [--dist DIR] [--grep PATTERN] [--workers N] [files...]
//   env: ATLAS_SKIP_BUILD=1 (same as --no-build), CHROMIUM_PATH, ATLAS_IDLE_TIMEOUT_MS,
//        ATLAS_BROWSER_WORKERS (same as --workers; default 2)
//
// Tests run two at a time (each in its own context of the one browser), the ones registered with
// { slow: true } first; tests with the same { lock: name } never overlap (e.g. 'clipboard': the
// clipboard belongs to the browser, not to a context); { serial: true } runs alone, at the end.
//
// Last line: "browser: N passed, N failed" (", N skipped" appended when tests were skipped).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from './server.mjs';
import { launchBrowser, registry, setCurrentFile, collectProblems, openApp, NO_WINDOW_UI_ARGS, VIEWPORT } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const optionValues = new Set(['--dist', '--grep', '--workers'].map((n) => option(n)).filter(Boolean));
const fileArgs = args.filter((a) => !a.startsWith('--') && !optionValues.has(a));
const distDir = path.resolve(repo, option('--dist') ?? process.env.ATLAS_DIST ?? 'dist');
const grep = option('--grep') ? new RegExp(option('--grep'), 'i') : null;
const skipBuild = flag('--no-build') || process.env.ATLAS_SKIP_BUILD === '1' || Boolean(option('--dist'));
const DEFAULT_TIMEOUT = 120_000;
const WORKERS = Math.max(1, Number(option('--workers') ?? process.env.ATLAS_BROWSER_WORKERS ?? 2) || 1);
const resultsDir = path.join(repo, 'test-results', 'browser');
const color = process.stdout.isTTY && !process.env.CI && !process.env.NO_COLOR;
const paint = (code, s) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
// eslint-disable-next-line no-control-regex
const stripAnsi = (s) => (color ? s : s.replace(/\x1b\[[0-9;]*m/g, ''));

function summary(passed, failed, skipped) {
  return `browser: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

function crash(message) {
  console.error(`\nbrowser tests could not run: ${message}`);
  process.exitCode = 1;
}

async function main() {
  const started = Date.now();
  if (!skipBuild) {
    console.log('> npm run build');
    const r = spawnSync('npm', ['run', 'build'], { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) return crash(`"npm run build" failed (exit ${r.status ?? r.signal})`);
  }
  if (!fs.existsSync(path.join(distDir, 'index.html'))) return crash(`${path.relative(repo, distDir) || distDir}/index.html not found; build the app first`);

  const files = (fileArgs.length ? fileArgs.map((f) => path.resolve(f)) : fs.readdirSync(here).filter((f) => f.endsWith('.browser.mjs')).sort().map((f) => path.join(here, f)));
  for (const f of files) {
    setCurrentFile(path.relative(repo, f));
    await import(pathToFileURL(f).href);
  }
  const tests = registry.filter((t) => !grep || grep.test(`${t.file} ${t.name}`));
  if (!tests.length) return crash('no browser tests found');

  fs.rmSync(resultsDir, { recursive: true, force: true });
  const server = await startServer({ root: distDir, mounts: ['/', '/atlas/'] });
  let browser;
  let passed = 0, failed = 0, skipped = 0;
  try {
    browser = await launchBrowser(NO_WINDOW_UI_ARGS);
    console.log(`browser tests: ${tests.length} test(s), ${WORKERS} at a time, Chromium ${browser.version()}, serving ${path.relative(repo, distDir)} at ${server.url} and ${server.url}atlas/`);
    const runOne = async (t) => {
      const label = `${t.file} › ${t.name}`;
      if (t.opts.skip) {
        skipped++;
        console.log(`${paint(33, '-')} ${label} (skipped${typeof t.opts.skip === 'string' ? `: ${t.opts.skip}` : ''})`);
        return;
      }
      const t0 = Date.now();
      let context, page, error;
      try {
        context = await browser.newContext({ viewport: VIEWPORT, baseURL: server.url, locale: 'en-US', ...t.opts.contextOptions });
        page = await context.newPage();
        const fixture = {
          browser, context, page, server, baseURL: server.url,
          open: (urlPath, o) => openApp(page, urlPath, o),
        };
        const timeout = t.opts.timeout ?? DEFAULT_TIMEOUT;
        let timer;
        await Promise.race([
          t.fn(fixture),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`test timed out after ${timeout} ms`)), timeout);
          }),
        ]).finally(() => clearTimeout(timer));
        const problems = collectProblems(page);
        if (problems.length) error = new Error(problems.join('\n  '));
      } catch (err) {
        error = err;
        const problems = page ? collectProblems(page) : [];
        if (problems.length) error.message += `\n  also: ${problems.join('\n  ')}`;
      }
      const ms = Date.now() - t0;
      if (error) {
        failed++;
        let shot = '';
        if (page && !page.isClosed()) {
          fs.mkdirSync(resultsDir, { recursive: true });
          const file = path.join(resultsDir, `${label.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 120)}.png`);
          try {
            await page.screenshot({ path: file, timeout: 15_000 });
            shot = `\n    screenshot: ${path.relative(repo, file)}`;
          } catch { /* page may be wedged */ }
        }
        const msg = stripAnsi(String(error?.message ?? error)).split('\n').map((l) => `    ${l}`).join('\n');
        console.log(`${paint(31, '✗')} ${label} (${ms} ms)\n${msg}${shot}`);
      } else {
        passed++;
        console.log(`${paint(32, '✓')} ${label} (${ms} ms)`);
      }
      await context?.close().catch(() => {});
    };
    // A small pool: WORKERS tests at a time, slow ones first, else in registration order; a test
    // whose lock is held waits for it. Then the serial ones alone.
    const queue = [...tests.filter((t) => !t.opts.serial && t.opts.slow), ...tests.filter((t) => !t.opts.serial && !t.opts.slow)];
    const locks = new Map();
    const worker = async () => {
      for (let t = queue.shift(); t; t = queue.shift()) {
        const lock = t.opts.lock;
        while (lock && locks.has(lock)) await locks.get(lock);
        let unlock = () => {};
        if (lock) locks.set(lock, new Promise((r) => { unlock = () => { locks.delete(lock); r(); }; }));
        try {
          await runOne(t);
        } finally {
          unlock();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(WORKERS, queue.length) }, worker));
    for (const t of tests.filter((x) => x.opts.serial)) await runOne(t);
  } catch (err) {
    failed++;
    console.log(`${paint(31, '✗')} browser test runner: ${err?.stack ?? err}`);
  } finally {
    await browser?.close().catch(() => {});
    await server.close();
  }
  console.log(`browser tests finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(summary(passed, failed, skipped));
  if (failed) process.exitCode = 1;
}

main().catch((err) => {
  crash(err?.stack ?? String(err));
});
