/**
 * Keeps the address bar and the store in step. No React: the app starts it once (and
 * restarts it when the data has loaded, so the data-dependent checks run).
 *
 * - Start: reads the URL into the store (`applyView`), reports ignored values as a notice,
 *   and rewrites the URL to its canonical form.
 * - Store → URL: a selection change pushes a history entry (Back undoes it); any other
 *   change replaces the current entry, throttled, because camera moves are frequent and
 *   browsers limit history updates (maplibre's hash.ts: Mobile Safari allows ~100 per 30 s).
 * - Back/Forward (`popstate`): re-reads the URL and applies it, without pushing again.
 */
import type { AtlasStore } from './store';
import { formatViewUrl, parseViewUrl, reconcileView, type Ignored, type ReconcileContext, type View } from './urlCodec';

/** The parts of `window` the sync uses (a fake in tests). */
export type HistoryWindow = {
  location: { pathname: string; search: string; hash: string };
  history: {
    readonly state: unknown;
    pushState(data: unknown, unused: string, url?: string | null): void;
    replaceState(data: unknown, unused: string, url?: string | null): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
};

/** Id of the notice that lists ignored URL values. */
export const URL_NOTICE_ID = 'url-ignored';

export const URL_WRITE_THROTTLE_MS = 300;

const sameIgnored = (a: Ignored, b: Ignored) => a.param === b.param && a.raw === b.raw && a.reason === b.reason;

// A restart (data loaded) re-reads a URL that was already made canonical, so the values
// the first read ignored are gone from it: add to the visible notice instead of replacing it.
function reportIgnored(store: AtlasStore, ignored: Ignored[]) {
  if (ignored.length === 0) return;
  const existing = store.getState().notices.find((n) => n.id === URL_NOTICE_ID);
  const previous = existing?.kind === 'ignored-params' ? existing.payload : [];
  const added = ignored.filter((i) => !previous.some((p) => sameIgnored(p, i)));
  if (existing && added.length === 0) return;
  store.getState().pushNotice({ id: URL_NOTICE_ID, kind: 'ignored-params', payload: [...previous, ...added] });
}

/**
 * Starts syncing `store` with `win`'s URL. `getContext` returns the loaded data's span and
 * id lookup, or null before the data has loaded (then only syntactic checks run). Returns
 * a stop function, which also writes any pending URL change.
 */
export function startUrlSync(
  store: AtlasStore,
  win: HistoryWindow,
  getContext: () => ReconcileContext | null,
  options: { throttleMs?: number } = {},
): () => void {
  const throttleMs = options.throttleMs ?? URL_WRITE_THROTTLE_MS;
  let applying = false; // true while we change the store from the URL ourselves
  let timer: ReturnType<typeof setTimeout> | null = null;

  const span = () => {
    const ctx = getContext();
    return ctx === null ? undefined : { minYear: ctx.minYear, maxYear: ctx.maxYear };
  };
  const currentHref = () => win.location.pathname + win.location.search + win.location.hash;
  // The bare pathname when everything is default: it clears both query and hash.
  const hrefOf = (view: View) => win.location.pathname + formatViewUrl(view, span());

  const write = (mode: 'push' | 'replace', view: View) => {
    const href = hrefOf(view);
    if (href === currentHref()) return;
    if (mode === 'push') win.history.pushState(null, '', href);
    else win.history.replaceState(win.history.state, '', href);
  };

  const cancelPending = () => {
    if (timer !== null) clearTimeout(timer);
    const wasPending = timer !== null;
    timer = null;
    return wasPending;
  };

  const readUrl = () => {
    const parsed = parseViewUrl(win.location.search + win.location.hash);
    const current = store.getState().view;
    // When the URL is just the canonical form of the store's view (a restart), keep the
    // store's view: it has the camera at full precision, the URL a rounded one.
    const base = formatViewUrl(parsed.view) === formatViewUrl(current) ? current : parsed.view;
    const ctx = getContext();
    const reconciled = ctx === null ? { view: base, ignored: [] } : reconcileView(base, ctx);
    applying = true;
    try {
      store.getState().applyView(reconciled.view);
    } finally {
      applying = false;
    }
    reportIgnored(store, [...parsed.ignored, ...reconciled.ignored]);
    write('replace', store.getState().view);
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (applying || state.view === prev.view) return;
    if (state.view.sel !== prev.view.sel) {
      // Settle the current entry first, so Back returns to exactly where the user was.
      if (cancelPending()) write('replace', prev.view);
      write('push', state.view);
    } else if (timer === null) {
      // Trailing throttle: the first change starts the clock, later ones ride along.
      timer = setTimeout(() => {
        timer = null;
        write('replace', store.getState().view);
      }, throttleMs);
    }
  });

  const onPopState = () => {
    // A pending write belongs to the entry we just left; the browser has moved on.
    cancelPending();
    readUrl();
  };
  win.addEventListener('popstate', onPopState);

  readUrl();

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    if (cancelPending()) write('replace', store.getState().view);
  };
}
