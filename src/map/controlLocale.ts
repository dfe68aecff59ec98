import type { MapLabels } from '../model/mapModel';

/**
 * MapLibre's own interface strings (zoom buttons, scale bar units, the credits' button) in the interface language.
 * Keys are MapLibre's; anything not listed keeps MapLibre's English default.
 */
export const mapLibreLocale = (controls: MapLabels['controls']): Record<string, string> => ({
  'NavigationControl.ZoomIn': controls.zoomIn,
  'NavigationControl.ZoomOut': controls.zoomOut,
  'ScaleControl.Kilometers': controls.kilometres,
  'ScaleControl.Meters': controls.metres,
  'AttributionControl.ToggleAttribution': controls.toggleAttribution,
});
