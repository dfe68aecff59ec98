import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { View } from '../view/view';
import { createAtlasStore, type AtlasStore } from './store';
import { URL_NOTICE_ID, startUrlSync, type HistoryWindow } from './urlSync';

/** A window with a history stack, recording every history call. */
function fakeWindow(initial: string) {
  const entries = [initial];
  let index = 0;
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  const location = { pathname: '', search: '', hash: '' };
  const go = (href: string) => {
    const url = new URL(href, 'https://atlas.example');
    Object.assign(location, { pathname: url.pathname, search: url.search, hash: url.hash });
  };
  go(initial);
  const win = {
    location,
    history: {
      state: null,
      pushState: (_data: unknown, _unused: string, url?: string | null) => {
        calls.push(`push ${url}`);
        entries.splice(index + 1, Infinity, url!);
        index += 1;
        go(url!);
      },
      replaceState: (_data: unknown, _unused: string, url?: string | null) => {
        calls.push(`replace ${url}`);
        entries[index] = url!;
        go(url!);
      },
    },
    addEventListener: (_type: 'popstate', listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: 'popstate', listener: () => void) => listeners.delete(listener),
  } satisfies HistoryWindow;
  const navigate = (delta: number) => {
    index += delta;
    go(entries[index]!);
    listeners.forEach((l) => l());
  };
  return {
    win,
    calls,
    href: () => location.pathname + location.search + location.hash,
    back: () => navigate(-1),
    forward: () => navigate(1),
    listenerCount: () => listeners.size,
    entries,
  };
}

const span = { minYear: 1992, maxYear: 2026 };
const isKnownId = (id: string) => ['CN-GD', 'KZ-75', 'kz-cg-guangzhou'].includes(id);
/** What the app does once every data file has loaded. */
const loadData = (store: AtlasStore) => store.getState().setDataContext({ span, isKnownId });
/** A store that already knows the data (the sync started after loading). */
const loadedStore = () => {
  const store = createAtlasStore();
  loadData(store);
  return store;
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startUrlSync: reading the URL at start', () => {
  it('applies the URL to the store and keeps a canonical URL as it is', () => {
    const w = fakeWindow('/atlas/?lang=ru&from=2023&sel=CN-GD#map=5.00/33.10/95.20');
    const store = createAtlasStore();
    startUrlSync(store, w.win);
    expect(store.getState().view).toMatchObject({
      lang: 'ru',
      from: 2023,
      sel: 'CN-GD',
      camera: { zoom: 5, lat: 33.1, lng: 95.2 },
    });
    expect(w.calls).toEqual([]);
  });

  it('rewrites a messy URL to its canonical form and lists what it ignored', () => {
    const w = fakeWindow('/?types=visit,bogus,flight&from=abc&utm_source=x&lang=RU');
    const store = createAtlasStore();
    startUrlSync(store, w.win);
    expect(w.calls).toEqual(['replace /?lang=ru&types=visit,flight']);
    expect(store.getState().notices).toEqual([
      {
        id: URL_NOTICE_ID,
        kind: 'ignored-params',
        payload: [
          { param: 'types', raw: 'bogus', reason: 'unknown-type' },
          { param: 'from', raw: 'abc', reason: 'not-a-year' },
          { param: 'utm_source', raw: 'x', reason: 'unknown-param' },
        ],
      },
    ]);
  });

  it('with the data loaded, drops unknown ids and years outside the data, without a history entry', () => {
    const w = fakeWindow('/?from=1900&to=2020&sel=XX-99');
    const store = loadedStore();
    startUrlSync(store, w.win);
    expect(store.getState().view).toMatchObject({ from: null, to: 2020, sel: null });
    expect(w.calls).toEqual(['replace /?to=2020']);
    expect(w.entries).toHaveLength(1);
  });

  it('checks the view again when the data arrives, keeping earlier ignored values in the notice', () => {
    const w = fakeWindow('/?from=abc&sel=XX-99');
    const store = createAtlasStore();
    startUrlSync(store, w.win);
    expect(w.href()).toBe('/?sel=XX-99'); // syntactically fine, so kept for now
    expect(store.getState().view.sel).toBe('XX-99');
    loadData(store);
    expect(store.getState().view.sel).toBeNull();
    expect(w.href()).toBe('/');
    expect(w.entries).toHaveLength(1);
    const notice = store.getState().notices.find((n) => n.id === URL_NOTICE_ID);
    expect(notice?.payload).toEqual([
      { param: 'from', raw: 'abc', reason: 'not-a-year' },
      { param: 'sel', raw: 'XX-99', reason: 'unknown-id' },
    ]);
  });

  it('does not check ids on the span alone (the ids come with the last file)', () => {
    const w = fakeWindow('/?sel=XX-99');
    const store = createAtlasStore();
    startUrlSync(store, w.win);
    store.getState().setDataSpan(span);
    expect(store.getState().view.sel).toBe('XX-99');
    expect(store.getState().notices).toEqual([]);
  });

  it('does not add a notice when nothing was ignored', () => {
    const store = createAtlasStore();
    startUrlSync(store, fakeWindow('/?lang=kk').win);
    loadData(store);
    expect(store.getState().notices).toEqual([]);
  });

  it('omits years equal to the data span once the data is known', () => {
    const w = fakeWindow('/?from=1992&to=2026&lang=zh');
    startUrlSync(loadedStore(), w.win);
    expect(w.href()).toBe('/?lang=zh');
    const late = fakeWindow('/?from=1992&to=2026&lang=zh');
    const store = createAtlasStore();
    startUrlSync(store, late.win);
    expect(late.href()).toBe('/?lang=zh&from=1992&to=2026'); // canonical order
    loadData(store);
    expect(late.href()).toBe('/?lang=zh');
  });

  it('keeps the full-precision camera of the store when the data arrives', () => {
    const w = fakeWindow('/');
    const store = createAtlasStore();
    startUrlSync(store, w.win);
    store.getState().setCamera({ zoom: 5.123456, lat: 43.238949, lng: 76.889709 });
    loadData(store);
    expect(w.href()).toBe('/#map=5.12/43.24/76.89');
    expect(store.getState().view.camera).toEqual({ zoom: 5.123456, lat: 43.238949, lng: 76.889709 });
    // The pending throttled write was settled by the check, not written again later.
    const calls = w.calls.length;
    vi.advanceTimersByTime(1000);
    expect(w.calls).toHaveLength(calls);
  });
});

