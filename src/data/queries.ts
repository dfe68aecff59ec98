import { queryOptions } from '@tanstack/react-query';
import { decodeBoundaries } from './boundaries';
import { DataLoadError, fetchDataJson, fetchValidated } from './fetchJson';
import { EventsFile, LinksFile, MissionsFile, PlacesFile } from './schema';

// Data ships with the build and never changes while the page is open.
const forever = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

export const boundariesQuery = queryOptions({
  queryKey: ['data', 'boundaries'] as const,
  queryFn: async ({ signal }) => {
    const raw = await fetchDataJson('boundaries.topo.json', signal);
    try {
      return decodeBoundaries(raw);
    } catch (e) {
      throw new DataLoadError('boundaries.topo.json', e instanceof Error ? e.message : String(e));
    }
  },
  ...forever,
});

export const placesQuery = queryOptions({
  queryKey: ['data', 'places'] as const,
  queryFn: ({ signal }) => fetchValidated('places.json', PlacesFile, signal),
  ...forever,
});

export const missionsQuery = queryOptions({
  queryKey: ['data', 'missions'] as const,
  queryFn: ({ signal }) => fetchValidated('missions.json', MissionsFile, signal),
  ...forever,
});

export const linksQuery = queryOptions({
  queryKey: ['data', 'links'] as const,
  queryFn: ({ signal }) => fetchValidated('links.json', LinksFile, signal),
  ...forever,
});

export const eventsQuery = queryOptions({
  queryKey: ['data', 'events'] as const,
  queryFn: ({ signal }) => fetchValidated('events.json', EventsFile, signal),
  ...forever,
});
