import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../data/schema';
import { BASE } from '../style/palette';
import { nameExpression } from './nameExpression';
import {
  ATLAS_SOURCES,
  bundleLayers,
  cityLabelLayer,
  districtLayers,
  linkLayers,
  missionLayers,
  onlyCurrentOutline,
  sameAtEveryZoom,
} from './atlasLayers';

export const SRC = {
  countries: 'countries',
  lakes: 'lakes',
  regions: 'regions',
  /** Labels of the regions whose outline never changed. */
  labels: 'region-labels',
  /** Labels of the regions the 2018 and 2022 reforms changed, one per outline variant (`vid`), shown by feature-state. */
  epochLabels: 'region-labels-epoch',
} as const;

export const LAYER = {
  background: 'background',
  countriesFill: 'countries-fill',
  countriesLine: 'countries-line',
  regionsFill: 'regions-fill',
  lakesFill: 'lakes-fill',
  regionsLine: 'regions-line',
  regionLabels: 'region-labels',
  smallLabels: 'region-labels-small',
  epochLabels: 'region-labels-epoch',
  smallEpochLabels: 'region-labels-epoch-small',
  replacedLabels: 'region-labels-replaced',
  smallReplacedLabels: 'region-labels-replaced-small',
} as const;

/** The layers that draw region names: a click on a name picks its region (picking.ts). */
export const REGION_LABEL_LAYERS = [
  LAYER.regionLabels,
  LAYER.smallLabels,
  LAYER.epochLabels,
  LAYER.smallEpochLabels,
  LAYER.replacedLabels,
  LAYER.smallReplacedLabels,
];

/** Below this zoom region labels drop their "Region"/"Province" word (short_xx properties). */
export const SHORT_LABEL_MAX_ZOOM = 5;


/** Region label text: the short name at low zoom, the full one closer in. */
export function regionLabelText(lang: Lang): ExpressionSpecification {
  return ['step', ['zoom'], nameExpression(lang, 'short_'), SHORT_LABEL_MAX_ZOOM, nameExpression(lang)];
}

export const SMALL_UNIT: ExpressionSpecification = ['in', ['get', 'kind'], ['literal', ['city', 'sar', 'municipality']]];

const fadedState: ExpressionSpecification = ['boolean', ['feature-state', 'faded'], false];

const LABEL_PAINT = {
  'text-color': BASE.label,
  'text-halo-color': BASE.labelHalo,
  'text-halo-width': 1.4,
  // Outside a selection's focus, labels recede with their regions.
  'text-opacity': ['case', fadedState, 0.45, 1] as ExpressionSpecification,
};

function labelText(lang: Lang) {
  return {
    'text-field': regionLabelText(lang),
    'text-font': ['sans-serif'],
    'text-size': ['interpolate', ['linear'], ['zoom'], 2.5, 9, 4, 11, 7, 14] as ExpressionSpecification,
    'text-max-width': 7,
    'text-padding': 1,
  };
}

