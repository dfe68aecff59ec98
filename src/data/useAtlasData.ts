import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { DataLoadError } from './fetchJson';
import { buildIndex, type AtlasIndex } from './indexes';
import { boundariesQuery, eventsQuery, linksQuery, missionsQuery, placesQuery } from './queries';

export type FileProblem = { file: string; reason: string };

/**
 * Loads every data file in parallel. A file that fails leaves its part of the atlas empty
 * and is reported; the rest keeps working. Boundaries are separate: without them there is no map.
 */
export function useAtlasData(enabled: boolean) {
  const boundaries = useQuery({ ...boundariesQuery, enabled });
  const places = useQuery({ ...placesQuery, enabled });
  const missions = useQuery({ ...missionsQuery, enabled });
  const links = useQuery({ ...linksQuery, enabled });
  const events = useQuery({ ...eventsQuery, enabled });

  const settled = [places, missions, links, events].every((q) => !q.isPending);
  const problems: FileProblem[] = useMemo(
    () =>
      [places.error, missions.error, links.error, events.error]
        .filter((e): e is Error => e != null)
        .map((e) => (e instanceof DataLoadError ? { file: e.file, reason: e.reason } : { file: '?', reason: String(e) })),
    [places.error, missions.error, links.error, events.error],
  );

  const index: AtlasIndex | null = useMemo(() => {
    if (!boundaries.data || !settled) return null;
    return buildIndex(
      {
        places: places.data?.places ?? [],
        missions: missions.data?.missions ?? [],
        links: links.data?.links ?? [],
        events: events.data?.events ?? [],
      },
      boundaries.data.regions.features,
    );
  }, [boundaries.data, settled, places.data, missions.data, links.data, events.data]);

  return { boundaries, index, problems };
}
