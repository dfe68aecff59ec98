import type { LineString, MultiPoint, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { tieShapes } from '../geometry/tieShapes';
import { chineseEmbassy, event, flight, guangzhouCg, miniIndex, modelFor, partnership, realAtlas, step, transport } from '../testing/fixtures';
import type { LayerId } from '../view/view';
import { atlasGeoJson } from './geojson';

describe('atlasGeoJson', () => {
  const setup = (layers?: LayerId[]) => {
    const index = miniIndex({
      links: [
        flight({ id: 'fl-a', status: [step('2024')] }),
        partnership({ id: 'ps-a', status: [step('2016')] }),
        transport({ id: 'tp-a', via: ['astana'] }),
        flight({ id: 'fl-old', status: [step('2004'), step('2010', { status: 'ended' })] }),
      ],
      missions: [guangzhouCg(), chineseEmbassy()],
      events: [event('flight', '2024-06', { places: ['almaty', 'urumqi'] }), event('visit', '2023', { regions: ['CN-XJ'] })],
    });
    const model = modelFor({ index, view: { from: 2020, to: 2025, ...(layers && { layers }) } });
    const visible = model.visible!;
    return { index, visible, geo: atlasGeoJson(index, model.names.all, visible, model.day) };
  };

  it('has one feature per shown link, mission and event, each with its sources', () => {
    const { visible, geo } = setup();
    const of = (entity: string) => geo.features.filter((f) => f.properties.entity === entity);
    expect(of('link')).toHaveLength(visible.counts.links);
    expect(of('link').map((f) => f.id)).not.toContain('fl-old');
    expect(of('mission')).toHaveLength(visible.counts.missions);
    expect(of('event')).toHaveLength(visible.counts.events);
    for (const f of geo.features) expect(f.properties.sources).toEqual(expect.arrayContaining([expect.objectContaining({ url: expect.any(String) })]));
  });

  it('draws links as the shapes the map draws, between their endpoints', () => {
    const { index, geo } = setup();
    const link = geo.features.find((f) => f.id === 'fl-a')!;
    const line = (link.geometry as LineString).coordinates;
    expect(line[0]).toEqual(index.endpointPosition('almaty'));
    expect(line.at(-1)).toEqual(index.endpointPosition('urumqi'));
    expect(line).toEqual(tieShapes(index).find((s) => s.link.id === 'fl-a')!.coordinates);
    expect(link.properties).toMatchObject({ type: 'flight', a_name: { en: 'Almaty' }, b_name: { en: 'Urumqi' } });
    // A transport line runs through its places.
    const rail = (geo.features.find((f) => f.id === 'tp-a')!.geometry as LineString).coordinates;
    expect(rail).toEqual(['almaty', 'astana', 'urumqi'].map((id) => index.endpointPosition(id)));
  });

  it('puts missions at their seat on the day shown, and events at their places or regions', () => {
    const { index, geo } = setup();
    const mission = (id: string) => geo.features.find((f) => f.properties.entity === 'mission' && f.id === id)!;
    expect((mission('kz-cg-guangzhou').geometry as Point).coordinates).toEqual(index.endpointPosition('guangzhou'));
    expect(mission('kz-cg-guangzhou').properties).toMatchObject({ kind: 'consulate-general', region: 'CN-GD' });
    // The embassy moved to Astana in 2007; 2025 shows it there.
    expect((mission('cn-emb-astana').geometry as Point).coordinates).toEqual(index.endpointPosition('astana'));
    expect(mission('cn-emb-astana').properties).toMatchObject({ region: 'KZ-71', place_name: { en: 'Astana' } });

    const [flightEvent, visit] = geo.features.filter((f) => f.properties.entity === 'event');
    expect((flightEvent!.geometry as MultiPoint).coordinates).toEqual([index.endpointPosition('almaty'), index.endpointPosition('urumqi')]);
    expect((visit!.geometry as MultiPoint).coordinates).toEqual([index.endpointPosition('CN-XJ')]);
  });

  it('places a mission at its earlier seat for an earlier day', () => {
    const index = miniIndex({ missions: [chineseEmbassy()] });
    const model = modelFor({ index, view: { from: 1992, to: 2005 } });
    const geo = atlasGeoJson(index, model.names.all, model.visible!, model.day);
    expect((geo.features[0]!.geometry as Point).coordinates).toEqual(index.endpointPosition('almaty'));
  });

  it('leaves out what a layer switch hides', () => {
    const { geo } = setup(['districts', 'partnerships']);
    expect(geo.features.map((f) => f.id)).not.toContain('fl-a');
    expect(geo.features.map((f) => f.id)).not.toContain('tp-a');
    expect(geo.features.map((f) => f.id)).toContain('ps-a');
    expect(geo.features.some((f) => f.properties.entity === 'mission')).toBe(false);
  });

  it('exports the default view of the shipped data: counts match, every feature sourced', () => {
    const { index, boundaries } = realAtlas();
    const model = modelFor({ index, boundaries });
    const visible = model.visible!;
    const geo = atlasGeoJson(index, model.names.all, visible, model.day);
    expect(geo.features).toHaveLength(visible.counts.links + visible.counts.missions + visible.counts.events);
    for (const f of geo.features) {
      expect((f.properties.sources as unknown[]).length).toBeGreaterThan(0);
      if (f.properties.entity !== 'event') expect(f.geometry).not.toBeNull();
    }
    // It survives a round trip through JSON (what the download writes).
    expect(JSON.parse(JSON.stringify(geo)).features).toHaveLength(geo.features.length);
  });
});
