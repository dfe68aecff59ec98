#!/usr/bin/env node
// Performance benchmark of the built atlas against a bare-MapLibre floor page, in headless
// Chromium on SwiftShader. Runs every case in bench/cases/ (or those named by --only), prints ONE
// JSON object on stdout (progress on stderr) with each case's figures, the atlas/floor ratios and
// the budgets. bench/README.md explains every figure and case.
//
//   npm run bench -- [--only load,floor,…] [--no-build] [--runs 5] [--reps 20] [--lighthouse-runs 3]
//                    [--quick] [--url /] [--out FILE] [--compare bench/baseline.json]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { VIEWPORT, launchBrowser } from '../test/browser/shared.mjs';
import { budgets, printBudgets, ratios } from './lib/budgets.mjs';
import { compare, printCompare } from './lib/compare.mjs';
import { openPage } from './lib/page.mjs';
import { build, openSites, repo } from './lib/sites.mjs';
import { log, round } from './lib/stats.mjs';
import load from './cases/load.mjs';
import floor from './cases/floor.mjs';
import layer from './cases/layer.mjs';
import year from './cases/year.mjs';
import reform from './cases/reform.mjs';
import type from './cases/type.mjs';
import playback from './cases/playback.mjs';
import synthetic from './cases/synthetic.mjs';
import lighthouse from './cases/lighthouse.mjs';

/** In running order: the floor's repaint comes before playback, whose frames are judged by it. */
const CASES = [load, floor, layer, year, reform, type, playback, synthetic, lighthouse];

const { values: opts } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    reps: { type: 'string' },
    'lighthouse-runs': { type: 'string' },
    url: { type: 'string', default: '/' },
    out: { type: 'string' },
    compare: { type: 'string' },
    dist: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const count = (v, quick, full, min) => Math.max(min, Number(v ?? (opts.quick ? quick : full)) || full);
const runs = count(opts.runs, 3, 5, 1);
const reps = count(opts.reps, 8, 20, 2);
const lighthouseRuns = count(opts['lighthouse-runs'], 1, 3, 1);
const only = opts.only ? opts.only.split(',').map((s) => s.trim()).filter(Boolean) : null;
const unknown = (only ?? []).filter((n) => !CASES.some((c) => c.name === n));
if (unknown.length) {
  log(`unknown case(s): ${unknown.join(', ')}; cases: ${CASES.map((c) => `\n  ${c.name.padEnd(10)} ${c.about}`).join('')}`);
  process.exit(2);
}
const distDir = path.resolve(repo, opts.dist ?? 'dist');
const git = (...a) => spawnSync('git', a, { cwd: repo, encoding: 'utf8' }).stdout?.trim() ?? '';

async function main() {
  const started = Date.now();
  const baseline = opts.compare ? JSON.parse(fs.readFileSync(opts.compare, 'utf8')) : null; // fail early on a bad baseline
  if (!opts['no-build'] && !opts.dist && process.env.ATLAS_SKIP_BUILD !== '1') build();
  const sites = await openSites(distDir);
  const browser = await launchBrowser();
  const result = {
    meta: {
      format: 2,
      date: new Date().toISOString(),
      url: opts.url,
      cases: (only ?? CASES.map((c) => c.name)).join(','),
      runs,
      reps,
      lighthouseRuns,
      viewport: VIEWPORT,
      chromium: browser.version(),
      node: process.version,
      commit: git('rev-parse', '--short', 'HEAD') || null,
      dirty: git('status', '--porcelain') !== '',
      cpus: os.cpus().length,
      // Other work on the machine skews every timing; compare runs made under similar load.
      loadAvg1m: { start: round(os.loadavg()[0], 2), end: null },
      caseSeconds: {},
      failed: {},
    },
  };
  let mapSize = null;
  const ctx = {
    browser,
    sites,
    distDir,
    urlPath: opts.url,
    runs,
    reps,
    lighthouseRuns,
    /** The atlas's #map size (the floor draws at it): from the load case, else from one load. */
    async atlasMapSize() {
      mapSize ??= result.load?.mapSize;
      if (!mapSize) {
        const p = await openPage(browser, sites.atlas.url(opts.url), { serviceWorkers: 'block' });
        mapSize = await p.page.evaluate(() => {
          const r = document.getElementById('map').getBoundingClientRect();
          return { width: Math.round(r.width), height: Math.round(r.height) };
        });
        await p.context.close();
      }
      return mapSize;
    },
  };
  try {
    log(`bench: atlas ${sites.atlas.url(opts.url)}, floor ${sites.floor.url()}, Chromium ${browser.version()}`);
    for (const c of CASES.filter((c) => !only || only.includes(c.name))) {
      const t0 = Date.now();
      log(`[${Math.round((t0 - started) / 1000)} s] ${c.name}: ${c.about}`);
      try {
        result[c.name] = await c.run(ctx);
      } catch (err) {
        // One broken case does not lose the others' figures; the exit code says it failed.
        result.meta.failed[c.name] = String(err?.message ?? err);
        log(`ERROR in case ${c.name}: ${err?.stack ?? err}`);
        process.exitCode = 1;
      }
      result.meta.caseSeconds[c.name] = round((Date.now() - t0) / 1000);
    }
  } finally {
    await browser.close().catch(() => {});
    for (const s of Object.values(sites)) await s.close();
  }
  result.ratios = ratios(result);
  result.budgets = budgets(result);
  result.meta.loadAvg1m.end = round(os.loadavg()[0], 2);
  result.meta.benchSeconds = round((Date.now() - started) / 1000);
  log(`\nratios atlas/floor: ${JSON.stringify(result.ratios)}`);
  printBudgets(result.budgets, log);
  if (baseline) {
    result.compare = compare(baseline, result);
    printCompare(result.compare, log);
  }
  const json = `${JSON.stringify(result, null, 2)}\n`;
  if (opts.out) {
    fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
    fs.writeFileSync(opts.out, json);
    log(`saved ${opts.out}`);
  }
  log(`bench finished in ${result.meta.benchSeconds} s`);
  process.stdout.write(json);
}

main().catch((err) => {
  log(`bench failed: ${err?.stack ?? err}`);
  process.exitCode = 1;
});
