import type { LineString, MultiPoint, Point } from 'geojson';
import { EVENT_TYPES } from '../data/schema';
import { event, flight, guangzhouCg, partnership } from '../filter/testFixtures';
import { dataYearSpan, selectVisible } from '../filter/visible';
import { endpointNameLookup } from '../search/endpointNames';
import { miniBoundaries, miniIndex, realAtlas } from '../search/testFixtures';
import { LAYER_IDS } from '../state/urlCodec';
import { atlasGeoJson } from './geojson';

describe('atlasGeoJson', () => {
  const setup = (layers = [...LAYER_IDS]) => {
    const index = miniIndex({
      links: [flight({ id: 'fl-a', from: '2024' }), partnership({ id: 'ps-a', from: '2016' }), flight({ id: 'fl-old', from: '2004', to: '2010' })],
      missions: [guangzhouCg()],
      events: [event('flight', '2024-06', { places: ['almaty', 'urumqi'] }), event('visit', '2023', { regions: ['CN-XJ'] })],
    });
    const visible = selectVisible(index, { range: { from: 2020, to: 2025 }, types: [...EVENT_TYPES], layers });
    return { index, visible, geo: atlasGeoJson(index, endpointNameLookup(index, miniBoundaries()), visible) };
  };

  it('has one feature per shown link, mission and event, each with its sources', () => {
    const { visible, geo } = setup();
    const of = (entity: string) => geo.features.filter((f) => f.properties.entity === entity);
    expect(of('link')).toHaveLength(visible.counts.links);
    expect(of('mission')).toHaveLength(visible.counts.missions);
    expect(of('event')).toHaveLength(visible.counts.events);
    for (const f of geo.features) expect(f.properties.sources).toEqual([expect.objectContaining({ url: expect.any(String) })]);
  });

  it('draws links as lines between their endpoints, missions as points, events at their places', () => {
    const { index, geo } = setup();
    const link = geo.features.find((f) => f.id === 'fl-a')!;
    const line = (link.geometry as LineString).coordinates;
    expect(line[0]).toEqual(index.endpointPosition('almaty'));
    expect(line.at(-1)).toEqual(index.endpointPosition('urumqi'));
    expect(link.properties).toMatchObject({ type: 'flight', a_name: { en: 'Almaty' }, b_name: { en: 'Urumqi' } });

    const mission = geo.features.find((f) => f.properties.entity === 'mission')!;
    expect((mission.geometry as Point).coordinates).toEqual(index.endpointPosition('guangzhou'));
    expect(mission.properties).toMatchObject({ kind: 'consulate-general', region: 'CN-GD' });

    const [flightEvent, visit] = geo.features.filter((f) => f.properties.entity === 'event');
    expect((flightEvent!.geometry as MultiPoint).coordinates).toHaveLength(2);
    expect((visit!.geometry as MultiPoint).coordinates).toEqual([index.endpointPosition('CN-XJ')]);
  });

  it('leaves out what a layer switch hides', () => {
    const { geo } = setup(['districts', 'partnerships']);
    expect(geo.features.map((f) => f.id)).not.toContain('fl-a');
    expect(geo.features.some((f) => f.properties.entity === 'mission')).toBe(false);
  });

  it('exports the default view of the shipped data: counts match, every feature sourced', () => {
    const { index, boundaries } = realAtlas();
    const span = dataYearSpan(index)!;
    const visible = selectVisible(index, { range: { from: span.minYear, to: span.maxYear }, types: [...EVENT_TYPES], layers: [...LAYER_IDS] });
    const geo = atlasGeoJson(index, endpointNameLookup(index, boundaries), visible);
    expect(geo.features).toHaveLength(visible.counts.links + visible.counts.missions + visible.counts.events);
    for (const f of geo.features) {
      expect((f.properties.sources as unknown[]).length).toBeGreaterThan(0);
      if (f.properties.entity !== 'event') expect(f.geometry).not.toBeNull();
    }
    // It survives a round trip through JSON (what the download writes).
    expect(JSON.parse(JSON.stringify(geo)).features).toHaveLength(geo.features.length);
  });
});
