import { EVENT_TYPES, LINK_TYPES, type EventType } from '../data/schema';
import type { YearRange } from '../data/dates';
import { LAYER_OF_LINK_TYPE, type LayerId } from '../view/view';

export type ExportWhat = 'links' | 'missions' | 'events' | 'atlas';

/**
 * The name of a downloaded file, carrying the filter that made it, so files from
 * different views do not overwrite each other or get mixed up:
 * `kz-cn-links-2023-2025.csv`, `kz-cn-events-2023-2025-flight-agreement.csv` (types, when
 * not all are on), `kz-cn-links-2024-flight.csv` (link types, when a link layer is off),
 * `kz-cn-atlas-2023-2025@2x.png` (the double-size image).
 */
export function exportFileName(
  what: ExportWhat,
  range: YearRange,
  ext: 'csv' | 'geojson' | 'png',
  filters: { types?: readonly EventType[]; layers?: readonly LayerId[]; scale?: 1 | 2 } = {},
): string {
  const years = range.from === range.to ? `${range.from}` : `${range.from}-${range.to}`;
  let only: readonly string[] | null = null;
  if (what === 'events' && filters.types && filters.types.length < EVENT_TYPES.length) {
    only = filters.types;
  } else if (what === 'links' && filters.layers) {
    const on = LINK_TYPES.filter((type) => filters.layers!.includes(LAYER_OF_LINK_TYPE[type]));
    if (on.length < LINK_TYPES.length) only = on;
  }
  const suffix = only === null ? '' : `-${only.length ? only.join('-') : 'none'}`;
  // The double-size image gets its own name (`@2x`, as image sets call it), not the normal one's.
  const size = filters.scale === 2 ? '@2x' : '';
  return `kz-cn-${what}-${years}${suffix}${size}.${ext}`;
}
