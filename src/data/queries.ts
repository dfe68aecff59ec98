import { queryOptions } from '@tanstack/react-query';
import type { Schema, z } from './z';
import { decodeBoundaries } from './boundaries';
import { DataLoadError, fetchDataJson, fetchValidated } from './fetchJson';
import { MAP_DATA_FILE, MapDataFile } from './mapData';
import { shareStrings } from './shareStrings';
import { DATA_FILES, type DataFileName } from './schema';

// Data ships with the build and never changes while the page is open. No automatic retries:
// a failed file is reported at once, and the reader retries it from the notice.
const forever = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

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

/** The query key of a data file, to retry it after a failure. */
export const queryKeyOf = (file: string): readonly ['data', string] => ['data', file];
