// The two pages the bench measures, each from its own local server that gzips like a static host
// and counts every request (test/browser/server.mjs): the built atlas (dist/) and the floor page
// (bench/floor/), assembled in a temp dir from the same MapLibre build and the same data files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../test/browser/server.mjs';
import { log } from './stats.mjs';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * `vite build` into dist/. Not `npm run build`: its typecheck (tsc -b) is the tests' business and
 * would stop the bench on a type error elsewhere; the bench measures the bundle vite makes.
 */
export function build() {
  log('> npx vite build');
  const r = spawnSync('npx', ['vite', 'build'], { cwd: repo, stdio: ['ignore', 2, 2] }); // stdout stays for the JSON
  if (r.status !== 0) throw new Error(`"vite build" failed (exit ${r.status ?? r.signal})`);
}

/** The floor page with copies of what it loads; cleanup() removes the dir. */
function makeFloorDir(distDir) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-floor-'));
  const copy = (from, to) => fs.copyFileSync(from, path.join(dir, to));
  fs.mkdirSync(path.join(dir, 'vendor'));
  fs.mkdirSync(path.join(dir, 'data'));
  copy(path.join(repo, 'bench/floor/index.html'), 'index.html');
  copy(path.join(repo, 'bench/floor/floor.mjs'), 'floor.mjs');
  const ml = path.join(repo, 'node_modules/maplibre-gl/dist');
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copy(path.join(ml, f), `vendor/${f}`);
  copy(path.join(repo, 'node_modules/topojson-client/dist/topojson-client.min.js'), 'vendor/topojson-client.min.js');
  for (const f of ['boundaries.topo.json', 'map.json']) copy(path.join(distDir, 'data', f), `data/${f}`);
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A site: { name, dir, server, url(pathAndQuery) }; close() stops the server (and removes a temp dir). */
export async function serve(name, dir, cleanup = () => {}) {
  const server = await startServer({ root: dir, gzip: true });
  return { name, dir, server, url: (p = '/') => server.urlFor(p), close: async () => (await server.close(), cleanup()) };
}

export async function openSites(distDir) {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) throw new Error(`${distDir}/index.html not found; build first`);
  const floorDir = makeFloorDir(distDir);
  return { atlas: await serve('atlas', distDir), floor: await serve('floor', floorDir.dir, floorDir.cleanup) };
}
