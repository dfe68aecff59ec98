import { lazy } from 'react';

/** Runs `load`; if it fails while the browser is offline, runs it again once it is back online. */
function retryWhenOnline<R>(load: () => Promise<R>): Promise<R> {
  return load().catch((error: unknown) => {
    if (navigator.onLine) throw error;
    return new Promise<R>((resolve, reject) => {
      window.addEventListener('online', () => void retryWhenOnline(load).then(resolve, reject), { once: true });
    });
  });
}

/**
 * React.lazy for a chunk of the app's own code that survives going offline. React.lazy never
 * calls its loader again once it has failed, so a chunk requested while the network was gone
 * left its part broken until a reload. Here an import that fails while the browser is offline
 * waits for it to be online again and retries (the part's Suspense fallback stays meanwhile;
 * Chromium fetches a failed module again); a failure while online is an error for the part's
 * boundary, as before.
 */
export const lazyChunk: typeof lazy = (load) => lazy(() => retryWhenOnline(load));
