/**
 * The atlas's own layers: districts on the regions source, ties (one line layer per link
 * type), arrowheads, crossing markers, mission symbols, and the question marks of uncertain
 * ties and missions. Everything that changes with the view is feature-state (visible, phase, width,
 * selected, hover, faded), so filters and selection repaint without re-laying out any source.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { nameExpression } from './nameExpression';
import { LINK_TYPES, type Lang, type LinkType } from '../data/schema';
import type { Phase } from '../data/status';
import { BUNDLE_STYLE, DISTRICT_FILL_OPACITY, FADED_OPACITY, LINK_OPACITY, LINK_STYLE, PHASE_STYLE } from '../style/linkStyle';
import { BASE } from '../style/palette';

import { ICON } from './icons';

export const ATLAS_SRC = {
  links: 'links',
  marks: 'link-marks',
  missions: 'missions',
  bundles: 'bundles',
  bundleLabels: 'bundle-labels',
  cities: 'cities',
} as const;

export const ATLAS_LAYER = {
  shadeFill: 'shade-fill',
  districtsFill: 'districts-fill',
  districtsHatch: 'districts-hatch',
  links: (t: LinkType) => `links-${t}`,
  linksHit: 'links-hit',
  marks: 'link-marks',
  missions: 'missions',
  missionMarks: 'mission-marks',
  bundles: 'bundles',
  bundleLabels: 'bundle-labels',
  cities: 'city-labels',
} as const;

/** Below this zoom, pairs of units with two or more ties show one bundled arc instead of each tie. */
export const BUNDLE_MAX_ZOOM = 4.5;

export const LINK_LAYERS = LINK_TYPES.map(ATLAS_LAYER.links);

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export const ATLAS_SOURCES: Record<string, SourceSpecification> = {
  [ATLAS_SRC.links]: { type: 'geojson', data: empty(), promoteId: 'id' },
  [ATLAS_SRC.marks]: { type: 'geojson', data: empty(), promoteId: 'id' },
  [ATLAS_SRC.missions]: { type: 'geojson', data: empty(), promoteId: 'id' },
  [ATLAS_SRC.bundles]: { type: 'geojson', data: empty(), promoteId: 'id' },
  [ATLAS_SRC.bundleLabels]: { type: 'geojson', data: empty(), promoteId: 'id' },
  [ATLAS_SRC.cities]: { type: 'geojson', data: empty(), promoteId: 'id' },
};

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const shown = state('visible');
const faded = state('faded');

type Value = number | string | ExpressionSpecification;

/** A value per phase (feature-state `phase`); phases not named, and no phase, get `fallback`. */
const byPhase = (values: Partial<Record<Phase, Value>>, fallback: Value): Value => {
  const cases = (Object.entries(values) as [Phase, Value][]).flat();
  return cases.length === 0 ? fallback : (['match', ['to-string', ['feature-state', 'phase']], ...cases, fallback] as ExpressionSpecification);
};

const PHASES = Object.keys(PHASE_STYLE) as Phase[];
/** The phase styles' values for one property, leaving out the phases that keep the default. */
const phaseValues = <V>(pick: (phase: Phase) => V | null): Partial<Record<Phase, V>> =>
  Object.fromEntries(PHASES.flatMap((p) => (pick(p) === null || p === 'operating' ? [] : [[p, pick(p)]])));

/**
 * Opacity of a tie: 0 when hidden; its phase, and whether the selection fades it. Below
 * BUNDLE_MAX_ZOOM a tie drawn inside a bundle is hidden too (zoom may only be the input of a
 * top-level step, hence the two branches). Certainty is a mark of its own (icons.ts), not paleness.
 */
const opacity = (full: number): ExpressionSpecification => {
  const drawn: ExpressionSpecification = [
    '*',
    full,
    byPhase(phaseValues((p) => PHASE_STYLE[p].opacity), PHASE_STYLE.operating.opacity),
    ['case', faded, FADED_OPACITY, 1],
  ] as ExpressionSpecification;
  return ['step', ['zoom'], ['case', ['all', shown, ['!', state('bundled')]], drawn, 0], BUNDLE_MAX_ZOOM, ['case', shown, drawn, 0]];
};

/**
 * The same value below and above a zoom: MapLibre compiles one shader program per combination of
 * how paint properties vary (constant, by feature, by zoom and feature), so a layer whose property
 * varies by feature only can share its neighbour's program by varying "by zoom" too.
 */
export const sameAtEveryZoom = (value: ExpressionSpecification): ExpressionSpecification => ['step', ['zoom'], value, 0, value];

