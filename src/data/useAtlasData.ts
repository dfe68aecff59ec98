import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Boundaries } from './boundaries';
import { DataLoadError, type ReasonKey } from './fetchJson';
import { buildIndex, type AtlasIndex } from './indexes';
import { fromMapData } from './mapData';
import { boundariesQuery, eventsQuery, linksQuery, mapDataQuery, missionsQuery, placesQuery } from './queries';

/** A data file that could not be used: the notices name it, the panels say what is missing. */
export type FileProblem = { file: string; reason: string; reasonKey?: ReasonKey };

export type AtlasData = {
  boundaries: Boundaries | undefined;
  /** Null until the boundaries and the first view's records have settled. */
  index: AtlasIndex | null;
  /** True once every file has settled (loaded or failed): the panels, lists and search need it. */
  complete: boolean;
  problems: readonly FileProblem[];
  /** The files that could not be used, so panels can say "could not be loaded" rather than "none". */
  failed: ReadonlySet<string>;
};

// Without boundaries there is no map, but links, missions and events can still be listed.
const NO_BOUNDARIES: Pick<Boundaries, 'regions' | 'countries'> = {
  regions: { type: 'FeatureCollection', features: [] },
  countries: { type: 'FeatureCollection', features: [] },
};

const problemOf = (e: Error): FileProblem =>
  e instanceof DataLoadError ? { file: e.file, reason: e.reason, reasonKey: e.reasonKey } : { file: '?', reason: String(e) };

/**
 * Loads the data in two steps. First the boundaries and map.json, the first view's records
 * (a tenth of the bytes: no summaries, notes or sources). Once the map has been drawn
 * (`fullWanted`), the full files: places, missions, links and events. Each kind comes from its
 * full file when that loaded, else from map.json, so a file that fails loses as little as can
 * be; it is reported, and the rest keeps working. The index is built once per arrival.
 */
export function useAtlasData(fullWanted: boolean): AtlasData {
  const boundaries = useQuery(boundariesQuery);
  const map = useQuery(mapDataQuery);
  // Without the first view's file, the full files are the only way to draw the ties; without the
  // boundaries there is no map to wait for, and the lists and details need the full files: fetch at once.
  const full = fullWanted || map.isError || boundaries.isError;
  const places = useQuery({ ...placesQuery, enabled: full });
  const missions = useQuery({ ...missionsQuery, enabled: full });
  const links = useQuery({ ...linksQuery, enabled: full });
  const events = useQuery({ ...eventsQuery, enabled: full });

  const fullSettled = full && [places, missions, links, events].every((q) => !q.isPending);
  const firstSettled = !map.isPending || fullSettled;
  const problems = useMemo(
    () =>
      [boundaries.error, map.error, places.error, missions.error, links.error, events.error]
        .filter((e): e is Error => e != null)
        .map(problemOf),
    [boundaries.error, map.error, places.error, missions.error, links.error, events.error],
  );

  const first = useMemo(() => (map.data ? fromMapData(map.data) : null), [map.data]);
  const index: AtlasIndex | null = useMemo(() => {
    if (boundaries.isPending || !firstSettled) return null;
    return buildIndex(
      {
        places: places.data?.places ?? first?.places ?? [],
        missions: missions.data?.missions ?? first?.missions ?? [],
        links: links.data?.links ?? first?.links ?? [],
        events: events.data?.events ?? [],
        meta: events.data?.meta ?? null,
      },
      boundaries.data ?? NO_BOUNDARIES,
    );
  }, [boundaries.isPending, boundaries.data, firstSettled, first, places.data, missions.data, links.data, events.data]);

  return useMemo(
    () => ({ boundaries: boundaries.data, index, complete: fullSettled, problems, failed: new Set(problems.map((p) => p.file)) }),
    [boundaries.data, index, fullSettled, problems],
  );
}
