/**
 * Keeps the address bar and the store in step. No React: the app starts it once, before the
 * first render, so a shared link never flashes the default view.
 *
 * - Start: reads the URL into the store (`applyView`), reports ignored values as a notice,
 *   and rewrites the URL to its canonical form.
 * - Data: when the store learns which ids exist (`setDataContext`, once every file is in),
 *   the view is checked against the data (years outside its span, unknown `sel`) without a
 *   restart, and the URL rewritten again if anything was dropped.
 * - Store → URL: a selection change pushes a history entry (Back undoes it); any other
 *   change replaces the current entry, throttled, because camera moves are frequent and
 *   browsers limit history updates (maplibre's hash.ts: Mobile Safari allows ~100 per 30 s).
 * - Back/Forward (`popstate`): re-reads the URL and applies it, without pushing again.
 */
import type { AtlasStore } from './store';
import type { View } from '../view/view';
import { formatViewUrl, parseViewUrl, reconcileView, type Ignored, type ReconcileContext } from './urlCodec';

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

// The data check runs on a URL that was already made canonical, so the values the first
// read ignored are gone from it: add to the visible notice instead of replacing it.
function reportIgnored(store: AtlasStore, ignored: Ignored[], fresh: boolean) {
  const existing = store.getState().notices.find((n) => n.id === URL_NOTICE_ID);
  // A URL reached by Back, Forward or an edited #map= is a new one: what was ignored in the last
  // no longer applies. The same URL checked again (the data arrived) keeps the earlier values.
  if (fresh && existing) store.getState().dismissNotice(URL_NOTICE_ID);
  if (ignored.length === 0) return;
  const previous = !fresh && existing?.kind === 'ignored-params' ? existing.payload : [];
  const added = ignored.filter((i) => !previous.some((p) => sameIgnored(p, i)));
  if (!fresh && existing && added.length === 0) return;
  store.getState().pushNotice({ id: URL_NOTICE_ID, kind: 'ignored-params', payload: [...previous, ...added] });
}

/** The data checks' context from the store, or null until every data file has loaded. */
function contextOf(store: AtlasStore): ReconcileContext | null {
  const { dataSpan, isKnownId } = store.getState();
  return dataSpan && isKnownId ? { ...dataSpan, isKnownId } : null;
}

/** Starts syncing `store` with `win`'s URL. Returns a stop function, which also writes any pending URL change. */
export function startUrlSync(store: AtlasStore, win: HistoryWindow, options: { throttleMs?: number } = {}): () => void {
  const throttleMs = options.throttleMs ?? URL_WRITE_THROTTLE_MS;
  let applying = false; // true while we change the store from the URL ourselves
  let timer: ReturnType<typeof setTimeout> | null = null;

  const currentHref = () => win.location.pathname + win.location.search + win.location.hash;
  // The bare pathname when everything is default: it clears both query and hash.
  const hrefOf = (view: View) => win.location.pathname + formatViewUrl(view, store.getState().dataSpan ?? undefined);

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

  /** Puts `view` (checked against the data when it has loaded) into the store and the URL. */
  const apply = (view: View, ignored: Ignored[], fresh = false) => {
    const ctx = contextOf(store);
    const reconciled = ctx === null ? { view, ignored: [] } : reconcileView(view, ctx);
    applying = true;
    try {
      store.getState().applyView(reconciled.view);
    } finally {
      applying = false;
    }
    reportIgnored(store, [...ignored, ...reconciled.ignored], fresh);
    write('replace', store.getState().view);
  };

  const readUrl = () => {
    const parsed = parseViewUrl(win.location.search + win.location.hash);
    apply(parsed.view, parsed.ignored);
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (applying) return;
    if (state.isKnownId !== prev.isKnownId) {
      // The data has arrived: check the view the store holds (its camera at full precision).
      cancelPending();
      apply(state.view, []);
      return;
    }
    if (state.view === prev.view) return;
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
    // A language change replaces the entry, never pushes one: Back undoes a selection, not the
    // language, so a language chosen since stays (and is written into the entry returned to).
    const parsed = parseViewUrl(win.location.search + win.location.hash);
    const lang = store.getState().view.lang ?? parsed.view.lang;
    apply({ ...parsed.view, lang }, parsed.ignored, true);
  };
  win.addEventListener('popstate', onPopState);

  readUrl();

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    if (cancelPending()) write('replace', store.getState().view);
  };
}
