import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { AtlasIndex } from '../data/indexes';
import type { LinkType } from '../data/schema';
import { assignSlots, bezierArc } from './arcs';
import { ICON } from './icons';

/** One colour and one dash per link type; dashes keep types apart without colour. */
export const LINK_STYLE: Record<LinkType, { colour: string; dash: number[] | null }> = {
  partnership: { colour: '#7b3fa0', dash: [0.2, 2] },
  flight: { colour: '#0f766e', dash: [3, 2] },
  trade: { colour: '#c2410c', dash: null },
};

/** Line opacity of certain and uncertain facts (the legend draws its samples with these). */
export const LINK_OPACITY = { certain: 0.9, uncertain: 0.5 } as const;
/** Fill opacity of district colours. */
export const DISTRICT_FILL_OPACITY = 0.55;

export const ATLAS_SRC = { links: 'links', arrows: 'link-arrows', missions: 'missions' } as const;

export const ATLAS_LAYER = {
  districtsFill: 'districts-fill',
  districtsHatch: 'districts-hatch',
  districtsHover: 'districts-hover',
  links: (t: LinkType) => `links-${t}`,
  linksHit: 'links-hit',
  arrows: 'link-arrows',
  missions: 'missions',
} as const;

type LinkProps = { id: string; type: LinkType; directed: boolean; uncertain: boolean };
type ArrowProps = LinkProps & { bearing: number };
type MissionProps = { id: string; icon: string };

/** Curves, arrowheads and mission points, built once after load (never on a filter change). */
export function buildAtlasGeometry(index: AtlasIndex): {
  links: FeatureCollection<LineString, LinkProps>;
  arrows: FeatureCollection<Point, ArrowProps>;
  missions: FeatureCollection<Point, MissionProps>;
} {
  const slots = assignSlots(index.links);
  const links: Feature<LineString, LinkProps>[] = [];
  const arrows: Feature<Point, ArrowProps>[] = [];
  for (const link of index.links) {
    const a = index.endpointPosition(link.a);
    const b = index.endpointPosition(link.b);
    if (!a || !b || (a[0] === b[0] && a[1] === b[1])) continue;
    const arc = bezierArc(a, b, slots.get(link.id) ?? 0);
    const directed = link.type === 'trade' || (link.type === 'partnership' && link.directed === true);
    const props: LinkProps = { id: link.id, type: link.type, directed, uncertain: link.certainty === 'uncertain' };
    links.push({ type: 'Feature', properties: props, geometry: { type: 'LineString', coordinates: arc.coordinates } });
    if (directed) {
      arrows.push({
        type: 'Feature',
        properties: { ...props, bearing: arc.arrow.bearing },
        geometry: { type: 'Point', coordinates: arc.arrow.at },
      });
    }
  }
  const missions: Feature<Point, MissionProps>[] = [];
  for (const m of index.missions) {
    const p = index.placeById.get(m.place);
    if (!p) continue;
    missions.push({
      type: 'Feature',
      properties: { id: m.id, icon: ICON.mission(m.sender, m.kind) },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    });
  }
  return {
    links: { type: 'FeatureCollection', features: links },
    arrows: { type: 'FeatureCollection', features: arrows },
    missions: { type: 'FeatureCollection', features: missions },
  };
}

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export const ATLAS_SOURCES: Record<string, SourceSpecification> = {
  [ATLAS_SRC.links]: { type: 'geojson', data: empty(), promoteId: 'id' },
  [ATLAS_SRC.arrows]: { type: 'geojson', data: empty(), promoteId: 'id' },
  [ATLAS_SRC.missions]: { type: 'geojson', data: empty(), promoteId: 'id' },
};

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const shown: ExpressionSpecification = state('visible');

/**
 * Region outlines change with the date (the 2018 and 2022 reforms), and variants of one region
 * share its id. The controller sets feature-state `outline` of each id to the variant valid on
 * the date shown; every region layer draws a feature only when it is that variant. A state
 * change repaints; a layer filter would make MapLibre re-lay out the whole regions source.
 */
const CURRENT_OUTLINE: ExpressionSpecification = ['==', ['to-string', ['feature-state', 'outline']], ['get', 'vid']];

/** An opacity expression that is 0 for outline variants not valid on the date shown. */
export function onlyCurrentOutline(opacity: number | ExpressionSpecification): ExpressionSpecification {
  return ['case', CURRENT_OUTLINE, opacity, 0];
}

/** District layers draw on the regions source: colour and hatch come from feature-state. */
export function districtLayers(regionsSource: string): LayerSpecification[] {
  return [
    {
      id: ATLAS_LAYER.districtsFill,
      type: 'fill',
      source: regionsSource,
      paint: {
        'fill-color': ['to-color', ['coalesce', ['feature-state', 'district'], 'rgba(0,0,0,0)']],
        'fill-opacity': onlyCurrentOutline(['case', state('hover'), 0.35, DISTRICT_FILL_OPACITY]),
      },
    },
    {
      id: ATLAS_LAYER.districtsHatch,
      type: 'fill',
      source: regionsSource,
      paint: { 'fill-pattern': ICON.hatch, 'fill-opacity': onlyCurrentOutline(['case', state('unpublished'), 1, 0]) },
    },
  ];
}

export function districtHoverLayer(regionsSource: string): LayerSpecification {
  return {
    id: ATLAS_LAYER.districtsHover,
    type: 'line',
    source: regionsSource,
    paint: { 'line-color': '#111827', 'line-width': 2.5, 'line-opacity': onlyCurrentOutline(['case', state('missionHover'), 1, 0]) },
  };
}

export function linkLayers(): LayerSpecification[] {
  const lines = (Object.keys(LINK_STYLE) as LinkType[]).map(
    (type): LayerSpecification => ({
      id: ATLAS_LAYER.links(type),
      type: 'line',
      source: ATLAS_SRC.links,
      filter: ['==', ['get', 'type'], type],
      layout: { 'line-cap': type === 'partnership' ? 'round' : 'butt', 'line-join': 'round' },
      paint: {
        'line-color': ['case', state('selected'), '#111827', LINK_STYLE[type].colour],
        'line-width': [
          '+',
          ['coalesce', ['feature-state', 'width'], 1.6],
          ['case', state('hover'), 1.5, state('selected'), 1.5, 0],
        ],
        'line-opacity': ['case', shown, ['case', ['get', 'uncertain'], LINK_OPACITY.uncertain, LINK_OPACITY.certain], 0],
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
      id: ATLAS_LAYER.arrows,
      type: 'symbol',
      source: ATLAS_SRC.arrows,
      layout: {
        'icon-image': ICON.arrow,
        'icon-rotate': ['get', 'bearing'],
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': 0.9,
      },
      paint: {
        'icon-color': ['match', ['get', 'type'], 'trade', LINK_STYLE.trade.colour, LINK_STYLE.partnership.colour],
        'icon-halo-color': '#ffffff',
        'icon-halo-width': 1,
        'icon-opacity': ['case', shown, 1, 0],
      },
    },
  ];
}

export function missionLayer(): LayerSpecification {
  return {
    id: ATLAS_LAYER.missions,
    type: 'symbol',
    source: ATLAS_SRC.missions,
    layout: {
      'icon-image': ['get', 'icon'],
      'icon-allow-overlap': true,
      // Region labels placed after the icons move aside instead of hiding under them.
      'icon-ignore-placement': false,
      'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 7, 1.1],
    },
    paint: { 'icon-opacity': ['case', shown, 1, 0] },
  };
}
