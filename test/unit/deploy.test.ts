/**
 * The hosting pieces agree with deploy/headers.mjs: the nginx recipes and public/_headers send its
 * policy and cache rules, docs/DEPLOY.md shows the recipes as they are (the browser suite runs
 * them), and the build's page tags follow VITE_SITE_URL.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HtmlTagDescriptor } from 'vite';
import { describe, expect, it } from 'vitest';
import { CSP, IMMUTABLE, REVALIDATE, cacheControlFor } from '../../deploy/headers.mjs';
import { hostingPlugin, siteUrlFrom } from '../../scripts/hostingPlugin';
import { core } from '../../src/i18n/messages/core';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(resolve(repo, file), 'utf8');
const RECIPES = ['deploy/nginx/atlas-static.conf', 'deploy/nginx/atlas-root.conf', 'deploy/nginx/atlas-subpath.conf'];

describe('deployment recipes', () => {
  it('nginx sends the policy of deploy/headers.mjs', () => {
    expect(read('deploy/nginx/atlas-static.conf')).toContain(`add_header Content-Security-Policy "${CSP}" always;`);
  });

  it('nginx keeps hashed assets/ a year and revalidates the rest, at / and at a sub-path', () => {
    for (const file of ['deploy/nginx/atlas-root.conf', 'deploy/nginx/atlas-subpath.conf']) {
      expect(read(file)).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
      expect(read(file)).toContain(`add_header Cache-Control "${REVALIDATE}" always;`);
    }
    expect(cacheControlFor('assets/index-Abc123.js')).toBe(IMMUTABLE);
    expect(cacheControlFor('data/links.json')).toBe(REVALIDATE);
    expect(cacheControlFor('sw.js')).toBe(REVALIDATE);
  });

  it('public/_headers carries the same policy and the immutable assets/', () => {
    const headers = read('public/_headers');
    expect(headers).toContain(`  Content-Security-Policy: ${CSP}\n`);
    expect(headers).toMatch(new RegExp(`^/assets/\\*\\n  Cache-Control: ${IMMUTABLE}$`, 'm'));
  });

  it('docs/DEPLOY.md shows every recipe exactly as the tested file', () => {
    const doc = read('docs/DEPLOY.md');
    for (const file of RECIPES) expect(doc, `${file} in docs/DEPLOY.md`).toContain(read(file).trim());
  });
});

type Transform = (html: string) => { html: string; tags: HtmlTagDescriptor[] };
const page = (siteUrl: string | undefined) => (hostingPlugin(siteUrlFrom(siteUrl)).transformIndexHtml as Transform)(read('index.html'));
const attr = (tags: HtmlTagDescriptor[], key: string, value: string, want: string) => tags.find((t) => t.attrs?.[key] === value)?.attrs?.[want];

describe('page tags of the build', () => {
  it('puts the CSP meta right after the charset, before any script', () => {
    const { html } = page(undefined);
    expect(html).toMatch(/<meta charset="UTF-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('without VITE_SITE_URL: a relative card image and no canonical link', () => {
    const { tags } = page(undefined);
    expect(attr(tags, 'property', 'og:image', 'content')).toBe('og-image.png');
    expect(attr(tags, 'rel', 'canonical', 'href')).toBeUndefined();
  });

  it('with VITE_SITE_URL: canonical link, og:url and an absolute card image', () => {
    const { tags } = page('https://example.org/atlas');
    expect(attr(tags, 'rel', 'canonical', 'href')).toBe('https://example.org/atlas/');
    expect(attr(tags, 'property', 'og:url', 'content')).toBe('https://example.org/atlas/');
    expect(attr(tags, 'property', 'og:image', 'content')).toBe('https://example.org/atlas/og-image.png');
  });

  it('rejects a VITE_SITE_URL that is relative or not http(s)', () => {
    expect(() => siteUrlFrom('/atlas/')).toThrow(/absolute/);
    expect(() => siteUrlFrom('ftp://example.org/')).toThrow(/http/);
  });

  it('index.html carries the English description (the app switches it per language)', () => {
    const html = read('index.html');
    const description = core.en.app.description.replaceAll('"', '&quot;');
    expect(html).toContain(`<meta name="description" content="${description}" />`);
    expect(html).toContain(`<meta property="og:description" content="${description}" />`);
  });
});