// A label tries its centre first, then eight places around its point, one em away: far enough
// to clear a mission symbol drawn at the regional capital (Guangzhou, Xi'an), which a nearer
// place still touched, so at the first view those provinces' names dropped out.
const LABEL_ANCHORS = ['center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;
const REGION_LABEL_LAYOUT = (lang: Lang) => ({
  ...labelText(lang),
  'text-variable-anchor': [...LABEL_ANCHORS],
  'text-radial-offset': 1,
});

/** Whether a region's label belongs to the epoch source: its outline has a start or an end date. */
export const isEpochLabel = (props: { validFrom?: string; validTo?: string }, variantsOfId: number): boolean =>
  variantsOfId > 1 || props.validFrom !== undefined || props.validTo !== undefined;

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** A colour that could vary by feature (no feature sets it): see the countries' layers. */
const byFeature = (colour: string): ExpressionSpecification => ['to-color', ['coalesce', ['get', 'colour'], colour]];

const EPOCH_LABEL_PAINT = { ...LABEL_PAINT, 'text-opacity': ['case', ['boolean', ['feature-state', 'shown'], false], LABEL_PAINT['text-opacity'], 0] as ExpressionSpecification };

/** Outline variants a later reform replaced (they have an end date). */
const REPLACED: ExpressionSpecification = ['has', 'validTo'];

type LabelGroup = {
  /** Which of the source's labels. */
  filter?: ExpressionSpecification;
  /** Only the variants of the day shown are seen (feature-state `shown`). */
  byDay?: boolean;
  /** Whether a placed label keeps others off its place (small units' labels never do by day). */
  takesPlace?: boolean;
};

/**
 * A source's region labels: larger units' labels move around and give way in collisions; cities,
 * SARs and municipalities are too small to move theirs, which get a fixed side and never hide, so
 * every unit stays labelled in the default frame.
 */
function regionLabelLayers([id, smallId]: readonly [string, string], source: string, lang: Lang, group: LabelGroup = {}): LayerSpecification[] {
  const { filter = ['literal', true], byDay = false, takesPlace = true } = group;
  const paint = byDay ? EPOCH_LABEL_PAINT : LABEL_PAINT;
  return [
    {
      id,
      type: 'symbol',
      source,
      filter: ['all', ['!', SMALL_UNIT], filter],
      layout: { ...REGION_LABEL_LAYOUT(lang), 'text-ignore-placement': !takesPlace },
      paint,
    },
    {
      id: smallId,
      type: 'symbol',
      source,
      filter: ['all', SMALL_UNIT, filter],
      layout: {
        ...labelText(lang),
        // Below the point by default, clear of a mission symbol drawn there (Astana, Almaty).
        // Hebei surrounds Beijing and Tianjin: their labels go above and to the sea side. Hong
        // Kong and Macau sit on either side of the consulate's symbol, further out than it.
        // Shymkent's goes below and to the left, over the border, where no label is: to its right
        // the Turkistan region's label (which cannot see it, see below) ran into it, and the two read as one name.
        'text-anchor': ['match', ['get', 'id'], 'CN-MO', 'right', 'CN-HK', 'left', 'KZ-79', 'top-right', 'CN-BJ', 'bottom', 'CN-TJ', 'left', 'top'],
        'text-offset': [
          'match',
          ['get', 'id'],
          'CN-MO',
          ['literal', [-1.2, 0.2]],
          'CN-HK',
          ['literal', [1.2, 0.2]],
          'KZ-79',
          ['literal', [-0.2, 0.2]],
          'CN-BJ',
          ['literal', [0, -0.7]],
          'CN-TJ',
          ['literal', [0.5, 0]],
          ['literal', [0, 0.7]],
        ],
        'text-allow-overlap': true,
        // Registered for collisions, so the larger units' labels move aside; a reformed city's
        // (Shymkent's) is not, since it would push them aside also on days it is not seen.
        'text-ignore-placement': byDay,
      },
      paint,
    },
  ];
}

/**
 * Our own offline style: no tiles, no glyphs (MapLibre renders label text locally),
 * no sprites. Sources start empty and receive data once the boundary file is decoded.
 */
export function baseStyle(lang: Lang): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SRC.countries]: { type: 'geojson', data: empty() },
      [SRC.lakes]: { type: 'geojson', data: empty() },
      [SRC.regions]: { type: 'geojson', data: empty(), promoteId: 'id' },
      [SRC.labels]: { type: 'geojson', data: empty(), promoteId: 'id' },
      [SRC.epochLabels]: { type: 'geojson', data: empty(), promoteId: 'vid' },
      ...ATLAS_SOURCES,
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': BASE.water } },
      // Each distinct way paint properties vary (constant, by feature, by zoom) is one more shader
      // program to compile before the first frame (tens of ms each in software GL). So there is no
      // fill antialiasing (the line layers draw every border), and the context countries' fill and
      // border vary "by feature" like the regions', to share their programs.
      {
        id: LAYER.countriesFill,
        type: 'fill',
        source: SRC.countries,
        paint: { 'fill-antialias': false, 'fill-color': byFeature(BASE.context), 'fill-opacity': ['coalesce', ['get', 'opacity'], 1] },
      },
      {
        id: LAYER.countriesLine,
        type: 'line',
        source: SRC.countries,
        paint: {
          'line-color': byFeature(BASE.contextLine),
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, ['coalesce', ['get', 'width'], 0.8], 7, ['coalesce', ['get', 'width'], 0.8]],
          // By zoom too, like the ties' widths: all solid lines share one shader program.
          'line-opacity': sameAtEveryZoom(['coalesce', ['get', 'opacity'], 1]),
        },
      },
      {
        id: LAYER.regionsFill,
        type: 'fill',
        source: SRC.regions,
        paint: {
          'fill-antialias': false,
          'fill-opacity': onlyCurrentOutline(1),
          'fill-color': [
            'case',
            state('hover'),
            BASE.hover,
            ['==', ['get', 'country'], 'KZ'],
            BASE.kz,
            BASE.cn,
          ],
        },
      },
      ...districtLayers(SRC.regions),
      {
        id: LAYER.lakesFill,
        type: 'fill',
        source: SRC.lakes,
        paint: { 'fill-antialias': false, 'fill-color': byFeature(BASE.lake), 'fill-opacity': ['coalesce', ['get', 'opacity'], 1] },
      },
      {
        // Every region border in one layer (one shader program): the plain border, and on top of
        // it the selection, the units at the other end of its ties (partners), the district of a
        // hovered mission, and hover.
        id: LAYER.regionsLine,
        type: 'line',
        source: SRC.regions,
        paint: {
          'line-color': ['case', state('selected'), BASE.highlight, state('missionHover'), BASE.missionHover, state('partner'), BASE.partner, state('hover'), BASE.highlight, BASE.regionLine],
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            3,
            ['case', state('selected'), 3, state('missionHover'), 2.5, state('partner'), 2, state('hover'), 2, 0.6],
            7,
            ['case', state('selected'), 3, state('missionHover'), 2.5, state('partner'), 2, state('hover'), 2, 1.4],
          ],
          'line-opacity': sameAtEveryZoom(onlyCurrentOutline(['case', state('selected'), 1, state('missionHover'), 1, state('partner'), 0.9, state('hover'), 0.8, 1])),
        },
      },
      ...bundleLayers(),
      ...linkLayers(),
      // The labels of the regions the reforms changed, one per outline variant. A year across a
      // reform shows the variants of its day by feature-state (`shown`), a repaint: a filter, layout
      // or data change would make MapLibre lay the labels out again (300-500 ms on this machine).
      // A transparent label still takes its place in collisions, so these sit below the other
      // labels (placed after them, they give way to them) and split in two: today's variants,
      // placed last, keep each other apart (unseen, they push aside nothing left to place); the
      // replaced variants take no place, so unseen they push nothing aside.
      ...regionLabelLayers([LAYER.epochLabels, LAYER.smallEpochLabels], SRC.epochLabels, lang, { filter: ['!', REPLACED], byDay: true }),
      ...regionLabelLayers([LAYER.replacedLabels, LAYER.smallReplacedLabels], SRC.epochLabels, lang, { filter: REPLACED, byDay: true, takesPlace: false }),
      ...regionLabelLayers([LAYER.regionLabels, LAYER.smallLabels], SRC.labels, lang),
      ...missionLayers(),
      cityLabelLayer(lang),
    ],
  };
}
