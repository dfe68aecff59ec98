/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { asciiScripts } from './scripts/asciiScripts';
import { hostingPlugin, siteUrlFrom } from './scripts/hostingPlugin';
import { mapDataPlugin } from './scripts/mapDataPlugin';
import { messagesPlugin } from './scripts/messagesPlugin';
import { thirdPartyNotices } from './scripts/thirdPartyNotices';
import { trimMaplibreCss } from './scripts/trimMaplibreCss';

// A fingerprint of the shipped data: the app compares it with the last visit's to say "updated".
function dataVersion(): string {
  const hash = createHash('sha256');
  for (const f of readdirSync('public/data').sort()) hash.update(f).update(readFileSync(`public/data/${f}`));
  return hash.digest('hex').slice(0, 12);
}

// Relative base: the built app works from the site root and from any sub-path.
// VITE_SITE_URL (optional, the deployed absolute URL) adds the canonical link: see docs/DEPLOY.md.
export default defineConfig({
  base: './',
  define: { __DATA_VERSION__: JSON.stringify(dataVersion()) },
  css: { postcss: { plugins: [trimMaplibreCss()] } },
  plugins: [
    react(),
    mapDataPlugin(),
    messagesPlugin(),
    hostingPlugin(siteUrlFrom(process.env.VITE_SITE_URL)),
    thirdPartyNotices(),
    asciiScripts(),
    VitePWA({
      // Our own worker (src/sw.ts) and our own registration (registerOffline in src/offline.ts);
      // a new version waits for the user's Reload instead of taking over a page in use.
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: null,
      registerType: 'prompt',
      includeAssets: ['icons/icon.svg'],
      manifest: {
        name: 'Kazakhstan–China Regional Atlas',
        short_name: 'KZ–CN Atlas',
        description: 'Consular districts, partnerships, flights and trade between Kazakhstan’s regions and China’s provinces, with sources.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4ed8',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // App shell and every data file: the atlas must open with no network after one visit.
        // Not the link-card image nor the 404 page: browsers never need them offline.
        globPatterns: ['**/*.{js,mjs,css,html,json,png,svg,webmanifest}'],
        globIgnores: ['og-image.png', '404.html'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Vite puts a content hash in every name under assets/: no revision needed, so Workbox
        // fetches them with the HTTP cache (see src/sw.ts for the revisioned rest).
        dontCacheBustURLsMatching: /^assets\//,
        // The worker is a build of its own: its packages (Workbox) join the notices too.
        buildPlugins: { vite: [thirdPartyNotices()] },
      },
    }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
  },
  test: {
    globals: true,
    restoreMocks: true,
    // Components and hooks (*.test.tsx) need a DOM and the Testing Library set-up; everything else
    // is pure logic and runs in Node without either, which starts each file about a second faster.
    // The logic files mock and stub nothing, so they also share one module graph per worker
    // (isolate: false): setting each file up again took more time than their tests (95 s → 55 s
    // for the whole unit suite here). A logic test that needs vi.mock belongs in its own project.
    projects: [
      { extends: true, test: { name: 'logic', environment: 'node', isolate: false, include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', setupFiles: ['test/setup.ts'], include: ['src/**/*.test.tsx', 'test/unit/**/*.test.tsx'] },
      },
    ],
  },
});
