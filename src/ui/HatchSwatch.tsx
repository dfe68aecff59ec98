import type { CSSProperties } from 'react';
import { HATCH_STROKE, HATCH_TILE } from '../style/linkStyle';

/**
 * The map's "no data" / "not published" hatch as a legend swatch: 1px "/" strokes in the map's
 * stroke colour, as far apart across the strokes as the map's tile puts them along a row
 * (tile / √2), so legend and map read as the same pattern. Decorative: a label is beside it.
 */
export function HatchSwatch() {
  const style = { '--hatch': HATCH_STROKE, '--hatch-period': `${(HATCH_TILE / Math.SQRT2).toFixed(2)}px` } as CSSProperties;
  return <span className="legend__swatch legend__swatch--hatch" style={style} aria-hidden="true" />;
}
