// Tiny static file server for the built app (dist/). No dependencies.
// It answers like the hosts in docs/DEPLOY.md: Cache-Control from deploy/headers.mjs (hashed
// assets/ immutable, the rest revalidated), ETags with 304 answers, and <mount>404.html for missing
// paths. (No CSP header: the browser suite tests the <meta> policy here, the header with nginx.)
//
//   import { startServer } from './server.mjs';
//   const server = await startServer({ root: 'dist', mounts: ['/', '/atlas/'], gzip: false });
//   server.url            // http://127.0.0.1:PORT/
//   server.urlFor('/atlas/?lang=en')
//   server.requests       // every request served so far (see onRequest), for counting bytes
//   await server.close();
//
// CLI (handy for manual checks):  node test/browser/server.mjs [--root dist] [--port 0]
//                                 [--gzip] [--mount /atlas/]
import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { cacheControlFor } from '../../deploy/headers.mjs';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pbf': 'application/x-protobuf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|manifest\+json|javascript|xml|x-protobuf)|image\/svg\+xml)/;

export function contentTypeFor(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function normaliseMount(m) {
  let s = m.startsWith('/') ? m : `/${m}`;
  if (!s.endsWith('/')) s += '/';
  return s;
}

/**
 * @param {object} [opts]
 * @param {string} [opts.root='dist'] directory to serve
 * @param {string[]} [opts.mounts=['/']] URL prefixes under which `root` is served (e.g. ['/', '/atlas/'])
 * @param {boolean} [opts.gzip=false] gzip compressible responses when the client accepts it
 * @param {string} [opts.host='127.0.0.1']
 * @param {number} [opts.port=0] 0 = a random free port
 * @param {(entry: object) => void} [opts.onRequest] called after each response with
 *        { method, url, status, path, contentType, bytes, encodedBytes, encoding, t, dest }:
 *        bytes = file size, encodedBytes = body bytes sent, t = wall-clock ms when the request
 *        arrived (performance.timeOrigin + performance.now(), comparable with a page's clock),
 *        dest = its Sec-Fetch-Dest header ("serviceworker" for a service worker script, "empty"
 *        for fetches, also a service worker's). The same entries are kept in `server.requests`.
 */
export async function startServer(opts = {}) {
  const root = path.resolve(opts.root ?? 'dist');
  const mounts = (opts.mounts ?? ['/']).map(normaliseMount).sort((a, b) => b.length - a.length);
  const gzip = Boolean(opts.gzip);
  const host = opts.host ?? '127.0.0.1';
  const gzCache = new Map(); // absolute path + mtime -> Buffer
  const sockets = new Set();
  const requests = [];

  async function resolveFile(urlPath) {
    let decoded;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return { status: 400 };
    }
    if (decoded.includes('\0')) return { status: 400 };
    // Longest mount first; '/atlas' (no slash) redirects to '/atlas/'.
    for (const m of mounts) {
      if (m !== '/' && decoded === m.slice(0, -1)) return { status: 301, location: m };
      if (!decoded.startsWith(m)) continue;
      let rel = decoded.slice(m.length);
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const abs = path.resolve(root, rel);
      if (abs !== root && !abs.startsWith(root + path.sep)) return { status: 403 };
      try {
        const st = await fsp.stat(abs);
        if (st.isDirectory()) return { status: 301, location: `${decoded}/` };
        return { status: 200, file: abs, rel, stat: st };
      } catch {
        const page = path.join(root, '404.html');
        const st = await fsp.stat(page).catch(() => null);
        return st ? { status: 404, file: page, rel: '404.html', stat: st } : { status: 404 };
      }
    }
    return { status: 404 };
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const t = performance.timeOrigin + performance.now();
    const dest = req.headers['sec-fetch-dest'];
    const entry = { method: req.method, url: req.url, path: url.pathname, status: 0, bytes: 0, encodedBytes: 0, t, dest };
    const done = () => {
      requests.push(entry);
      opts.onRequest?.(entry);
    };
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      entry.status = 405;
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return done();
    }
    const r = await resolveFile(url.pathname);
    if (r.status === 301) {
      entry.status = 301;
      res.writeHead(301, { Location: r.location + url.search }).end();
      return done();
    }
    if (!r.file) {
      entry.status = r.status;
      const body = `${r.status} ${http.STATUS_CODES[r.status]}\n`;
      res.writeHead(r.status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return done();
    }
    const type = contentTypeFor(r.file);
    entry.contentType = type;
    entry.bytes = r.stat.size;
    const wantsGzip = gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    // Weak: the gzip and identity bodies share it, as nginx's do.
    const etag = `W/"${Math.floor(r.stat.mtimeMs).toString(16)}-${r.stat.size.toString(16)}"`;
    const headers = { 'Content-Type': type, 'Last-Modified': r.stat.mtime.toUTCString(), ETag: etag };
    if (r.status === 200) headers['Cache-Control'] = cacheControlFor(r.rel);
    if (gzip) headers.Vary = 'Accept-Encoding';
    const ifNoneMatch = String(req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim());
    if (r.status === 200 && ifNoneMatch.includes(etag)) {
      entry.status = 304;
      res.writeHead(304, headers).end();
      return done();
    }
    try {
      if (wantsGzip) {
        const key = `${r.file}:${r.stat.mtimeMs}`;
        let body = gzCache.get(key);
        if (!body) {
          body = zlib.gzipSync(await fsp.readFile(r.file), { level: 9 });
          gzCache.set(key, body);
        }
        entry.encodedBytes = body.length;
        entry.encoding = 'gzip';
        res.writeHead(r.status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
      } else {
        entry.encodedBytes = r.stat.size;
        res.writeHead(r.status, { ...headers, 'Content-Length': r.stat.size });
        if (req.method === 'HEAD') res.end();
        else fs.createReadStream(r.file).on('error', () => res.destroy()).pipe(res);
      }
    } catch (err) {
      entry.status = 500;
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(err));
      return done();
    }
    entry.status = r.status;
    return done();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://${host}:${port}`;
  return {
    root,
    mounts,
    gzip,
    host,
    port,
    origin,
    url: `${origin}/`,
    requests,
    /** Absolute URL for a path like '/atlas/?lang=en'. */
    urlFor: (p = '/') => new URL(p, origin).href,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

// CLI
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (name, def) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : def;
  };
  const mounts = ['/'];
  args.forEach((a, i) => a === '--mount' && mounts.push(args[i + 1]));
  const s = await startServer({
    root: get('--root', 'dist'),
    port: Number(get('--port', '0')),
    gzip: args.includes('--gzip'),
    mounts,
    onRequest: (e) => console.error(`${e.status} ${e.method} ${e.url}`),
  });
  console.log(`serving ${s.root} at ${s.mounts.map((m) => s.origin + m).join(' ')}${s.gzip ? ' (gzip)' : ''}`);
  const stop = () => s.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