/**
 * Region outlines change with the date (the 2018 and 2022 reforms), and variants of one region
 * share its id. The controller sets feature-state `outline` of each id to the variant valid on
 * the date shown; every region layer draws a feature only when it is that variant. A state
 * change repaints; a layer filter would make MapLibre re-lay out the whole regions source.
 */
const CURRENT_OUTLINE: ExpressionSpecification = ['==', ['to-string', ['feature-state', 'outline']], ['get', 'vid']];

/** An opacity expression that is 0 for outline variants not valid on the date shown. */
export function onlyCurrentOutline(value: number | ExpressionSpecification): ExpressionSpecification {
  return ['case', CURRENT_OUTLINE, value, 0];
}

/** District layers draw on the regions source: colour and hatch come from feature-state. */
export function districtLayers(regionsSource: string): LayerSpecification[] {
  return [
    {
      // The choropleth (`shade=`): a class colour per region; districts make way while it is on.
      id: ATLAS_LAYER.shadeFill,
      type: 'fill',
      source: regionsSource,
      paint: {
        'fill-antialias': false,
        'fill-color': ['to-color', ['coalesce', ['feature-state', 'shade'], 'rgba(0,0,0,0)']],
        'fill-opacity': onlyCurrentOutline(['case', faded, 0.35, 0.85]),
      },
    },
    {
      id: ATLAS_LAYER.districtsFill,
      type: 'fill',
      source: regionsSource,
      paint: {
        'fill-antialias': false,
        'fill-color': ['to-color', ['coalesce', ['feature-state', 'district'], 'rgba(0,0,0,0)']],
        'fill-opacity': onlyCurrentOutline(['case', state('hover'), 0.35, faded, DISTRICT_FILL_OPACITY / 3, DISTRICT_FILL_OPACITY]),
      },
    },
    {
      id: ATLAS_LAYER.districtsHatch,
      type: 'fill',
      source: regionsSource,
      // Hatched: a district not published, or (while shading) a region without data.
      paint: {
        'fill-antialias': false,
        'fill-pattern': ICON.hatch,
        'fill-opacity': onlyCurrentOutline(['case', ['any', state('unpublished'), state('noData')], 1, 0]),
      },
    },
  ];
}

/** One line layer per link type (each has its own dash), drawn in LINK_TYPES order. */
export function linkLayers(): LayerSpecification[] {
  const lines = LINK_TYPES.map(
    (type): LayerSpecification => ({
      id: ATLAS_LAYER.links(type),
      type: 'line',
      source: ATLAS_SRC.links,
      filter: ['==', ['get', 'type'], type],
      layout: { 'line-cap': type === 'partnership' ? 'round' : 'butt', 'line-join': 'round' },
      paint: {
        'line-color': [
          'case',
          state('selected'),
          '#111827',
          byPhase(phaseValues((p) => PHASE_STYLE[p].colour), LINK_STYLE[type].colour),
        ],
        // Context ties (faded by a selection) are thinner; the selection's own are a little wider.
        // By zoom too (though the same at every zoom): one shader program with the outlines and bundles.
        'line-width': sameAtEveryZoom([
          '+',
          ['*', byPhase(phaseValues((p) => PHASE_STYLE[p].width), ['coalesce', ['feature-state', 'width'], 1.6]), ['case', faded, 0.6, 1]],
          ['case', state('hover'), 1.5, state('selected'), 1.5, state('focus'), 0.8, 0],
        ] as ExpressionSpecification),
        'line-opacity': opacity(LINK_OPACITY),
        ...(LINK_STYLE[type].dash ? { 'line-dasharray': LINK_STYLE[type].dash! } : {}),
      },
    }),
  );
  return [
    ...lines,
    {
      // A wide invisible line makes thin curves easy to hover and click.
      id: ATLAS_LAYER.linksHit,
      type: 'line',
      source: ATLAS_SRC.links,
      paint: { 'line-color': '#000000', 'line-width': 12, 'line-opacity': 0 },
    },
    {
      id: ATLAS_LAYER.marks,
      type: 'symbol',
      source: ATLAS_SRC.marks,
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-rotate': ['get', 'bearing'],
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': 0.9,
      },
      paint: { 'icon-opacity': opacity(1) },
    },
  ];
}

/**
 * Bundles: one arc per pair of units with two or more visible ties, at low zoom only, its
 * width growing with the number of ties, and that number written on it. The number is one of
 * several prebuilt labels per pair, shown by feature-state, so a filter never re-lays out text.
 */
