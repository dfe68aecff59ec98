import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../data/schema';
import { LAYER, REGION_LABEL_LAYERS, baseStyle } from './baseStyle';

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

  // MapLibre places symbols from the top layer down; a label transparent by feature-state still
  // takes its place unless text-ignore-placement is set.
  it('keeps labels of other days from pushing the day’s labels aside', () => {
    const layers = baseStyle('en').layers;
    const at = (id: string) => layers.findIndex((l) => l.id === id);
    const ignores = (id: string) => (layers[at(id)] as { layout?: Record<string, unknown> }).layout?.['text-ignore-placement'] === true;
    const byDay = [LAYER.epochLabels, LAYER.smallEpochLabels, LAYER.replacedLabels, LAYER.smallReplacedLabels];
    for (const id of [LAYER.regionLabels, LAYER.smallLabels]) {
      for (const other of byDay) expect(at(other), `${other} is placed after ${id}`).toBeLessThan(at(id));
    }
    // Replaced variants take no place; today's variants are placed last, so unseen they push nothing aside.
    expect([LAYER.replacedLabels, LAYER.smallReplacedLabels].map(ignores)).toEqual([true, true]);
    expect(at(LAYER.epochLabels)).toBeLessThan(at(LAYER.replacedLabels));
    expect(REGION_LABEL_LAYERS.every((id) => at(id) >= 0)).toBe(true);
  });
});
