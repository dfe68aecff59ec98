// The HTTP headers of the built atlas, in one place: the Vite build (CSP <meta>), the test server,
// the nginx recipes and public/_headers all follow this file; test/unit/deploy.test.ts checks the
// recipes against it and the browser suite checks what a real nginx sends.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The 404 page (deploy/404.html) with its one inline script. */
export const NOT_FOUND_HTML = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '404.html'), 'utf8');

/** CSP source for an inline script: 'sha256-…' of its exact text. */
function scriptHash(html) {
  const m = /<script>([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('deploy/404.html has no inline <script>');
  return `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`;
}

/**
 * Content-Security-Policy, directive by directive. Everything the app loads is its own: scripts,
 * the MapLibre worker (a same-origin module worker: setWorkerUrl, so no blob:), the service worker,
 * styles (a stylesheet; React and MapLibre set element.style through the DOM, which CSP allows),
 * data (fetch). Images: MapLibre's data: placeholder and blob: images, the PNG export's data:.
 * No 'unsafe-inline', no 'unsafe-eval' (zod runs jitless, see src/data/z.ts).
 * The one inline script allowed is the 404 page's redirect, pinned by its hash.
 * frame-ancestors is left to the host: embedding with ?embed=1 must keep working (docs/DEPLOY.md),
 * and a <meta> policy could not carry it anyway.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", scriptHash(NOT_FOUND_HTML)],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** Hashed build output: its name changes with its content, so it never needs revalidating. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, sw.js, manifest.webmanifest, data/, icons): ask the server each time (304 when unchanged). */
export const REVALIDATE = 'no-cache';

/** Cache-Control for a path relative to the app's root, e.g. "assets/index-abc123.js" or "data/links.json". */
export function cacheControlFor(relPath) {
  return relPath.startsWith('assets/') ? IMMUTABLE : REVALIDATE;
}

/** Headers every response carries. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
