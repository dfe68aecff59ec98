/**
 * The view: everything a shared URL reproduces (language, years, event types, layers,
 * shading, selection, camera, embed). Its shape, defaults and equality live here, below the
 * URL codec, the store, the selectors and the map, which all import it; none of them
 * defines a view field of its own.
 */
import { EVENT_TYPES, type EventType, type Lang, type LinkType } from '../data/schema';

export const LAYER_IDS = ['districts', 'partnerships', 'flights', 'transport', 'trade', 'missions'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** The layer that draws each link type. */
export const LAYER_OF_LINK_TYPE: Record<LinkType, LayerId> = {
  partnership: 'partnerships',
  flight: 'flights',
  transport: 'transport',
  trade: 'trade',
};

/** What regions can be shaded by (the choropleth); null = no shading. */
export const SHADE_MEASURES = ['ties', 'partnerships', 'flights', 'transport', 'trade'] as const;
export type ShadeMeasure = (typeof SHADE_MEASURES)[number];

/** Map camera: zoom level, latitude and longitude in degrees. */
export type Camera = { zoom: number; lat: number; lng: number };

export type View = {
  /** Interface language from the URL; null = the saved choice or the browser's. */
  lang: Lang | null;
  /** First year shown (inclusive); null = the start of the data. */
  from: number | null;
  /** Last year shown (inclusive); null = the end of the data. */
  to: number | null;
  /** Event types shown, in EVENT_TYPES order. */
  types: EventType[];
  /** Map layers shown, in LAYER_IDS order. */
  layers: LayerId[];
  /** Shade regions by a measure; null = no shading. */
  shade: ShadeMeasure | null;
  /** Id of the selected region, mission, link or event. */
  sel: string | null;
  /** null = the default frame (both countries). */
  camera: Camera | null;
  /** True hides the side panels (for iframes). */
  embed: boolean;
};

/** A fresh default view (callers may mutate it). */
export function defaultView(): View {
  return {
    lang: null,
    from: null,
    to: null,
    types: [...EVENT_TYPES],
    layers: [...LAYER_IDS],
    shade: null,
    sel: null,
    camera: null,
    embed: false,
  };
}

/** Whether the years, event types or layers differ from the default view (what "Reset filters" undoes). */
export function hasFilters(view: Pick<View, 'from' | 'to' | 'types' | 'layers'>): boolean {
  return view.from !== null || view.to !== null || view.types.length !== EVENT_TYPES.length || view.layers.length !== LAYER_IDS.length;
}

/** Whether both years are set and the end lies before the start (a hand-edited URL); reconcileView settles it. */
export const isReversedRange = (view: Pick<View, 'from' | 'to'>): boolean => view.from !== null && view.to !== null && view.to < view.from;

/** The view of a URL with no parameters. Frozen: use `defaultView()` for a copy to change. */
export const DEFAULT_VIEW: Readonly<View> = (() => {
  const view = defaultView();
  Object.freeze(view.types);
  Object.freeze(view.layers);
  return Object.freeze(view);
})();

/** Keeps `allowed`'s order, drops duplicates and unknown items. */
export const canonicalList = <T extends string>(items: readonly string[], allowed: readonly T[]): T[] => {
  const present = new Set(items);
  return allowed.filter((a) => present.has(a));
};

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export const sameCamera = (a: Camera | null, b: Camera | null) =>
  a === b || (a !== null && b !== null && a.zoom === b.zoom && a.lat === b.lat && a.lng === b.lng);

/** True when two views mean the same thing (lists compared in order; use canonical views). */
export function viewsEqual(a: View, b: View): boolean {
  return (
    a.lang === b.lang &&
    a.from === b.from &&
    a.to === b.to &&
    sameList(a.types, b.types) &&
    sameList(a.layers, b.layers) &&
    a.shade === b.shade &&
    a.sel === b.sel &&
    sameCamera(a.camera, b.camera) &&
    a.embed === b.embed
  );
}

/** A copy with `types` and `layers` de-duplicated and in canonical order. */
export function canonicalizeView(view: View): View {
  return {
    ...view,
    types: canonicalList(view.types, EVENT_TYPES),
    layers: canonicalList(view.layers, LAYER_IDS),
    camera: view.camera === null ? null : { ...view.camera },
  };
}