export function bundleLayers(): LayerSpecification[] {
  const low = (value: number | ExpressionSpecification): ExpressionSpecification => ['step', ['zoom'], value, BUNDLE_MAX_ZOOM, 0];
  return [
    {
      id: ATLAS_LAYER.bundles,
      type: 'line',
      source: ATLAS_SRC.bundles,
      layout: { 'line-cap': 'round' },
      paint: {
        // Colour and width by feature-state, like the ties' lines: the two share one shader program.
        'line-color': ['case', faded, BASE.bundleFaded, BASE.bundle],
        'line-width': sameAtEveryZoom(['+', BUNDLE_STYLE.base, ['*', BUNDLE_STYLE.perSqrtTie, ['sqrt', ['coalesce', ['feature-state', 'count'], 0]]]]),
        // Behind a selection the bundles recede furthest: the selection's own ties are drawn one by one.
        'line-opacity': low(['case', shown, ['case', faded, 0.1, BUNDLE_STYLE.opacity], 0]),
      },
    },
    {
      // Hidden from BUNDLE_MAX_ZOOM by the layer's zoom range, so its opacity reads feature-state
      // only, like the region labels' (one shader program for both).
      id: ATLAS_LAYER.bundleLabels,
      type: 'symbol',
      source: ATLAS_SRC.bundleLabels,
      maxzoom: BUNDLE_MAX_ZOOM,
      layout: {
        'text-field': ['to-string', ['get', 'n']],
        'text-font': ['sans-serif'],
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: {
        'text-color': '#ffffff',
        'text-halo-color': BASE.bundle,
        'text-halo-width': BUNDLE_STYLE.labelHalo,
        'text-opacity': ['case', ['all', shown, ['!', faded]], 1, 0],
      },
    },
  ];
}

/** From this zoom the places ties run to or through (crossings, ports) are named too, not only mission cities. */
export const PLACE_LABEL_MIN_ZOOM = 5.5;

/** A city label's text in the interface language; a `minor` place's only from PLACE_LABEL_MIN_ZOOM (no text, no label). */
export function cityLabelText(lang: Lang): ExpressionSpecification {
  const name = nameExpression(lang);
  return ['step', ['zoom'], ['case', ['has', 'minor'], '', name], PLACE_LABEL_MIN_ZOOM, name];
}

/** Names of the cities where missions sit (Urumqi, Xi'an, Guangzhou …), beside their symbols, and closer in of the places ties run to. */
export function cityLabelLayer(lang: Lang): LayerSpecification {
  return {
    id: ATLAS_LAYER.cities,
    type: 'symbol',
    source: ATLAS_SRC.cities,
    minzoom: 3,
    layout: {
      'text-field': cityLabelText(lang),
      'text-font': ['sans-serif'],
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, 9.5, 7, 12.5],
      'text-anchor': 'left',
      'text-offset': [0.9, 0],
      'text-optional': true,
    },
    paint: { 'text-color': BASE.cityLabel, 'text-halo-color': BASE.labelHalo, 'text-halo-width': 1.2, 'text-opacity': ['case', faded, 0.45, 1] },
  };
}

const IS_MARK: ExpressionSpecification = ['==', ['get', 'icon'], ICON.uncertain];
const MISSION_ICON_SIZE: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 3, 0.8, 7, 1.1];
// An announced mission (agreed, not yet open) is a pale symbol. The zoom step changes nothing but
// gives the layer the same shader program as the arrowheads' (see opacity()).
const MISSION_OPACITY = sameAtEveryZoom(['case', shown, ['*', byPhase({ ...phaseValues((p) => PHASE_STYLE[p].opacity), announced: 0.45 }, 1), ['case', faded, 0.35, 1]], 0] as ExpressionSpecification);

/**
 * Mission symbols, and above them the question marks of uncertain missions (the same seat
 * features, so they show and fade together). The marks take no room from region labels: they
 * sit on a symbol's shoulder, and a label pushed away by them dropped out at the first view.
 */
export function missionLayers(): LayerSpecification[] {
  return [
    {
      id: ATLAS_LAYER.missions,
      type: 'symbol',
      source: ATLAS_SRC.missions,
      filter: ['!', IS_MARK],
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-allow-overlap': true,
        // Region labels placed after the icons move aside instead of hiding under them.
        'icon-ignore-placement': false,
        'icon-size': MISSION_ICON_SIZE,
      },
      paint: { 'icon-opacity': MISSION_OPACITY },
    },
    {
      id: ATLAS_LAYER.missionMarks,
      type: 'symbol',
      source: ATLAS_SRC.missions,
      filter: IS_MARK,
      layout: {
        'icon-image': ICON.uncertain,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': MISSION_ICON_SIZE,
        'icon-offset': [11, -11],
      },
      paint: { 'icon-opacity': MISSION_OPACITY },
    },
  ];
}
