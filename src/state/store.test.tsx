import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../data/schema';
import { LAYER_IDS, defaultView, type View } from '../view/view';
import { atlasStore, createAtlasStore, effectiveYearRange, normalizeRange, playbackRange, useAtlas, useYearRange } from './store';

const span = { minYear: 1992, maxYear: 2026 };
const view = (patch: Partial<View> = {}): View => ({ ...defaultView(), ...patch });

describe('setYearRange', () => {
  it('stores the years as given inside the data span', () => {
    const store = createAtlasStore({ dataSpan: span });
    store.getState().setYearRange(2010, 2020);
    expect(store.getState().view).toMatchObject({ from: 2010, to: 2020 });
  });

  it('ends playback (running, paused or finished) when the range changes, and only then', () => {
    const store = createAtlasStore({ dataSpan: span });
    store.getState().setYearRange(2010, 2020);
    store.getState().play();
    store.getState().setYearRange(2010, 2020); // the same range: playback goes on
    expect(store.getState()).toMatchObject({ playing: true, playYear: 2010 });
    store.setState({ playing: false, playYear: 2020 }); // finished at its last year
    store.getState().setYearRange(2010, 2024);
    expect(store.getState()).toMatchObject({ playing: false, playYear: null, view: { from: 2010, to: 2024 } });
  });

  it('swaps reversed bounds', () => {
    const store = createAtlasStore({ dataSpan: span });
    store.getState().setYearRange(2020, 2010);
    expect(store.getState().view).toMatchObject({ from: 2010, to: 2020 });
  });

  it('clamps to the data span and writes the span ends as open (null)', () => {
    const store = createAtlasStore({ dataSpan: span });
    store.getState().setYearRange(1900, 2100);
    expect(store.getState().view).toMatchObject({ from: null, to: null });
    store.getState().setYearRange(1992, 2000);
    expect(store.getState().view).toMatchObject({ from: null, to: 2000 });
    store.getState().setYearRange(2030, 2040);
    expect(store.getState().view).toMatchObject({ from: 2026, to: null });
  });

  it('only swaps and rounds while the data span is unknown', () => {
    const store = createAtlasStore();
    store.getState().setYearRange(2100.4, 1900);
    expect(store.getState().view).toMatchObject({ from: 1900, to: 2100 });
    store.getState().setYearRange(Number.NaN, 2000);
    expect(store.getState().view).toMatchObject({ from: null, to: 2000 });
  });
});

describe('playbackRange', () => {
  it('shows the whole range when playback holds no year', () => {
    expect(playbackRange({ from: 2000, to: 2010 }, null)).toEqual({ from: 2000, to: 2010 });
  });

  it('moves the end of the range to the playback year', () => {
    expect(playbackRange({ from: 2000, to: 2010 }, 2004)).toEqual({ from: 2000, to: 2004 });
  });

  it('keeps the span upright when the range moved under a paused playback', () => {
    expect(playbackRange({ from: 2005, to: 2010 }, 2001)).toEqual({ from: 2005, to: 2005 });
    expect(playbackRange({ from: 2000, to: 2003 }, 2008)).toEqual({ from: 2000, to: 2003 });
  });

  it('has no range before the data span is known', () => {
    expect(playbackRange(null, 2004)).toBeNull();
  });
});

describe('normalizeRange and effectiveYearRange', () => {
  it('fill open ends from the span', () => {
    expect(normalizeRange(2026, 1992, span)).toEqual({ from: null, to: null });
    expect(effectiveYearRange(view({ to: 2000 }), span)).toEqual({ from: 1992, to: 2000 });
    expect(effectiveYearRange(view({ from: 2000, to: 2001 }), null)).toEqual({ from: 2000, to: 2001 });
    expect(effectiveYearRange(view({ from: 2000 }), null)).toBeNull();
  });

  it('reads a reversed range (a URL not yet checked against the data) without its end', () => {
    expect(effectiveYearRange(view({ from: 2024, to: 2020 }), span)).toEqual({ from: 2024, to: span.maxYear });
    expect(effectiveYearRange(view({ from: 2024, to: 2020 }), null)).toBeNull();
  });
});

