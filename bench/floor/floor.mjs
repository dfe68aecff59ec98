// The benchmark's floor page (see index.html): MapLibre drawing what the atlas draws at its first
// idle in the default view, the cheapest way: the 54 current regions, countries and lakes, and
// the ties as the same Bézier arcs (src/geometry/arcs.ts), one line layer each for partnerships,
// flights and trade. Nothing else: no labels, arrows, districts, missions, React, validation or
// service worker.
// #map carries aria-busy="true" until the first map idle after the data is in, then "false",
// like the app, so the bench times both pages with the same observer (test/browser/shared.mjs).
import { Map as MlMap, setWorkerUrl } from './vendor/maplibre-gl.mjs';

setWorkerUrl(new URL('./vendor/maplibre-gl-worker.mjs', import.meta.url).href);

// The app's default frame (src/map/MapController.ts DEFAULT_BOUNDS), colours (src/style/palette.ts)
// and link styles (src/map/atlasLayers.ts LINK_STYLE, LINK_OPACITY).
const DEFAULT_BOUNDS = [46.5, 17.5, 135.1, 55.5];
const C = { water: '#c9dde9', context: '#ebe8e1', contextLine: '#c3bfb4', kz: '#f4efdc', cn: '#f5e6df', regionLine: '#8f8878', lake: '#c9dde9' };
const LINK_STYLE = {
  partnership: { colour: '#7b3fa0', dash: [0.2, 2] },
  flight: { colour: '#0f766e', dash: [3, 2] },
  trade: { colour: '#c2410c', dash: null },
};
const CAPITAL = { KZ: 'astana', CN: 'beijing' }; // a whole country's end of a tie (src/data/indexes.ts)

const el = document.getElementById('map');
const q = new URLSearchParams(location.search);
if (q.get('w') && q.get('h')) {
  el.style.width = `${Number(q.get('w'))}px`;
  el.style.height = `${Number(q.get('h'))}px`;
}

// ---- arcs: src/geometry/arcs.ts (bezierArc, assignSlots), same constants ----
const MAX_LAT = 85.0511287798;
const toMercator = ([lon, lat]) => {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [lon / 360 + 0.5, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
};
const fromMercator = ([x, y]) => [(x - 0.5) * 360, (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI];
function bezierArc(a, b, slot, segments = 48) {
  const bend = 0.18 * (1 + 0.7 * slot);
  const p0 = toMercator(a);
  const p2 = toMercator(b);
  const dx = p2[0] - p0[0];
  const dy = p2[1] - p0[1];
  const p1 = [(p0[0] + p2[0]) / 2 + dy * bend, (p0[1] + p2[1]) / 2 - dx * bend];
  const coordinates = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    coordinates.push(fromMercator([u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]]));
  }
  coordinates[0] = a;
  coordinates[segments] = b;
  return coordinates;
}

function arcs(links, places, regions) {
  const placeAt = new Map(places.map((p) => [p.id, [p.lon, p.lat]]));
  const labelAt = new Map();
  for (const f of regions.features) {
    if (!f.properties.validTo || !labelAt.has(f.properties.id)) labelAt.set(f.properties.id, [f.properties.label_lon, f.properties.label_lat]);
  }
  const at = (id) => (CAPITAL[id] ? placeAt.get(CAPITAL[id]) : /^(KZ|CN)-/.test(id) ? labelAt.get(id) : placeAt.get(id));
  const slots = new Map();
  const features = [];
  for (const l of links) {
    const a = at(l.a);
    const b = at(l.b);
    const key = `${l.a}\u0000${l.b}`;
    const slot = slots.get(key) ?? 0;
    slots.set(key, slot + 1);
    if (!a || !b || (a[0] === b[0] && a[1] === b[1])) continue;
    features.push({ type: 'Feature', properties: { type: l.type, uncertain: l.certainty === 'uncertain' }, geometry: { type: 'LineString', coordinates: bezierArc(a, b, slot) } });
  }
  return { type: 'FeatureCollection', features };
}

const empty = { type: 'FeatureCollection', features: [] };
const map = new MlMap({
  container: el,
  style: {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: empty },
      lakes: { type: 'geojson', data: empty },
      regions: { type: 'geojson', data: empty },
      links: { type: 'geojson', data: empty },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': C.water } },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': C.context } },
      { id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': C.contextLine, 'line-width': 0.8 } },
      // Current outlines only (former variants carry validTo), as the app shows today's map.
      { id: 'regions-fill', type: 'fill', source: 'regions', filter: ['!', ['has', 'validTo']], paint: { 'fill-color': ['match', ['get', 'country'], 'KZ', C.kz, C.cn] } },
      { id: 'regions-line', type: 'line', source: 'regions', filter: ['!', ['has', 'validTo']], paint: { 'line-color': C.regionLine, 'line-width': 0.8 } },
      { id: 'lakes-fill', type: 'fill', source: 'lakes', paint: { 'fill-color': C.lake } },
      ...Object.entries(LINK_STYLE).map(([type, s]) => ({
        id: `links-${type}`,
        type: 'line',
        source: 'links',
        filter: ['==', ['get', 'type'], type],
        layout: { 'line-cap': type === 'partnership' ? 'round' : 'butt', 'line-join': 'round' },
        paint: { 'line-color': s.colour, 'line-width': 1.6, 'line-opacity': ['case', ['get', 'uncertain'], 0.5, 0.9], ...(s.dash ? { 'line-dasharray': s.dash } : {}) },
      })),
    ],
  },
  bounds: DEFAULT_BOUNDS,
  fitBoundsOptions: { padding: 20 },
  renderWorldCopies: false,
  attributionControl: false,
  fadeDuration: 0,
});

// For the bench's bare-repaint probe (frames while the map redraws with nothing changed).
window.__floorMap = map;

let ready = false;
map.on('idle', () => {
  if (ready) el.setAttribute('aria-busy', 'false');
});
map.on('dataloading', () => el.setAttribute('aria-busy', 'true'));

const json = (f) => fetch(`data/${f}`).then((r) => r.json());
// The same first-view file the atlas draws its ties from (data/map.json: links and places).
const [topo, { links, places }] = await Promise.all([
  json('boundaries.topo.json'),
  json('map.json'),
  new Promise((resolve) => map.once('load', resolve)),
]);
const layers = Object.fromEntries(['countries', 'lakes', 'regions'].map((name) => [name, globalThis.topojson.feature(topo, topo.objects[name])]));
for (const [name, data] of Object.entries(layers)) map.getSource(name).setData(data);
map.getSource('links').setData(arcs(links, places, layers.regions));
ready = true;
