import { describe, expect, it } from 'vitest';
import { flight, miniIndex, trade } from '../testing/fixtures';
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
});
