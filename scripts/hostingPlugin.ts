import type { HtmlTagDescriptor, Plugin } from 'vite';
import { CSP, NOT_FOUND_HTML } from '../deploy/headers.mjs';

/** The preview image for link cards (public/og-image.png, 1200×630, made by `npm run screenshots`). */
export const OG_IMAGE = 'og-image.png';
const OG_IMAGE_ALT = 'The atlas map: consular districts, partnerships and flights between Kazakhstan’s regions and China’s provinces';

/**
 * The deployer's absolute URL of the app (VITE_SITE_URL, e.g. https://example.org/atlas/), or null.
 * Canonical links and card images must be absolute, and a relative build cannot know its own address.
 */
export function siteUrlFrom(value: string | undefined): URL | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`VITE_SITE_URL must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`VITE_SITE_URL must be http(s), got ${JSON.stringify(value)}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

/** The page with the CSP <meta> right after its charset: before every script and stylesheet it governs. */
export function withCspMeta(html: string): string {
  const out = html.replace(/<meta charset="UTF-8" \/>/i, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
  if (out === html) throw new Error('no <meta charset="UTF-8" /> to put the CSP after');
  return out;
}

/**
 * What the built site needs around the app (build only: the dev server needs inline scripts for
 * React refresh):
 * - the Content-Security-Policy as a <meta>, first in <head> so it covers everything after it,
 *   for hosts that cannot send headers (deploy/headers.mjs has the same policy for those that can);
 * - the card image, and with a site URL the canonical link and og:url;
 * - 404.html, which sends a mistyped address back to the app (deploy/404.html).
 */
export function hostingPlugin(siteUrl: URL | null): Plugin {
  return {
    name: 'atlas-hosting',
    apply: 'build',
    transformIndexHtml(html) {
      // Open Graph wants og:image:* right after og:image, so the group is written here in order.
      const image = siteUrl ? new URL(OG_IMAGE, siteUrl).href : OG_IMAGE;
      const meta = (property: string, content: string): HtmlTagDescriptor => ({ tag: 'meta', attrs: { property, content }, injectTo: 'head' });
      const tags: HtmlTagDescriptor[] = [
        meta('og:image', image),
        meta('og:image:width', '1200'),
        meta('og:image:height', '630'),
        meta('og:image:alt', OG_IMAGE_ALT),
      ];
      if (siteUrl) {
        tags.push(
          { tag: 'link', attrs: { rel: 'canonical', href: siteUrl.href }, injectTo: 'head' },
          meta('og:url', siteUrl.href),
        );
      }
      return { html: withCspMeta(html), tags };
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '404.html', source: withCspMeta(NOT_FOUND_HTML) });
    },
  };
}
