/**
 * The atlas store: one zustand store made of small slices.
 *
 * - view: everything the URL holds (`View`, never duplicated here), the interface language
 *   resolved from it (see language.ts), and what the loaded data tells the URL rules: its
 *   year span and which ids exist;
 * - selection: `select`, writing `view.sel` (the selection is part of the URL);
 * - playback: year-by-year playback state (the timer lives in a component);
 * - notices: dismissible messages (ignored URL values, data errors).
 *
 * Every action that changes nothing leaves the state object untouched, so subscribers
 * (React, URL sync) only wake up for real changes.
 */
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type { YearRange, YearSpan } from '../data/dates';
import type { ReasonKey } from '../data/fetchJson';
import { EVENT_TYPES, type EventType, type Lang } from '../data/schema';
import {
  LAYER_IDS,
  canonicalizeView,
  defaultView,
  isReversedRange,
  viewsEqual,
  type Camera,
  type LayerId,
  type ShadeMeasure,
  type View,
} from '../view/view';
import type { Ignored } from './urlCodec';

// ---------------------------------------------------------------------------------------
// Types

export type Notice =
  | { id: string; kind: 'ignored-params'; payload: Ignored[] }
  | { id: string; kind: 'data-error'; payload: { message: string; file?: string; reasonKey?: ReasonKey | undefined } }
  | { id: string; kind: 'info'; payload: { key: string; values?: Record<string, string | number>; action?: NoticeAction } };
/** A button in a notice: its label's message key, and what it does. */
export type NoticeAction = { key: string; run: () => void };
export type NoticeKind = Notice['kind'];

/** What the loaded data tells the view rules: its year span and which ids exist. */
export type DataContext = { span: YearSpan; isKnownId: (id: string) => boolean };

export type ViewSlice = {
  view: View;
  /** The interface language in use: the URL's, else the saved choice, else the browser's (language.ts). */
  lang: Lang;
  /** Years covered by the loaded data; null until it has loaded. */
  dataSpan: YearSpan | null;
  /** Whether an id names something in the data; null until all the data has loaded. */
  isKnownId: ((id: string) => boolean) | null;
  /** The data's span, as soon as the map's files are in (the ids follow with the last file). */
  setDataSpan: (span: YearSpan | null) => void;
  /** Once every file has loaded: the span and the ids, for the URL's checks. */
  setDataContext: (context: DataContext) => void;
  /** The language from the URL or the switcher; null = follow the saved choice or the browser. */
  setLang: (lang: Lang | null) => void;
  /** Only the language resolver calls this: it switches the strings first, then the store. */
  setResolvedLang: (lang: Lang) => void;
  /** Inclusive years; null = open end. See the rules at `normalizeRange`. */
  setYearRange: (from: number | null, to: number | null) => void;
  toggleType: (type: EventType) => void;
  setTypes: (types: readonly EventType[]) => void;
  toggleLayer: (layer: LayerId) => void;
  setLayers: (layers: readonly LayerId[]) => void;
  setShade: (shade: ShadeMeasure | null) => void;
  setCamera: (camera: Camera | null) => void;
  setEmbed: (embed: boolean) => void;
  /** Replaces the whole view at once (from the URL, a saved view…). */
  applyView: (view: View) => void;
  /** Back to the full span with every type and layer; keeps language, selection, camera and embed. */
  resetFilters: () => void;
};

export type SelectionSlice = {
  /** Selects an object by id; null (or "") deselects. */
  select: (id: string | null) => void;
};

export type PlaybackSlice = {
  playing: boolean;
  /** The year shown by playback; null when playback is stopped. */
  playYear: number | null;
  /** Tempo multiplier: 1 = one year per second (the timer component turns it into a delay). */
  speed: number;
  /** Starts (or resumes) at `playYear`, or at the range's start if stopped or at the end. */
  play: () => void;
  pause: () => void;
  /** Pauses and forgets the year: the map shows the whole range again. */
  stop: () => void;
  setSpeed: (speed: number) => void;
  /** One tick of the timer: next year, or pause on the range's last year. */
  stepPlayback: () => void;
};

export type NoticesSlice = {
  notices: Notice[];
  /** Adds a notice, or replaces the one with the same id (so repeats don't stack up). */
  pushNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
};

export type AtlasState = ViewSlice & SelectionSlice & PlaybackSlice & NoticesSlice;
export type AtlasStore = StoreApi<AtlasState>;

type Slice<T> = StateCreator<AtlasState, [], [], T>;

export const SPEED_LIMITS = { min: 0.25, max: 8 } as const;

// ---------------------------------------------------------------------------------------
// Pure helpers (exported for components and tests)

/**
 * The range the view shows, in inclusive years, with open ends filled from the data span;
 * null while the span is unknown and an end is open.
 */
