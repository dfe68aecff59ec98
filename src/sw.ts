/// <reference lib="webworker" />
// The service worker (built by vite-plugin-pwa, strategy injectManifest): precaches the app shell
// and every data file so the atlas opens offline after one visit. The page registers it only after
// the map's first idle (src/offline.ts), and a new version waits until the user chooses Reload.
import { clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

// At install, Workbox fetches revisioned entries (index.html, data/, icons) with cache: 'reload',
// which downloads them again right after the page has. 'no-cache' asks the server instead: 304
// when the file is unchanged (the page's copy in the HTTP cache is used), the new file when it
// changed. Hashed assets/ entries already use the HTTP cache (cache: 'default'; immutable).
// Only install fetches: a navigation request cannot be copied with new options.
addPlugins([
  {
    requestWillFetch: async ({ request, event }) =>
      event?.type === 'install' && request.cache === 'reload' ? new Request(request, { cache: 'no-cache' }) : request,
  },
]);

// Every query parameter is part of the view, not of the file: ?lang=ru&sel=… opens the cached index.html.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
// Drops caches of older Workbox versions; entries of the previous build are dropped on activate.
cleanupOutdatedCaches();
// The first worker takes over the open page at once, so it works offline without a reload.
clientsClaim();

// A new version installs and waits; the page's "Reload" (src/offline.ts) tells it to take over.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
