/**
 * The model: everything the screen shows, derived in one place from the store and the data.
 * Each step is memoized on its own inputs, so a change recomputes only what depends on it
 * (a language switch re-resolves names but not visibility; a year change within one boundary
 * epoch keeps the outline variants). Map, panels, lists, legend, search, export and the live
 * summary read this; none of them recomputes any of it. Nothing here parses with zod.
 */
import type { YearRange, YearSpan } from '../data/dates';
import type { AtlasIndex, Entity } from '../data/indexes';
import type { AtlasData } from '../data/useAtlasData';
import type { Lang } from '../data/schema';
import { rangeEndDay } from '../filter/activeInRange';
import { lastDayOf } from '../data/dates';
import { districtColours, districtLayer, linkWidths, type DistrictLayer } from '../filter/mapLayers';
import { selectVisible, type Visible } from '../filter/visible';
import { effectiveYearRange, playbackRange } from '../state/store';
import { missionColours } from '../style/palette';
import type { View } from '../view/view';
import { bundlesOf } from './bundles';
import { focusOf, type Focus } from './focus';
import { mapModelOf, type MapLabels, type MapModel } from './mapModel';
import { memoizeFields, memoizeLast } from './memo';
import { shadingOf, type Shading } from './shading';
import { createNames, type Names } from './names';
import { epochKey, regionsOnDay, type RegionsOnDay } from './regionsOnDay';

export type ModelInput = {
  view: View;
  lang: Lang;
  dataSpan: YearSpan | null;
  playYear: number | null;
  data: AtlasData;
  /** Translated strings the map needs (credits, the canvas's accessible name). */
  labels: MapLabels;
};

export type AtlasModel = {
  view: View;
  lang: Lang;
  data: AtlasData;
  /** The years chosen (inclusive, open ends filled from the data span); null until the span is known. */
  chosen: YearRange | null;
  /** The years shown: the chosen ones, except that during playback the end moves. */
  range: YearRange | null;
  /** Boundaries, districts and statuses are shown as of this day (YYYY-MM-DD): the range's last. */
  day: string;
  visible: Visible | null;
  regions: RegionsOnDay | null;
  districts: DistrictLayer | null;
  /** Mission id → district colour (stable across views). */
  colours: ReadonlyMap<string, string>;
  names: Names;
  /** The selected entity, if it exists in the data. */
  selected: Entity | null;
  /** What the selection brings forward (its ties, partners, missions); null with no selection. */
  focus: Focus | null;
  /** The choropleth (`shade=`); null when off. */
  shading: Shading | null;
  map: MapModel;
};

const EMPTY_COLOURS: ReadonlyMap<string, string> = new Map();

/** A deriver with its own memo chain (one per app; tests make their own). */
export function createAtlasModel(): (input: ModelInput) => AtlasModel {
  const chosen = memoizeLast((from: number | null, to: number | null, span: YearSpan | null) => effectiveYearRange({ from, to }, span));
  const range = memoizeLast(playbackRange);
  const visible = memoizeLast((index: AtlasIndex | null, r: YearRange | null, types: View['types'], layers: View['layers']) =>
    index && r ? selectVisible(index, { range: r, types, layers }) : null,
  );
  // Keyed by the outline variants valid on the day, not the day itself: a year within one
  // boundary epoch keeps the same regions (and names, and districts' region set).
  let dayOfEpoch = '';
  const regionsByEpoch = memoizeLast((index: AtlasIndex | null, _epoch: string) => (index ? regionsOnDay(index.variantsOf, dayOfEpoch) : null));
  const regions = (index: AtlasIndex | null, day: string) => {
    dayOfEpoch = day;
    return regionsByEpoch(index, index ? epochKey(index.variantsOf, day) : '');
  };
  const colours = memoizeLast((index: AtlasIndex | null) => (index ? missionColours(index.missions) : EMPTY_COLOURS));
  const districts = memoizeLast((index: AtlasIndex | null, day: string, rs: RegionsOnDay | null) =>
    index && rs ? districtLayer(index.missions, day, rs.valid.keys()) : null,
  );
  const fills = memoizeLast((d: DistrictLayer | null, c: ReadonlyMap<string, string>) => (d ? districtColours(d, c) : null));
  const widths = memoizeLast((index: AtlasIndex | null, v: Visible | null, r: YearRange | null) =>
    index && v && r ? linkWidths(index.links, v.linkIds, r) : null,
  );
  const names = memoizeLast(createNames);
  const focus = memoizeLast(focusOf);
  const shading = memoizeLast((measure: View['shade'], index: AtlasIndex | null, r: YearRange | null, rs: RegionsOnDay | null) =>
    shadingOf(measure, index, r, rs && new Set(rs.valid.keys())),
  );
  const bundles = memoizeLast(bundlesOf);
  const map = memoizeFields(mapModelOf);

  return (input) => {
    const { view, lang, data } = input;
    const { index } = data;
    const ch = chosen(view.from, view.to, input.dataSpan);
    const r = range(ch, input.playYear);
    // The URL's year stands in for the end of the range until the data span is known. Nothing is
    // known after the data's as-of date: a range ending in its year shows the map of that day, not
    // of 31 December (a flight announced for December is not flying yet).
    const end = rangeEndDay({ from: 0, to: r?.to ?? view.to ?? new Date().getFullYear() });
    const asOf = index?.meta ? lastDayOf(index.meta.asOf) : null;
    const day = asOf !== null && asOf < end ? asOf : end;
    const v = visible(index, r, view.types, view.layers);
    const rs = regions(index, day);
    const c = colours(index);
    const d = districts(index, day, rs);
    const f = focus(view.sel, index, v, d, day);
    const sh = shading(view.shade, index, r, rs);
    return {
      view,
      lang,
      data,
      chosen: ch,
      range: r,
      day,
      visible: v,
      regions: rs,
      districts: d,
      colours: c,
      names: names(index, rs, lang),
      selected: (view.sel && index?.byId.get(view.sel)) || null,
      focus: f,
      shading: sh,
      map: map({
        lang,
        day,
        selectedId: view.sel,
        districtsOn: view.layers.includes('districts'),
        labels: input.labels,
        index,
        visible: v,
        linkWidths: widths(index, v, r),
        districts: d,
        districtColours: fills(d, c),
        focus: f,
        shading: sh,
        bundles: bundles(index, v, f),
      }),
    };
  };
}