describe('types and layers', () => {
  it('toggles a type off and back on, keeping the canonical order', () => {
    const store = createAtlasStore();
    store.getState().toggleType('mission');
    expect(store.getState().view.types).toEqual(EVENT_TYPES.filter((t) => t !== 'mission'));
    store.getState().toggleType('mission');
    expect(store.getState().view.types).toEqual([...EVENT_TYPES]);
  });

  it('sets types de-duplicated in canonical order', () => {
    const store = createAtlasStore();
    store.getState().setTypes(['trade', 'visit', 'trade']);
    expect(store.getState().view.types).toEqual(['visit', 'trade']);
    store.getState().setTypes([]);
    expect(store.getState().view.types).toEqual([]);
  });

  it('toggles layers', () => {
    const store = createAtlasStore();
    store.getState().toggleLayer('flights');
    store.getState().toggleLayer('districts');
    expect(store.getState().view.layers).toEqual(['partnerships', 'transport', 'trade', 'missions']);
    store.getState().toggleLayer('districts');
    expect(store.getState().view.layers).toEqual(['districts', 'partnerships', 'transport', 'trade', 'missions']);
    store.getState().setLayers(['missions', 'trade']);
    expect(store.getState().view.layers).toEqual(['trade', 'missions']);
  });

  it('resets filters but keeps language, shading, selection, camera and embed', () => {
    const camera = { zoom: 4, lat: 45, lng: 80 };
    const store = createAtlasStore({
      view: view({ lang: 'kk', from: 2000, to: 2010, types: ['visit'], layers: [], shade: 'trade', sel: 'CN-GD', camera, embed: true }),
    });
    store.getState().resetFilters();
    expect(store.getState().view).toEqual(view({ lang: 'kk', shade: 'trade', sel: 'CN-GD', camera, embed: true }));
  });

  it('ends playback with the reset, paused or running', () => {
    const store = createAtlasStore({ dataSpan: span });
    store.getState().setYearRange(2010, 2020);
    store.getState().play();
    store.getState().pause();
    store.getState().resetFilters();
    expect(store.getState()).toMatchObject({ playing: false, playYear: null, view: { from: null, to: null } });
    // Nothing to reset: the state is left as it is.
    const before = store.getState();
    store.getState().resetFilters();
    expect(store.getState()).toBe(before);
  });

  it('sets and clears the shading measure', () => {
    const store = createAtlasStore();
    expect(store.getState().view.shade).toBeNull();
    store.getState().setShade('flights');
    expect(store.getState().view.shade).toBe('flights');
    const before = store.getState().view;
    store.getState().setShade('flights');
    expect(store.getState().view).toBe(before);
    store.getState().setShade(null);
    expect(store.getState().view.shade).toBeNull();
  });
});

describe('selection', () => {
  it('selects and deselects', () => {
    const store = createAtlasStore();
    store.getState().select('kz-cg-guangzhou');
    expect(store.getState().view.sel).toBe('kz-cg-guangzhou');
    store.getState().select(null);
    expect(store.getState().view.sel).toBeNull();
    store.getState().select('CN-GD');
    store.getState().select('');
    expect(store.getState().view.sel).toBeNull();
  });

  it('does not notify subscribers when selecting what is already selected', () => {
    const store = createAtlasStore({ view: view({ sel: 'CN-GD' }) });
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.getState().select('CN-GD');
    store.getState().setCamera(null);
    store.getState().setLang(null);
    expect(calls).toBe(0);
    store.getState().select('CN-XJ');
    expect(calls).toBe(1);
  });
});

describe('applyView', () => {
  it('replaces the whole view at once, in canonical form', () => {
    const store = createAtlasStore();
    store.getState().toggleType('visit');
    const next = view({ lang: 'zh', from: 2010, types: ['trade', 'flight', 'trade'], layers: ['missions'], sel: 'KZ-75' });
    store.getState().applyView(next);
    expect(store.getState().view).toEqual({ ...next, types: ['flight', 'trade'] });
  });

  it('keeps the same view object when the new view means the same', () => {
    const store = createAtlasStore({ view: view({ from: 2010 }) });
    const before = store.getState().view;
    store.getState().applyView(view({ from: 2010 }));
    expect(store.getState().view).toBe(before);
  });

  it('does not share arrays with the view it was given', () => {
    const store = createAtlasStore();
    const next = view({ types: ['visit'] });
    store.getState().applyView(next);
    next.types.push('trade');
    expect(store.getState().view.types).toEqual(['visit']);
  });
});

describe('data context', () => {
  it('stores the span and the id check, and wakes subscribers only when they change', () => {
    const store = createAtlasStore();
    expect(store.getState()).toMatchObject({ dataSpan: null, isKnownId: null });
    let calls = 0;
    store.subscribe(() => (calls += 1));
    const isKnownId = (id: string) => id === 'CN-GD';
    store.getState().setDataContext({ span, isKnownId });
    expect(store.getState().dataSpan).toEqual(span);
    expect(store.getState().isKnownId).toBe(isKnownId);
    expect(calls).toBe(1);
    store.getState().setDataContext({ span: { ...span }, isKnownId });
    expect(calls).toBe(1);
    store.getState().setDataContext({ span, isKnownId: () => true });
    expect(calls).toBe(2);
  });

  it('clamps new year ranges into the span it was given', () => {
    const store = createAtlasStore();
    store.getState().setDataContext({ span, isKnownId: () => true });
    store.getState().setYearRange(1900, 2000);
    expect(store.getState().view).toMatchObject({ from: null, to: 2000 });
  });
});