describe('startUrlSync: store to URL', () => {
  it('pushes a history entry when the selection changes', () => {
    const w = fakeWindow('/?lang=ru');
    const store = createAtlasStore();
    startUrlSync(store, w.win);
    store.getState().select('CN-GD');
    expect(w.calls).toEqual(['push /?lang=ru&sel=CN-GD']);
    store.getState().select(null);
    expect(w.calls).toEqual(['push /?lang=ru&sel=CN-GD', 'push /?lang=ru']);
  });

  it('replaces the entry for filter changes, after the throttle delay', () => {
    const w = fakeWindow('/');
    const store = createAtlasStore();
    startUrlSync(store, w.win);
    store.getState().toggleLayer('trade');
    expect(w.calls).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(w.calls).toEqual(['replace /?layers=districts,partnerships,flights,transport,missions']);
  });

  it('writes a burst of camera moves once, with the latest camera', () => {
    const w = fakeWindow('/');
    const store = createAtlasStore();
    startUrlSync(store, w.win);
    for (let i = 0; i < 50; i += 1) store.getState().setCamera({ zoom: 4, lat: 40 + i / 10, lng: 70 });
    vi.advanceTimersByTime(299);
    expect(w.calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(w.calls).toEqual(['replace /#map=4.00/44.90/70.00']);
  });

  it('writes at most once per throttle period during a long drag', () => {
    const w = fakeWindow('/');
    const store = createAtlasStore();
    startUrlSync(store, w.win);
    for (let ms = 0; ms < 1000; ms += 16) {
      store.getState().setCamera({ zoom: 4, lat: 40 + ms / 1000, lng: 70 });
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(300);
    expect(w.calls.length).toBeGreaterThanOrEqual(3);
    expect(w.calls.length).toBeLessThanOrEqual(5);
    expect(w.href()).toBe('/#map=4.00/40.99/70.00');
  });

  it('settles a pending camera change on the current entry before pushing a selection', () => {
    const w = fakeWindow('/');
    const store = createAtlasStore();
    startUrlSync(store, w.win);
    store.getState().setCamera({ zoom: 6, lat: 23, lng: 113 });
    store.getState().select('kz-cg-guangzhou');
    expect(w.calls).toEqual(['replace /#map=6.00/23.000/113.000', 'push /?sel=kz-cg-guangzhou#map=6.00/23.000/113.000']);
    vi.advanceTimersByTime(1000);
    expect(w.calls).toHaveLength(2);
  });

  it('writes the shading measure', () => {
    const w = fakeWindow('/');
    const store = createAtlasStore();
    startUrlSync(store, w.win);
    store.getState().setShade('trade');
    vi.advanceTimersByTime(300);
    expect(w.href()).toBe('/?shade=trade');
  });

  it('clears the query and hash when the view returns to the defaults', () => {
    const w = fakeWindow('/app/?types=visit#map=3/40/70');
    const store = createAtlasStore();
    startUrlSync(store, w.win);
    store.getState().resetFilters();
    store.getState().setCamera(null);
    vi.advanceTimersByTime(300);
    expect(w.href()).toBe('/app/');
  });
});

describe('startUrlSync: Back and Forward', () => {
  it('applies the URL of the entry without pushing a new one', () => {
    const w = fakeWindow('/?lang=ru');
    const store = loadedStore();
    startUrlSync(store, w.win);
    store.getState().select('CN-GD');
    store.getState().select('KZ-75');
    w.back();
    expect(store.getState().view.sel).toBe('CN-GD');
    w.back();
    expect(store.getState().view.sel).toBeNull();
    w.forward();
    expect(store.getState().view.sel).toBe('CN-GD');
    expect(w.calls.filter((c) => c.startsWith('push'))).toHaveLength(2);
    expect(w.entries).toEqual(['/?lang=ru', '/?lang=ru&sel=CN-GD', '/?lang=ru&sel=KZ-75']);
  });

  it('keeps a language chosen since: Back and Forward move between selections, not languages', () => {
    const w = fakeWindow('/?lang=en');
    const store = loadedStore();
    startUrlSync(store, w.win);
    store.getState().select('CN-GD');
    store.getState().select('KZ-75');
    store.getState().setLang('ru');
    vi.advanceTimersByTime(1000);
    w.back();
    expect(store.getState().view).toMatchObject({ sel: 'CN-GD', lang: 'ru' });
    expect(w.href()).toBe('/?lang=ru&sel=CN-GD');
    w.back();
    expect(store.getState().view).toMatchObject({ sel: null, lang: 'ru' });
    w.forward();
    expect(store.getState().view).toMatchObject({ sel: 'CN-GD', lang: 'ru' });
    expect(w.calls.filter((c) => c.startsWith('push'))).toHaveLength(2);
  });

  it('reports what a newly reached URL ignored, not what the previous one did', () => {
    const w = fakeWindow('/#map=abc');
    const store = loadedStore();
    startUrlSync(store, w.win);
    const notice = () => store.getState().notices.find((n) => n.id === URL_NOTICE_ID);
    expect(notice()?.payload).toEqual([expect.objectContaining({ param: '#map', raw: 'abc' })]);
    // The reader edits the fragment (a new entry, reached as by Forward).
    w.win.history.pushState(null, '', '/#map=30/95/400');
    w.back();
    w.forward();
    expect(notice()?.payload).toEqual([expect.objectContaining({ param: '#map', raw: '30/95/400' })]);
    store.getState().select('CN-GD');
    w.back();
    w.back();
    // Back at the first entry, canonical now: nothing is ignored there any more.
    expect(w.href()).toBe('/');
    expect(notice()).toBeUndefined();
  });

  it('drops a pending write that belonged to the entry left behind', () => {
    const w = fakeWindow('/');
    const store = createAtlasStore();
    startUrlSync(store, w.win);
    store.getState().select('CN-GD');
    store.getState().setCamera({ zoom: 8, lat: 23, lng: 113 });
    w.back();
    vi.advanceTimersByTime(1000);
    expect(w.entries).toEqual(['/', '/?sel=CN-GD']);
    expect(store.getState().view).toEqual<View>({ ...store.getInitialState().view });
  });
});

describe('stop', () => {
  it('stops listening to the store and to popstate, after writing what was pending', () => {
    const w = fakeWindow('/');
    const store = createAtlasStore();
    const stop = startUrlSync(store, w.win);
    store.getState().setLang('kk');
    stop();
    expect(w.calls).toEqual(['replace /?lang=kk']);
    expect(w.listenerCount()).toBe(0);
    store.getState().select('CN-GD');
    vi.advanceTimersByTime(1000);
    expect(w.calls).toHaveLength(1);
  });
});

it('accepts the real window', () => {
  const stop = startUrlSync(createAtlasStore(), window);
  stop();
  expect(window.location.search).toBe('');
});
