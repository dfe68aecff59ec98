// docs/DEPLOY.md's nginx recipes, run: nginx serves dist/ with deploy/nginx/atlas-root.conf at / and
// deploy/nginx/atlas-subpath.conf at /atlas/ (the files the doc shows; test/unit/deploy.test.ts keeps
// the doc equal to them), as this user on free ports, and Chromium loads the app from both.
// Needs /usr/sbin/nginx (.ci/run installs it); without it the test fails in CI and is skipped elsewhere.
// Run with: npm run test:browser -- --no-build test/browser/nginx.browser.mjs
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP, IMMUTABLE, REVALIDATE } from '../../deploy/headers.mjs';
import { openApp, test } from './harness.mjs';

const NGINX = '/usr/sbin/nginx';
const CI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
const recipes = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../deploy/nginx');
const hasNginx = fs.existsSync(NGINX);

async function freePort() {
  const srv = net.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => srv.once('listening', r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

/**
 * Starts nginx in the foreground with the two recipes (their paths swapped for dist/ and ports),
 * everything else in a temp dir. Returns { root, sub, stop }: base URLs of the two sites.
 */
async function startNginx(dist) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-nginx-'));
  fs.mkdirSync(path.join(dir, 'atlas'));
  fs.copyFileSync(path.join(recipes, 'atlas-static.conf'), path.join(dir, 'atlas/atlas-static.conf'));
  const [rootPort, subPort] = [await freePort(), await freePort()];
  const recipe = (name) => fs.readFileSync(path.join(recipes, name), 'utf8').replaceAll('/srv/atlas/dist', dist);
  const root = recipe('atlas-root.conf').replace('listen 80;', `listen 127.0.0.1:${rootPort};`);
  assert.ok(root.includes(`listen 127.0.0.1:${rootPort};`), 'atlas-root.conf should say "listen 80;"');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`).join('\n');
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log ${dir}/access.log;
${temp}
${root}
  server {
    listen 127.0.0.1:${subPort};
    server_name _;
    root ${dir}/empty;
${recipe('atlas-subpath.conf')}
  }
}
`,
  );
  // -p: the prefix (relative includes such as atlas/atlas-static.conf resolve there); -e: no default log.
  const proc = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((r) => proc.once('exit', (code) => r(code)));
  const stop = async () => {
    proc.kill('SIGTERM');
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const base = { root: `http://127.0.0.1:${rootPort}/`, sub: `http://127.0.0.1:${subPort}/atlas/` };
  for (const url of Object.values(base)) {
    for (let i = 0; ; i++) {
      if (proc.exitCode !== null) throw new Error(`nginx exited (${proc.exitCode}): ${stderr}${fs.readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
      const ok = await fetch(url).then(() => true, () => false);
      if (ok) break;
      if (i > 100) { await stop(); throw new Error(`nginx did not answer at ${url}: ${stderr}`); }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { ...base, stop };
}

test('nginx recipes (docs/DEPLOY.md): the app draws at / and at /atlas/ with the documented headers', async ({ browser, server }) => {
  if (!hasNginx) throw new Error(`${NGINX} is missing: CI must install nginx (.ci/run does: apt-get install nginx-light)`);
  const nginx = await startNginx(server.root);
  try {
    const asset = fs.readdirSync(path.join(server.root, 'assets')).find((f) => /^index-.*\.js$/.test(f));
    const worker = fs.readdirSync(path.join(server.root, 'assets')).find((f) => f.endsWith('.mjs'));
    for (const base of [nginx.root, nginx.sub]) {
      const expect = [
        ['', 200, 'text/html', REVALIDATE],
        ['sw.js', 200, 'text/javascript', REVALIDATE],
        ['manifest.webmanifest', 200, 'application/manifest+json', REVALIDATE],
        ['data/links.json', 200, 'application/json', REVALIDATE],
        [`assets/${asset}`, 200, 'text/javascript', IMMUTABLE],
        [`assets/${worker}`, 200, 'text/javascript', IMMUTABLE],
        ['no/such/page?lang=ru', 404, 'text/html', REVALIDATE],
      ];
      for (const [rel, status, type, cache] of expect) {
        const res = await fetch(base + rel, { headers: { 'accept-encoding': 'gzip' } });
        const what = `${base}${rel}`;
        assert.equal(res.status, status, `${what}: status`);
        assert.equal(res.headers.get('content-type')?.split(';')[0], type, `${what}: Content-Type`);
        assert.equal(res.headers.get('cache-control'), cache, `${what}: Cache-Control`);
        assert.equal(res.headers.get('content-security-policy'), CSP, `${what}: Content-Security-Policy`);
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${what}: X-Content-Type-Options`);
        if (status === 404) assert.match(await res.text(), /Page not found/, `${what}: the 404 page`);
      }
    }
    const bare = await fetch(nginx.sub.replace(/\/$/, '?lang=ru'), { redirect: 'manual' });
    assert.equal(bare.status, 301, '/atlas redirects');
    assert.equal(new URL(bare.headers.get('location'), nginx.sub).pathname + new URL(bare.headers.get('location'), nginx.sub).search, '/atlas/?lang=ru');

    // The app itself, under the header policy and the meta one.
    for (const url of [`${nginx.root}?lang=en`, `${nginx.sub}no/such/page?lang=en#map=4.00/40.00/90.00`]) {
      const context = await browser.newContext({ viewport: { width: 800, height: 600 }, locale: 'en-US' });
      try {
        const page = await context.newPage();
        await page.addInitScript(() => {
          window.__csp = [];
          document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`), true);
        });
        const app = await openApp(page, url, { allowConsoleErrors: true });
        assert.equal(new URL(page.url()).pathname, new URL(url).pathname.startsWith('/atlas/') ? '/atlas/' : '/', `${url} should end at the app`);
        assert.equal(await page.getAttribute('#map', 'aria-busy'), 'false', `${url}: the map draws`);
        assert.deepEqual(await page.evaluate(() => window.__csp), [], `${url}: no CSP violation`);
        assert.deepEqual(app.nonLocalRequests, [], `${url}: requests left localhost`);
        // The deep link passes through the 404 page, whose answers Chromium logs.
        assert.deepEqual(app.consoleErrors.filter((e) => !/status of 404/.test(e)), [], `${url}: console errors`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await nginx.stop();
  }
}, { skip: !hasNginx && !CI ? `${NGINX} not installed (apt-get install nginx-light)` : false, timeout: 180_000 });
