import { browserStorage, type LangStorage } from './i18n/langPreference';
import type { AtlasStore } from './state/store';

const VERSION_KEY = 'atlas-data-version';
/** How often an open atlas asks for a new version; the browser also checks on every page load. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** When the data differs from the previous visit's, says so with a small notice. */
export function startOffline(store: AtlasStore, storage: LangStorage | null = browserStorage()): void {
  // Blocked or full storage (reads and writes can throw) only costs this notice: it runs before
  // the page renders, so an error here would leave it blank.
  try {
    const seen = storage?.getItem(VERSION_KEY) ?? null;
    if (seen !== null && seen !== __DATA_VERSION__) {
      store.getState().pushNotice({ id: 'data-updated', kind: 'info', payload: { key: 'offline.dataUpdated' } });
    }
    storage?.setItem(VERSION_KEY, __DATA_VERSION__);
  } catch {
    // Nothing to remember this visit by; everything else works.
  }
}

/**
 * Registers the service worker (src/sw.ts; production builds only). Call it after the map's first
 * idle: the worker's precache then finds the first view's files in the HTTP cache instead of
 * downloading them again while the first view is still loading.
 *
 * A new version, once deployed, installs in the background and waits; a notice offers to reload
 * into it, which keeps the URL (query and #map= hash) since the page reloads where it is.
 * Registration is written out here rather than taken from workbox-window, which misses a new
 * worker that is already installing when the page registers (likely here, as the page registers
 * late while the browser checks for updates at every page load).
 */
export async function registerOffline(store: AtlasStore, container: ServiceWorkerContainer | undefined = navigator.serviceWorker): Promise<void> {
  if (!import.meta.env.PROD || !container) return;
  const reg = await container.register('sw.js').catch(() => null);
  if (!reg) return;

  let reloading = false;
  container.addEventListener('controllerchange', () => {
    // The first worker also takes control (clientsClaim); only a chosen update reloads.
    if (reloading) window.location.reload();
  });
  const offerUpdate = () => {
    store.getState().pushNotice({
      id: 'app-update',
      kind: 'info',
      payload: {
        key: 'offline.newVersion',
        action: {
          key: 'offline.reload',
          run: () => {
            reloading = true;
            reg.waiting?.postMessage({ type: 'SKIP_WAITING' });
          },
        },
      },
    });
  };
  // A worker that reaches "installed" while another controls the page is an update (the first
  // install has no controller to replace).
  const watch = (worker: ServiceWorker | null) => {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offerUpdate();
    });
  };
  if (reg.waiting && container.controller) offerUpdate();
  watch(reg.installing);
  reg.addEventListener('updatefound', () => watch(reg.installing));
  setInterval(() => reg.update().catch(() => {}), UPDATE_CHECK_MS);
}
