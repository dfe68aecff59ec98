import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { regionIdsAt, type Boundaries } from './data/boundaries';
import type { AtlasIndex } from './data/indexes';
import type { Lang } from './data/schema';
import type { YearSpan } from './filter/dates';
import { mapLayersFor } from './filter/mapLayers';
import { createVisibleSelector } from './filter/visible';
import type { MapModel } from './map/MapController';
import { missionColours } from './map/palette';
import { effectiveYearRange } from './state/store';
import type { View } from './state/urlCodec';
import { createDetailsEnv } from './ui/detailsEnv';
import { regionsShownAt } from './ui/mapSummary';
import { playbackRange } from './ui/usePlaybackTimer';

const selectVisible = createVisibleSelector();
const EMPTY_SET: ReadonlySet<string> = new Set();
const EMPTY_MAP: ReadonlyMap<string, never> = new Map<string, never>();

/**
 * Everything the map and panels show for the current view, derived once per change from the
 * data and the store through the pure selectors in src/filter.
 */
export function useAtlasModel(input: {
  view: View;
  dataSpan: YearSpan | null;
  playYear: number | null;
  index: AtlasIndex | null;
  boundaries: Boundaries | undefined;
  lang: Lang;
}) {
  const { view, dataSpan, playYear, index, boundaries, lang } = input;
  const { t } = useTranslation();
  // During playback the map and panels show the range's start up to the playback year.
  const range = playbackRange(effectiveYearRange(view, dataSpan), playYear);
  const visible = useMemo(
    () => (index && range ? selectVisible(index, { range, types: view.types, layers: view.layers }) : null),
    [index, range?.from, range?.to, view.types, view.layers], // eslint-disable-line react-hooks/exhaustive-deps
  );
  // Boundaries and districts as of the end of the range (the URL's year even before the span is known).
  const day = `${range?.to ?? view.to ?? new Date().getFullYear()}-12-31`;

  const missions = index?.missions;
  const colours = useMemo(() => missionColours(missions ?? []), [missions]);
  const layers = useMemo(() => {
    if (!index || !boundaries || !range || !visible) return null;
    return mapLayersFor(index, visible.linkIds, range, day, regionIdsAt(boundaries.regions, day), colours);
  }, [index, boundaries, visible, day, colours]); // eslint-disable-line react-hooks/exhaustive-deps

  const districtsOn = view.layers.includes('districts');
  const model: MapModel = useMemo(
    () => ({
      lang,
      day,
      selectedId: view.sel,
      attribution: [t('map.attributionKz'), t('map.attributionCn'), t('map.attributionNe')],
      labels: { canvas: t('map.canvasLabel') },
      visibleLinks: visible?.linkIds ?? EMPTY_SET,
      linkWidths: layers?.linkWidths ?? EMPTY_MAP,
      visibleMissions: visible?.missionIds ?? EMPTY_SET,
      // Switching districts off empties them, like links and missions: a feature-state repaint.
      districtColours: districtsOn ? (layers?.districtColours ?? EMPTY_MAP) : EMPTY_MAP,
      unpublished: districtsOn ? (layers?.unpublished ?? EMPTY_SET) : EMPTY_SET,
      missionDistricts: layers?.districtOf ?? EMPTY_MAP,
    }),
    [lang, day, view.sel, districtsOn, visible, layers, t],
  );

  const regionsShown = useMemo(
    () => (boundaries ? regionsShownAt(boundaries.regions, day) : { cn: 0, kz: 0 }),
    [boundaries, day],
  );
  const selectedName = useMemo(() => {
    if (!view.sel || !index || !boundaries || !range) return null;
    return createDetailsEnv({ index, boundaries: boundaries, day, range, lang, colours, onSelect: () => {} }, t).nameOf(view.sel);
  }, [view.sel, index, boundaries, day, range?.from, range?.to, lang, colours, t]); // eslint-disable-line react-hooks/exhaustive-deps

  return { range, visible, day, colours, layers, model, regionsShown, selectedName };
}
