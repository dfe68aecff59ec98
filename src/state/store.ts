/**
 * The atlas store: one zustand store made of small slices.
 *
 * - view: everything the URL holds (`View` from the codec, never duplicated here) plus
 *   the data's year span, which the range rules need;
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
import { EVENT_TYPES, type EventType, type Lang } from '../data/schema';
import type { YearRange } from '../filter/activeInRange';
import type { YearSpan } from '../filter/dates';
import {
  LAYER_IDS,
  canonicalizeView,
  defaultView,
  viewsEqual,
  type Camera,
  type Ignored,
  type LayerId,
  type View,
} from './urlCodec';

// ---------------------------------------------------------------------------------------
// Types

export type Notice =
  | { id: string; kind: 'ignored-params'; payload: Ignored[] }
  | { id: string; kind: 'data-error'; payload: { message: string; file?: string } }
  | { id: string; kind: 'info'; payload: { key: string; values?: Record<string, string | number>; action?: NoticeAction } };
/** A button in a notice: its label's message key, and what it does. */
export type NoticeAction = { key: string; run: () => void };
export type NoticeKind = Notice['kind'];

export type ViewSlice = {
  view: View;
  /** Years covered by the loaded data; null until it has loaded. */
  dataSpan: YearSpan | null;
  setDataSpan: (span: YearSpan | null) => void;
  setLang: (lang: Lang | null) => void;
  /** Inclusive years; null = open end. See the rules at `normalizeRange`. */
  setYearRange: (from: number | null, to: number | null) => void;
  toggleType: (type: EventType) => void;
  setTypes: (types: readonly EventType[]) => void;
  toggleLayer: (layer: LayerId) => void;
  setLayers: (layers: readonly LayerId[]) => void;
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
export function effectiveYearRange(view: View, span: YearSpan | null): YearRange | null {
  const from = view.from ?? span?.minYear;
  const to = view.to ?? span?.maxYear;
  return from === undefined || to === undefined ? null : { from, to };
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

const createViewSlice =
  (initialView: View, initialSpan: YearSpan | null): Slice<ViewSlice> =>
  (set, get) => ({
    view: canonicalizeView(initialView),
    dataSpan: initialSpan,
    setDataSpan: (span) =>
      set((s) =>
        s.dataSpan?.minYear === span?.minYear && s.dataSpan?.maxYear === span?.maxYear ? s : { dataSpan: span },
      ),
    setLang: (lang) => set(patchView(() => ({ lang }))),
    setYearRange: (from, to) => set(patchView(() => normalizeRange(from, to, get().dataSpan))),
    toggleType: (type) => set(patchView((v) => ({ types: toggled(v.types, type, EVENT_TYPES) }))),
    setTypes: (types) => set(patchView(() => ({ types: EVENT_TYPES.filter((t) => types.includes(t)) }))),
    toggleLayer: (layer) => set(patchView((v) => ({ layers: toggled(v.layers, layer, LAYER_IDS) }))),
    setLayers: (layers) => set(patchView(() => ({ layers: LAYER_IDS.filter((l) => layers.includes(l)) }))),
    setCamera: (camera) => set(patchView(() => ({ camera: camera === null ? null : { ...camera } }))),
    setEmbed: (embed) => set(patchView(() => ({ embed }))),
    applyView: (view) => set(patchView(() => canonicalizeView(view))),
    resetFilters: () =>
      set(patchView(() => ({ from: null, to: null, types: [...EVENT_TYPES], layers: [...LAYER_IDS] }))),
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
export const useLang = () => useAtlas((s) => s.view.lang);
/** The view's own bounds (null = open end). */
export const useYearRange = () => useAtlas(useShallow((s) => ({ from: s.view.from, to: s.view.to })));
/** The bounds with open ends filled from the data span (null until the data has loaded). */
export const useEffectiveYearRange = () => useAtlas(useShallow((s) => effectiveYearRange(s.view, s.dataSpan)));
export const useDataSpan = () => useAtlas((s) => s.dataSpan);
export const useTypes = () => useAtlas((s) => s.view.types);
export const useLayers = () => useAtlas((s) => s.view.layers);
export const useSelection = () => useAtlas((s) => s.view.sel);
export const useCamera = () => useAtlas((s) => s.view.camera);
export const useEmbed = () => useAtlas((s) => s.view.embed);
export const usePlayback = () =>
  useAtlas(useShallow((s) => ({ playing: s.playing, playYear: s.playYear, speed: s.speed })));
export const useNotices = () => useAtlas((s) => s.notices);

const ACTIONS = [
  'setDataSpan',
  'setLang',
  'setYearRange',
  'toggleType',
  'setTypes',
  'toggleLayer',
  'setLayers',
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