export function effectiveYearRange(view: Pick<View, 'from' | 'to'>, span: YearSpan | null): YearRange | null {
  const from = view.from ?? span?.minYear;
  // A reversed range from a URL lasts only until the data arrive and reconcileView settles it,
  // which drops `to` when both bounds lie in the data; until then it reads the same way.
  const to = (isReversedRange(view) ? null : view.to) ?? span?.maxYear;
  return from === undefined || to === undefined ? null : { from, to };
}

/**
 * The range the map shows. Playback keeps the chosen range (and the URL) untouched and
 * moves only the END of what is shown, from the range's first year to its last, so ties
 * accumulate year by year; once stopped, the whole range shows again. While paused (or
 * after the last year) the playback year still holds, so the map stays on that frame.
 */
export function playbackRange(range: YearRange | null, playYear: number | null): YearRange | null {
  if (range === null || playYear === null) return range;
  // A range changed under a paused playback (back button, URL) must not show an inverted span.
  return { from: range.from, to: Math.min(range.to, Math.max(range.from, playYear)) };
}

/**
 * The year-range rules of `setYearRange`:
 * - non-integers are rounded, non-finite numbers read as an open end (null);
 * - reversed bounds are swapped (slider handles dragged past each other mean a range);
 * - with a known data span, bounds are clamped into it, and a bound equal to the span's
 *   end becomes null, so "the whole span" has a single spelling (and a short URL).
 */
export function normalizeRange(
  from: number | null,
  to: number | null,
  span: YearSpan | null,
): { from: number | null; to: number | null } {
  const clean = (y: number | null) => (y === null || !Number.isFinite(y) ? null : Math.round(y));
  let [f, t] = [clean(from), clean(to)];
  if (f !== null && t !== null && f > t) [f, t] = [t, f];
  if (span !== null) {
    const clamp = (y: number) => Math.min(span.maxYear, Math.max(span.minYear, y));
    if (f !== null) f = clamp(f);
    if (t !== null) t = clamp(t);
    if (f === span.minYear) f = null;
    if (t === span.maxYear) t = null;
  }
  return { from: f, to: t };
}

const toggled = <T extends string>(items: readonly T[], item: T, order: readonly T[]): T[] => {
  const set = new Set(items);
  if (set.has(item)) set.delete(item);
  else set.add(item);
  return order.filter((x) => set.has(x));
};

// ---------------------------------------------------------------------------------------
// Slices

// Applies a change to the view, keeping the old object when it means the same thing.
const patchView =
  (patch: (view: View) => Partial<View>) =>
  (state: AtlasState): AtlasState | Partial<AtlasState> => {
    const next = { ...state.view, ...patch(state.view) };
    return viewsEqual(next, state.view) ? state : { view: next };
  };

const sameSpan = (a: YearSpan | null, b: YearSpan | null) => a?.minYear === b?.minYear && a?.maxYear === b?.maxYear;

const createViewSlice =
  (initialView: View, initialSpan: YearSpan | null): Slice<ViewSlice> =>
  (set, get) => ({
    view: canonicalizeView(initialView),
    lang: initialView.lang ?? 'en',
    dataSpan: initialSpan,
    isKnownId: null,
    setDataSpan: (span) => set((s) => (sameSpan(s.dataSpan, span) ? s : { dataSpan: span })),
    setDataContext: ({ span, isKnownId }) =>
      set((s) => (sameSpan(s.dataSpan, span) && s.isKnownId === isKnownId ? s : { dataSpan: span, isKnownId })),
    setLang: (lang) => set(patchView(() => ({ lang }))),
    setResolvedLang: (lang) => set((s) => (s.lang === lang ? s : { lang })),
    // A new range ends playback, whoever sets it (the timeline, search, a details panel):
    // paused or finished, playback would keep the years shown cut at its year.
    setYearRange: (from, to) =>
      set((s) => {
        const next = patchView(() => normalizeRange(from, to, get().dataSpan))(s);
        return next === s ? s : { ...next, playing: false, playYear: null };
      }),
    toggleType: (type) => set(patchView((v) => ({ types: toggled(v.types, type, EVENT_TYPES) }))),
    setTypes: (types) => set(patchView(() => ({ types: EVENT_TYPES.filter((t) => types.includes(t)) }))),
    toggleLayer: (layer) => set(patchView((v) => ({ layers: toggled(v.layers, layer, LAYER_IDS) }))),
    setLayers: (layers) => set(patchView(() => ({ layers: LAYER_IDS.filter((l) => layers.includes(l)) }))),
    setShade: (shade) => set(patchView(() => ({ shade }))),
    setCamera: (camera) => set(patchView(() => ({ camera: camera === null ? null : { ...camera } }))),
    setEmbed: (embed) => set(patchView(() => ({ embed }))),
    applyView: (view) => set(patchView(() => canonicalizeView(view))),
    // Like a new year range, a reset ends playback: paused, it would keep the years cut at its year.
    resetFilters: () =>
      set((s) => {
        const next = patchView(() => ({ from: null, to: null, types: [...EVENT_TYPES], layers: [...LAYER_IDS] }))(s);
        return next === s && !s.playing && s.playYear === null ? s : { ...next, playing: false, playYear: null };
      }),
  });

