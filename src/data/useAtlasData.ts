import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Boundaries } from './boundaries';
import { DataLoadError } from './fetchJson';
import { buildIndex, type AtlasIndex } from './indexes';
import { boundariesQuery, eventsQuery, linksQuery, missionsQuery, placesQuery } from './queries';

/** A data file that could not be used: the notices name it, the panels say what is missing. */
export type FileProblem = { file: string; reason: string };

export type AtlasData = {
  boundaries: Boundaries | undefined;
  /** Null until the boundaries and the map's files (places, missions, links) have settled. */
  index: AtlasIndex | null;
  /** True once every file has settled (loaded or failed). */
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
  e instanceof DataLoadError ? { file: e.file, reason: e.reason } : { file: '?', reason: String(e) };

/**
 * Loads the data files in parallel. A file that fails leaves its part of the atlas empty and
 * is reported; the rest keeps working. Events are not drawn on the map, so they are fetched
 * only once `eventsWanted` (after the first map frame): the first view loads less. The index
 * is built once per arrival of a file, never per view change.
 */
export function useAtlasData(eventsWanted: boolean): AtlasData {
  const boundaries = useQuery(boundariesQuery);
  const places = useQuery(placesQuery);
  const missions = useQuery(missionsQuery);
  const links = useQuery(linksQuery);
  const events = useQuery({ ...eventsQuery, enabled: eventsWanted });

  const mapSettled = [places, missions, links].every((q) => !q.isPending);
  const complete = mapSettled && eventsWanted && !events.isPending;
  const problems = useMemo(
    () =>
      [boundaries.error, places.error, missions.error, links.error, events.error]
        .filter((e): e is Error => e != null)
        .map(problemOf),
    [boundaries.error, places.error, missions.error, links.error, events.error],
  );

  const index: AtlasIndex | null = useMemo(() => {
    if (boundaries.isPending || !mapSettled) return null;
    return buildIndex(
      {
        places: places.data?.places ?? [],
        missions: missions.data?.missions ?? [],
        links: links.data?.links ?? [],
        events: events.data?.events ?? [],
        meta: events.data?.meta ?? null,
      },
      boundaries.data ?? NO_BOUNDARIES,
    );
  }, [boundaries.isPending, boundaries.data, mapSettled, places.data, missions.data, links.data, events.data]);

  return useMemo(
    () => ({ boundaries: boundaries.data, index, complete, problems, failed: new Set(problems.map((p) => p.file)) }),
    [boundaries.data, index, complete, problems],
  );
}
