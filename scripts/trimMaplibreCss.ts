import type { Plugin } from 'postcss';

/**
 * Controls and overlays of MapLibre the atlas never adds: geolocate, fullscreen, terrain, globe,
 * compass (the zoom buttons have it off), the logo, popups, markers and cooperative gestures.
 * Their rules are most of maplibre-gl.css (inline SVG icons in light, dark and forced-colour
 * variants): about 8 KB gzip of the first view's 10 KB of MapLibre CSS.
 */
const UNUSED = /maplibregl-(ctrl-(geolocate|fullscreen|shrink|terrain|globe|compass|logo)|user-location|popup|marker|cooperative-gesture)/;

/** PostCSS plugin: drops maplibre-gl.css selectors that name only those controls; leaves every other stylesheet alone. */
export function trimMaplibreCss(): Plugin {
  return {
    postcssPlugin: 'atlas-trim-maplibre-css',
    Once(root) {
      if (!root.source?.input.file?.replace(/\\/g, '/').endsWith('maplibre-gl/dist/maplibre-gl.css')) return;
      root.walkRules((rule) => {
        const keep = rule.selectors.filter((s) => !UNUSED.test(s));
        if (keep.length === 0) rule.remove();
        else if (keep.length < rule.selectors.length) rule.selectors = keep;
      });
      root.walkAtRules((at) => {
        if (at.nodes?.length === 0) at.remove();
      });
    },
  };
}
