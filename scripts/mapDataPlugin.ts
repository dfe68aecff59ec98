import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { MAP_DATA_FILE, toMapData } from '../src/data/mapData';
import { LinksFile, MissionsFile, PlacesFile } from '../src/data/schema';

/** data/map.json from public/data: the first view's records (src/data/mapData.ts), parsed with the schemas first. */
export function mapDataJson(dataDir = 'public/data'): string {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
  return JSON.stringify(
    toMapData({
      places: PlacesFile.parse(read('places.json')),
      missions: MissionsFile.parse(read('missions.json')),
      links: LinksFile.parse(read('links.json')),
    }),
  );
}

/**
 * Makes data/map.json: written into the build, served fresh by the dev server. Derived, so it
 * is never committed; an invalid data file fails the build here with zod's message.
 */
export function mapDataPlugin(): Plugin {
  return {
    name: 'atlas-map-data',
    configureServer(server) {
      server.middlewares.use(`/data/${MAP_DATA_FILE}`, (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(mapDataJson());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: `data/${MAP_DATA_FILE}`, source: mapDataJson() });
    },
  };
}