describe('resolved language', () => {
  it('starts from the view’s language, else English, and changes only through setResolvedLang', () => {
    expect(createAtlasStore().getState().lang).toBe('en');
    expect(createAtlasStore({ view: view({ lang: 'kk' }) }).getState().lang).toBe('kk');
    const store = createAtlasStore();
    store.getState().setLang('zh');
    // The URL's language is a wish: the resolver (language.ts) turns it into `lang`.
    expect(store.getState().view.lang).toBe('zh');
    expect(store.getState().lang).toBe('en');
    store.getState().setResolvedLang('zh');
    expect(store.getState().lang).toBe('zh');
    const before = store.getState();
    store.getState().setResolvedLang('zh');
    expect(store.getState()).toBe(before);
  });
});

describe('camera, language, embed', () => {
  it('stores them', () => {
    const store = createAtlasStore();
    store.getState().setCamera({ zoom: 5.123456, lat: 43.2, lng: 76.9 });
    store.getState().setLang('ru');
    store.getState().setEmbed(true);
    expect(store.getState().view).toMatchObject({
      camera: { zoom: 5.123456, lat: 43.2, lng: 76.9 },
      lang: 'ru',
      embed: true,
    });
  });
});

describe('playback', () => {
  it('does nothing until a range is known', () => {
    const store = createAtlasStore();
    store.getState().play();
    expect(store.getState()).toMatchObject({ playing: false, playYear: null });
  });

  it('plays year by year through the range and pauses on the last year', () => {
    const store = createAtlasStore({ view: view({ from: 2023, to: 2025 }), dataSpan: span });
    const s = () => store.getState();
    s().play();
    expect([s().playing, s().playYear]).toEqual([true, 2023]);
    s().stepPlayback();
    s().stepPlayback();
    expect(s().playYear).toBe(2025);
    s().stepPlayback();
    expect([s().playing, s().playYear]).toEqual([false, 2025]);
    s().play(); // at the end: start over
    expect([s().playing, s().playYear]).toEqual([true, 2023]);
  });

  it('resumes after pause, forgets the year after stop', () => {
    const store = createAtlasStore({ dataSpan: span });
    const s = () => store.getState();
    s().play();
    s().stepPlayback();
    s().pause();
    s().stepPlayback(); // a late tick after pause does nothing
    expect([s().playing, s().playYear]).toEqual([false, 1993]);
    s().play();
    expect([s().playing, s().playYear]).toEqual([true, 1993]);
    s().stop();
    expect([s().playing, s().playYear]).toEqual([false, null]);
  });

  it('limits the speed to a sensible range', () => {
    const store = createAtlasStore();
    store.getState().setSpeed(100);
    expect(store.getState().speed).toBe(8);
    store.getState().setSpeed(0);
    expect(store.getState().speed).toBe(0.25);
    store.getState().setSpeed(Number.NaN);
    expect(store.getState().speed).toBe(0.25);
  });
});

describe('notices', () => {
  it('adds, replaces by id and dismisses', () => {
    const store = createAtlasStore();
    const s = () => store.getState();
    s().pushNotice({ id: 'a', kind: 'info', payload: { key: 'hello' } });
    s().pushNotice({ id: 'b', kind: 'data-error', payload: { message: 'links.json: bad record', file: 'links.json' } });
    s().pushNotice({ id: 'a', kind: 'ignored-params', payload: [{ param: 'lang', raw: 'xx', reason: 'unknown-lang' }] });
    expect(s().notices.map((n) => [n.id, n.kind])).toEqual([
      ['a', 'ignored-params'],
      ['b', 'data-error'],
    ]);
    s().dismissNotice('a');
    expect(s().notices.map((n) => n.id)).toEqual(['b']);
  });
});

describe('store instances', () => {
  it('are independent', () => {
    const a = createAtlasStore();
    const b = createAtlasStore();
    a.getState().select('CN-GD');
    expect(b.getState().view.sel).toBeNull();
    expect(b.getState().view.layers).toEqual([...LAYER_IDS]);
  });
});

describe('hooks', () => {
  // Unmount first: a reset under a mounted hook would re-render it outside act().
  afterEach(() => {
    cleanup();
    atlasStore.setState(atlasStore.getInitialState(), true);
  });

  it('useAtlas exposes the app store outside React too', () => {
    useAtlas.getState().select('KZ-75');
    expect(atlasStore.getState().view.sel).toBe('KZ-75');
  });

  it('useYearRange re-renders only when the years change', () => {
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useYearRange();
    });
    expect(result.current).toEqual({ from: null, to: null });
    act(() => atlasStore.getState().select('CN-GD'));
    expect(renders).toBe(1);
    act(() => atlasStore.getState().setYearRange(2001, 2002));
    expect(result.current).toEqual({ from: 2001, to: 2002 });
    expect(renders).toBe(2);
  });
});
