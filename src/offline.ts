import type { AtlasStore } from './state/store';

const VERSION_KEY = 'atlas-data-version';

/**
 * Offline support: register the service worker (production builds only) and, when the
 * data differs from the previous visit's, say so with a small notice.
 */
export function startOffline(store: AtlasStore, storage: Storage | null = safeLocalStorage()): void {
  const seen = storage?.getItem(VERSION_KEY) ?? null;
  if (seen !== null && seen !== __DATA_VERSION__) {
    store.getState().pushNotice({ id: 'data-updated', kind: 'info', payload: { key: 'notices.updated' } });
  }
  storage?.setItem(VERSION_KEY, __DATA_VERSION__);
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }));
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
