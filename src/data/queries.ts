import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Schema, z } from './z';
import { decodeBoundaries } from './boundaries';
import { DataLoadError, fetchDataJson, fetchValidated } from './fetchJson';
import { MAP_DATA_FILE, MapDataFile } from './mapData';
import { shareStrings } from './shareStrings';
import { DATA_FILES, type DataFileName } from './schema';

// Data ships with the build and never changes while the page is open. No automatic retries:
// a failed file is reported at once, and the reader retries it from the notice (nor again when a
// component mounts: a file that failed before the first render is reported, not fetched twice).
const forever = { staleTime: Infinity, gcTime: Infinity, retry: false, retryOnMount: false } as const;

/** The boundary file: without it there is no map (the other files only leave gaps). */
export const BOUNDARIES_FILE = 'boundaries.topo.json';

export const boundariesQuery = queryOptions({
  queryKey: ['data', BOUNDARIES_FILE] as const,
  queryFn: async ({ signal }) => {
    const raw = await fetchDataJson(BOUNDARIES_FILE, signal);
    try {
      return decodeBoundaries(raw);
    } catch (e) {
      throw new DataLoadError(BOUNDARIES_FILE, e instanceof Error ? e.message : String(e));
    }
  },
  ...forever,
});

/**
 * One query per data file: fetched, parsed with its schema once, kept for the session with one
 * copy of each repeated string (see shareStrings). These load after the first idle; the first
 * view's map.json is left as parsed, to keep its path short.
 */
const fileQuery = <F extends DataFileName>(file: F) =>
  queryOptions({
    queryKey: ['data', file] as const,
    queryFn: async ({ signal }) => shareStrings(await fetchValidated(file, DATA_FILES[file] as unknown as Schema<z.infer<(typeof DATA_FILES)[F]>>, signal)),
    ...forever,
  });

export const placesQuery = fileQuery('places.json');
export const missionsQuery = fileQuery('missions.json');
export const linksQuery = fileQuery('links.json');
export const eventsQuery = fileQuery('events.json');

/** The first view's records (built from the data files at build time, see mapData.ts). */
export const mapDataQuery = queryOptions({
  queryKey: ['data', MAP_DATA_FILE] as const,
  queryFn: ({ signal }) => fetchValidated(MAP_DATA_FILE, MapDataFile, signal),
  ...forever,
});

/**
 * Starts the first view's two files before the first render: they are read and decoded while
 * React renders and the map sets up WebGL, so the map has its data as soon as its style is in,
 * rather than after the empty map's first frame (#13). Failures land in the queries' state.
 */
export function prefetchFirstView(client: QueryClient): void {
  void client.prefetchQuery(boundariesQuery);
  void client.prefetchQuery(mapDataQuery);
}

/** The query key of a data file, to retry it after a failure. */
export const queryKeyOf = (file: string): readonly ['data', string] => ['data', file];