const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  select: (id) => set(patchView(() => ({ sel: id === '' ? null : id }))),
});

const createPlaybackSlice: Slice<PlaybackSlice> = (set, get) => ({
  playing: false,
  playYear: null,
  speed: 1,
  play: () => {
    const { view, dataSpan, playYear } = get();
    const range = effectiveYearRange(view, dataSpan);
    if (range === null) return; // nothing to play through until the data has loaded
    const resume = playYear !== null && playYear >= range.from && playYear < range.to;
    set({ playing: true, playYear: resume ? playYear : range.from });
  },
  pause: () => set((s) => (s.playing ? { playing: false } : s)),
  stop: () => set((s) => (!s.playing && s.playYear === null ? s : { playing: false, playYear: null })),
  setSpeed: (speed) => {
    if (!Number.isFinite(speed)) return;
    set({ speed: Math.min(SPEED_LIMITS.max, Math.max(SPEED_LIMITS.min, speed)) });
  },
  stepPlayback: () => {
    const { playing, playYear, view, dataSpan } = get();
    const range = effectiveYearRange(view, dataSpan);
    if (!playing || playYear === null || range === null) return;
    // Stay on the last year (paused) rather than loop: the end state is worth looking at.
    if (playYear >= range.to) set({ playing: false, playYear: range.to });
    else set({ playYear: Math.max(range.from, playYear + 1) });
  },
});

const createNoticesSlice: Slice<NoticesSlice> = (set) => ({
  notices: [],
  pushNotice: (notice) =>
    set((s) => {
      const at = s.notices.findIndex((n) => n.id === notice.id);
      return { notices: at === -1 ? [...s.notices, notice] : s.notices.map((n, i) => (i === at ? notice : n)) };
    }),
  dismissNotice: (id) =>
    set((s) => (s.notices.some((n) => n.id === id) ? { notices: s.notices.filter((n) => n.id !== id) } : s)),
});

/** A fresh store (tests, or a second atlas on one page). */
export function createAtlasStore(initial: { view?: View; dataSpan?: YearSpan | null } = {}): AtlasStore {
  return createStore<AtlasState>()((...a) => ({
    ...createViewSlice(initial.view ?? defaultView(), initial.dataSpan ?? null)(...a),
    ...createSelectionSlice(...a),
    ...createPlaybackSlice(...a),
    ...createNoticesSlice(...a),
  }));
}

// ---------------------------------------------------------------------------------------
// The app's store and its hooks

/** The app's store. Tests reset it with `atlasStore.setState(atlasStore.getInitialState(), true)`. */
export const atlasStore: AtlasStore = createAtlasStore();

function useAtlasHook(): AtlasState;
function useAtlasHook<T>(selector: (state: AtlasState) => T): T;
function useAtlasHook<T>(selector?: (state: AtlasState) => T) {
  return useStore(atlasStore, selector ?? ((s: AtlasState) => s as unknown as T));
}

/**
 * `useAtlas(selector)` in components; `useAtlas.getState()`, `.setState`, `.subscribe`
 * outside React (the same shape as zustand's `create`).
 */
export const useAtlas = Object.assign(useAtlasHook, atlasStore);

export const useView = () => useAtlas((s) => s.view);
/** The interface language in use. */
export const useLang = () => useAtlas((s) => s.lang);
/** The view's own bounds (null = open end). */
export const useYearRange = () => useAtlas(useShallow((s) => ({ from: s.view.from, to: s.view.to })));
export const useDataSpan = () => useAtlas((s) => s.dataSpan);
export const useTypes = () => useAtlas((s) => s.view.types);
export const useLayers = () => useAtlas((s) => s.view.layers);
export const useShade = () => useAtlas((s) => s.view.shade);
export const useSelection = () => useAtlas((s) => s.view.sel);
export const useCamera = () => useAtlas((s) => s.view.camera);
export const useEmbed = () => useAtlas((s) => s.view.embed);
export const usePlayback = () =>
  useAtlas(useShallow((s) => ({ playing: s.playing, playYear: s.playYear, speed: s.speed })));
export const useNotices = () => useAtlas((s) => s.notices);

const ACTIONS = [
  'setDataSpan',
  'setDataContext',
  'setLang',
  'setYearRange',
  'toggleType',
  'setTypes',
  'toggleLayer',
  'setLayers',
  'setShade',
  'setCamera',
  'setEmbed',
  'applyView',
  'resetFilters',
  'select',
  'play',
  'pause',
  'stop',
  'setSpeed',
  'stepPlayback',
  'pushNotice',
  'dismissNotice',
] as const satisfies readonly (keyof AtlasState)[];
export type AtlasActions = Pick<AtlasState, (typeof ACTIONS)[number]>;

/** Every action, as one stable object (actions never change identity). */
export const useAtlasActions = (): AtlasActions =>
  useAtlas(useShallow((s) => Object.fromEntries(ACTIONS.map((k) => [k, s[k]])) as AtlasActions));
