import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../data/schema';
import { NAME_FALLBACK } from '../i18n/names';
import { ATLAS_SOURCES, districtHoverLayer, districtLayers, linkLayers, missionLayer, onlyCurrentOutline } from './atlasLayers';
import { BASE } from './palette';

export const SRC = {
  countries: 'countries',
  lakes: 'lakes',
  regions: 'regions',
  labels: 'region-labels',
} as const;

export const LAYER = {
  background: 'background',
  countriesFill: 'countries-fill',
  countriesLine: 'countries-line',
  regionsFill: 'regions-fill',
  regionsLine: 'regions-line',
  lakesFill: 'lakes-fill',
  regionsHighlight: 'regions-highlight',
  regionLabels: 'region-labels',
  smallLabels: 'region-labels-small',
} as const;

/** Name in the interface language, falling back in the fixed order of NAME_FALLBACK. */
export function nameExpression(lang: Lang, prefix = 'name_'): ExpressionSpecification {
  return ['coalesce', ...NAME_FALLBACK[lang].map((l) => ['get', `${prefix}${l}`] as ExpressionSpecification), ''];
}

/** Boundary variants valid on `day` (YYYY-MM-DD): validFrom <= day < validTo; string order is date order. */
export function validOnFilter(day: string): ExpressionSpecification {
  return [
    'all',
    ['any', ['!', ['has', 'validFrom']], ['<=', ['get', 'validFrom'], day]],
    ['any', ['!', ['has', 'validTo']], ['>', ['get', 'validTo'], day]],
  ];
}

export const SMALL_UNIT: ExpressionSpecification = ['in', ['get', 'kind'], ['literal', ['city', 'sar', 'municipality']]];

const LABEL_PAINT = { 'text-color': BASE.label, 'text-halo-color': BASE.labelHalo, 'text-halo-width': 1.4 };

function labelText(lang: Lang) {
  return {
    'text-field': nameExpression(lang),
    'text-font': ['sans-serif'],
    'text-size': ['interpolate', ['linear'], ['zoom'], 2.5, 9, 4, 11, 7, 14] as ExpressionSpecification,
    'text-max-width': 7,
    'text-padding': 1,
  };
}

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/**
 * Our own offline style: no tiles, no glyphs (MapLibre renders label text locally),
 * no sprites. Sources start empty and receive data once the boundary file is decoded.
 */
export function baseStyle(lang: Lang, day: string): StyleSpecification {
  // Only the labels are filtered by date; region outlines switch by feature-state (atlasLayers).
  const labelFilter = validOnFilter(day);
  return {
    version: 8,
    sources: {
      [SRC.countries]: { type: 'geojson', data: empty() },
      [SRC.lakes]: { type: 'geojson', data: empty() },
      [SRC.regions]: { type: 'geojson', data: empty(), promoteId: 'id' },
      [SRC.labels]: { type: 'geojson', data: empty() },
      ...ATLAS_SOURCES,
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': BASE.water } },
      { id: LAYER.countriesFill, type: 'fill', source: SRC.countries, paint: { 'fill-color': BASE.context } },
      {
        id: LAYER.countriesLine,
        type: 'line',
        source: SRC.countries,
        paint: { 'line-color': BASE.contextLine, 'line-width': 0.8 },
      },
      {
        id: LAYER.regionsFill,
        type: 'fill',
        source: SRC.regions,
        paint: {
          'fill-opacity': onlyCurrentOutline(1),
          'fill-color': [
            'case',
            ['boolean', ['feature-state', 'hover'], false],
            BASE.hover,
            ['==', ['get', 'country'], 'KZ'],
            BASE.kz,
            BASE.cn,
          ],
        },
      },
      ...districtLayers(SRC.regions),
      {
        id: LAYER.regionsLine,
        type: 'line',
        source: SRC.regions,
        paint: {
          'line-color': BASE.regionLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 1.4],
          'line-opacity': onlyCurrentOutline(1),
        },
      },
      {
        id: LAYER.lakesFill,
        type: 'fill',
        source: SRC.lakes,
        paint: { 'fill-color': BASE.lake, 'fill-outline-color': BASE.lakeLine },
      },
      districtHoverLayer(SRC.regions),
      {
        id: LAYER.regionsHighlight,
        type: 'line',
        source: SRC.regions,
        paint: {
          'line-color': BASE.highlight,
          'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 2],
          'line-opacity': onlyCurrentOutline([
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            1,
            ['boolean', ['feature-state', 'hover'], false],
            0.55,
            0,
          ]),
        },
      },
      ...linkLayers(),
      {
        id: LAYER.regionLabels,
        type: 'symbol',
        source: SRC.labels,
        filter: ['all', labelFilter, ['!', SMALL_UNIT]],
        layout: {
          ...labelText(lang),
          'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.4,
        },
        paint: LABEL_PAINT,
      },
      {
        // Cities, SARs and municipalities are too small to move their labels around; they get a
        // fixed side and never hide, so every unit stays labelled in the default frame.
        id: LAYER.smallLabels,
        type: 'symbol',
        source: SRC.labels,
        filter: ['all', labelFilter, SMALL_UNIT],
        layout: {
          ...labelText(lang),
          // Below the point by default, clear of a mission symbol drawn there (Astana, Almaty).
          // Hebei surrounds Beijing and Tianjin: their labels go above and to the sea side.
          'text-anchor': ['match', ['get', 'id'], 'CN-MO', 'right', 'CN-HK', 'left', 'KZ-79', 'top-left', 'CN-BJ', 'bottom', 'CN-TJ', 'left', 'top'],
          'text-offset': [
            'match',
            ['get', 'id'],
            'CN-MO',
            ['literal', [-0.4, 0]],
            'CN-HK',
            ['literal', [0.4, 0]],
            'KZ-79',
            ['literal', [0.2, 0.2]],
            'CN-BJ',
            ['literal', [0, -0.7]],
            'CN-TJ',
            ['literal', [0.5, 0]],
            ['literal', [0, 0.7]],
          ],
          'text-allow-overlap': true,
          // Still registered for collisions, so the larger units' labels move aside.
          'text-ignore-placement': false,
        },
        paint: LABEL_PAINT,
      },
      missionLayer(),
    ],
  };
}
