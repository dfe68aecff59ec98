import { describe, expect, it } from 'vitest';
import { aktobeCg, flight, guangzhouCg, miniIndex, trade, transport } from '../testing/fixtures';
import { buildAtlasGeometry } from './atlasGeometry';
import { ICON } from './icons';

describe('buildAtlasGeometry', () => {
  it('gives each uncertain tie one question mark on its line, and certain ties none', () => {
    const geo = buildAtlasGeometry(miniIndex({ links: [flight(), trade({ certainty: 'uncertain' })] }));
    const marks = geo.marks.features.filter((f) => f.properties.icon === ICON.uncertain);
    expect(marks.map((f) => f.properties.id)).toEqual(['tr-kz-xj']);
    // The trade tie keeps its arrowhead beside the mark; both carry the tie's id for its feature-state.
    expect(geo.marks.features.filter((f) => f.properties.id === 'tr-kz-xj').map((f) => f.properties.icon)).toEqual([ICON.arrow('trade'), ICON.uncertain]);
    const line = geo.links.features.find((f) => f.properties.id === 'tr-kz-xj')!.geometry.coordinates;
    const at = marks[0]!.geometry.coordinates;
    expect(Math.min(...line.map((p) => Math.hypot(p[0]! - at[0]!, p[1]! - at[1]!)))).toBeLessThan(1);
  });

  it('gives an uncertain mission a question mark at its seat, with the seat’s id, and a certain one none', () => {
    const geo = buildAtlasGeometry(miniIndex({ missions: [guangzhouCg({ certainty: 'uncertain' }), aktobeCg()] }));
    const at = (mission: string) => geo.missions.features.filter((f) => f.properties.mission === mission);
    const guangzhou = at('kz-cg-guangzhou');
    expect(guangzhou.map((f) => f.properties.icon)).toEqual([ICON.mission('KZ', 'consulate-general'), ICON.uncertain]);
    expect(guangzhou[1]!.properties.id).toBe(guangzhou[0]!.properties.id);
    expect(guangzhou[1]!.geometry.coordinates).toEqual(guangzhou[0]!.geometry.coordinates);
    expect(at('cn-cg-aktobe').map((f) => f.properties.icon)).toEqual([ICON.mission('CN', 'consulate-general')]);
  });

  it('names mission cities, and as minor the other places ties run to or through, but no city that is its own unit', () => {
    const geo = buildAtlasGeometry(
      miniIndex({
        missions: [guangzhouCg(), aktobeCg()],
        links: [flight({ a: 'almaty', b: 'urumqi' }), transport({ id: 'rail-yining', a: 'aktobe', b: 'yining', via: ['urumqi', 'astana'] })],
      }),
    );
    const labels = Object.fromEntries(geo.cities.features.map((f) => [f.properties.id, f.properties.minor ?? 'mission city']));
    // Almaty and Astana are units of their own (their region labels name them); Aktobe hosts a mission.
    expect(labels).toEqual({ guangzhou: 'mission city', aktobe: 'mission city', urumqi: '1', yining: '1' });
  });
});
