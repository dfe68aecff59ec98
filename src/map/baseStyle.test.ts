import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../data/schema';
import { baseStyle } from './baseStyle';

// The map is created with validateStyle: false (it costs the first view tens of ms), so this is
// where a wrong property, expression or layer reference in the style is caught.
describe('baseStyle', () => {
  it.each(LANGS)('is a valid MapLibre style in %s', (lang) => {
    expect(validateStyleMin(baseStyle(lang)).map((e) => e.message)).toEqual([]);
  });

  it('is caught when it is not', () => {
    const style = baseStyle('en');
    const broken = { ...style, layers: [...style.layers, { id: 'x', type: 'line', source: 'nowhere', paint: { 'line-width': 'wide' } }] };
    expect(validateStyleMin(broken as typeof style).length).toBeGreaterThan(0);
  });
});
