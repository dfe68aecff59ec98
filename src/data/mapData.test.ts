import { describe, expect, it } from 'vitest';
import { linkPhase, missionPhase } from '../filter/activeInRange';
import { districtsAsOf } from '../filter/districts';
import { linkWeightInRange } from '../filter/linkWeight';
import { tieShapes } from '../geometry/tieShapes';
import { shippedFile } from '../testing/fixtures';
import { buildIndex } from './indexes';
import { MapDataFile, UNTITLED, fromMapData, toMapData } from './mapData';
import { LinksFile, MissionsFile, PlacesFile } from './schema';

const full = {
  places: PlacesFile.parse(shippedFile('places.json')),
  missions: MissionsFile.parse(shippedFile('missions.json')),
  links: LinksFile.parse(shippedFile('links.json')),
};
const first = fromMapData(MapDataFile.parse(JSON.parse(JSON.stringify(toMapData(full)))));
const RANGES = [
  { from: 1989, to: 2026 },
  { from: 2015, to: 2019 },
  { from: 2020, to: 2021 },
  { from: 2024, to: 2025 },
];

describe('map.json, the first view’s records', () => {
  it('is a small fraction of the files it is made from', () => {
    const size = (o: unknown) => JSON.stringify(o).length;
    expect(size(toMapData(full))).toBeLessThan((size(full.links) + size(full.missions) + size(full.places)) / 4);
  });

  it('leaves link titles to the full file: they are half its bytes, and only panels, lists and search (which wait for the full files) show them', () => {
    expect(JSON.stringify(toMapData(full).links)).not.toContain('"title"');
    expect(first.links.every((l) => l.title === UNTITLED)).toBe(true);
  });

  it('draws every tie as the full links do: same phase and weight in every range', () => {
    expect(first.links.map((l) => l.id)).toEqual(full.links.links.map((l) => l.id));
    full.links.links.forEach((link, i) => {
      for (const r of RANGES) {
        expect(linkPhase(first.links[i]!, r), `${link.id} ${r.from}–${r.to}`).toBe(linkPhase(link, r));
        expect(linkWeightInRange(first.links[i]!, r)).toEqual(linkWeightInRange(link, r));
      }
    });
  });

  it('keeps each tie’s and mission’s certainty while writing only the uncertain ones', () => {
    expect(first.links.map((l) => l.certainty)).toEqual(full.links.links.map((l) => l.certainty));
    expect(first.missions.map((m) => m.certainty)).toEqual(full.missions.missions.map((m) => m.certainty));
    expect(full.links.links.some((l) => l.certainty === 'uncertain')).toBe(true);
    expect(JSON.stringify(toMapData(full))).not.toContain('"certainty":"certain"');
  });

  it('still reads a map.json that spells "certain" out (as files before 2.3.1 did)', () => {
    const file = toMapData(full);
    const older = { ...file, links: file.links.map((l) => ({ certainty: 'certain', ...l })) };
    expect(fromMapData(MapDataFile.parse(older)).links.map((l) => l.certainty)).toEqual(full.links.links.map((l) => l.certainty));
  });

  it('places every tie where the full links do', () => {
    const regions = { type: 'FeatureCollection' as const, features: [] };
    const shapes = (records: Parameters<typeof buildIndex>[0]) =>
      tieShapes(buildIndex(records, { regions, countries: regions })).map((s) => [s.link.id, s.coordinates, s.arrow, s.crossing]);
    const records = { places: full.places.places, missions: full.missions.missions, links: full.links.links, events: [], meta: null };
    expect(shapes(first)).toEqual(shapes(records));
  });

  it('gives missions the same phases and districts', () => {
    for (const r of RANGES) {
      full.missions.missions.forEach((m, i) => expect(missionPhase(first.missions[i]!, r)).toBe(missionPhase(m, r)));
      const served = (ms: Parameters<typeof districtsAsOf>[0]) => [...districtsAsOf(ms, `${r.to}-12-31`)].map(([region, s]) => [region, s.mission.id, s.since]);
      expect(served(first.missions)).toEqual(served(full.missions.missions));
    }
  });
});
