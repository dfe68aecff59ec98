// The benchmark's floor page (see floor.html): MapLibre + the boundaries, nothing else.
// #map carries aria-busy="true" until the first map idle after the boundaries are in, then "false",
// like the app, so bench/run.mjs times both pages with the same observer.
import { Map as MlMap, setWorkerUrl } from './vendor/maplibre-gl.mjs';

setWorkerUrl(new URL('./vendor/maplibre-gl-worker.mjs', import.meta.url).href);

// The app's default frame (src/map/MapController.ts DEFAULT_BOUNDS) and colours (src/map/palette.ts).
const DEFAULT_BOUNDS = [46.5, 17.5, 135.1, 55.5];
const C = { water: '#c9dde9', context: '#ebe8e1', contextLine: '#c3bfb4', kz: '#f4efdc', cn: '#f5e6df', regionLine: '#8f8878', lake: '#c9dde9' };

const el = document.getElementById('map');
const q = new URLSearchParams(location.search);
if (q.get('w') && q.get('h')) {
  el.style.width = `${Number(q.get('w'))}px`;
  el.style.height = `${Number(q.get('h'))}px`;
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
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': C.water } },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': C.context } },
      { id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': C.contextLine, 'line-width': 0.8 } },
      // Current outlines only (former variants carry validTo), as the app shows today's map.
      { id: 'regions-fill', type: 'fill', source: 'regions', filter: ['!', ['has', 'validTo']], paint: { 'fill-color': ['match', ['get', 'country'], 'KZ', C.kz, C.cn] } },
      { id: 'regions-line', type: 'line', source: 'regions', filter: ['!', ['has', 'validTo']], paint: { 'line-color': C.regionLine, 'line-width': 0.8 } },
      { id: 'lakes-fill', type: 'fill', source: 'lakes', paint: { 'fill-color': C.lake } },
    ],
  },
  bounds: DEFAULT_BOUNDS,
  fitBoundsOptions: { padding: 20 },
  renderWorldCopies: false,
  attributionControl: false,
  fadeDuration: 0,
});

// For the bench's repaint probe (frames while the map redraws the boundaries continuously).
window.__floorMap = map;

let ready = false;
map.on('idle', () => {
  if (ready) el.setAttribute('aria-busy', 'false');
});
map.on('dataloading', () => el.setAttribute('aria-busy', 'true'));

const [topo] = await Promise.all([
  fetch('data/boundaries.topo.json').then((r) => r.json()),
  new Promise((resolve) => map.once('load', resolve)),
]);
for (const name of ['countries', 'lakes', 'regions']) {
  map.getSource(name).setData(globalThis.topojson.feature(topo, topo.objects[name]));
}
ready = true;
