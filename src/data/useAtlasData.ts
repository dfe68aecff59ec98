import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { DataLoadError } from './fetchJson';
import { buildIndex, type AtlasIndex } from './indexes';
import { boundariesQuery, eventsQuery, linksQuery, missionsQuery, placesQuery } from './queries';

export type FileProblem = { file: string; reason: string };

/**
 * Loads the data files in parallel. A file that fails leaves its part of the atlas empty and
 * is reported; the rest keeps working. Events are not drawn on the map, so they are fetched
 * only once `eventsWanted` (after the first map frame): the first view loads less.
 * `complete` turns true when every file has settled; until then the index holds no events.
 */
export function useAtlasData(eventsWanted: boolean) {
  const boundaries = useQuery(boundariesQuery);
  const places = useQuery(placesQuery);
  const missions = useQuery(missionsQuery);
  const links = useQuery(linksQuery);
  const events = useQuery({ ...eventsQuery, enabled: eventsWanted });

  const mapSettled = [places, missions, links].every((q) => !q.isPending);
  const complete = mapSettled && eventsWanted && !events.isPending;
  const problems: FileProblem[] = useMemo(
    () =>
      [places.error, missions.error, links.error, events.error]
        .filter((e): e is Error => e != null)
        .map((e) => (e instanceof DataLoadError ? { file: e.file, reason: e.reason } : { file: '?', reason: String(e) })),
    [places.error, missions.error, links.error, events.error],
  );

  const index: AtlasIndex | null = useMemo(() => {
    if (!boundaries.data || !mapSettled) return null;
    return buildIndex(
      {
        places: places.data?.places ?? [],
        missions: missions.data?.missions ?? [],
        links: links.data?.links ?? [],
        events: events.data?.events ?? [],
      },
      boundaries.data.regions.features,
    );
  }, [boundaries.data, mapSettled, places.data, missions.data, links.data, events.data]);

  return { boundaries, index, complete, problems };
}
