import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../data/schema';
import { LAYER_IDS, type LayerId } from '../state/urlCodec';
import { createVisibleSelector, dataYearSpan, eventsPerYear, selectVisible, type AtlasData } from './visible';
import { aktobeCg, beijingEmbassy, event, flight, guangzhouCg, partnership, trade } from './testFixtures';

const atlas = (): AtlasData => ({
  links: [
    flight({ suspended: [{ from: '2020-02', to: '2023-01' }] }), // fl-ala-urc, from 2004
    partnership(), // ps-almaty-xj, from 2014-06
    trade(), // tr-kz-xj, 2019–2024
  ],
  missions: [beijingEmbassy(), guangzhouCg(), aktobeCg()],
  events: [
    event('flight', '2023-02-01', { id: 'ev-flight-resumed' }),
    event('agreement', '2024-09', { id: 'ev-agreement' }),
    event('visit', '2025-05-17', { id: 'ev-visit' }),
    event('mission', '2026-01-16', { id: 'ev-gz-district' }),
  ],
});

const all = { types: [...EVENT_TYPES], layers: [...LAYER_IDS] };

describe('selectVisible', () => {
  it('shows what is active in the range with every layer and type on', () => {
    const v = selectVisible(atlas(), { range: { from: 2021, to: 2022 }, ...all });
    // The flight is suspended for the whole of 2021–2022.
    expect(v.linkIds).toEqual(new Set(['ps-almaty-xj', 'tr-kz-xj']));
    expect(v.missionIds).toEqual(new Set(['kz-emb-beijing', 'kz-cg-guangzhou']));
    expect(v.eventIds).toEqual(new Set());
  });

  it('hides links whose layer is off, and missions when the missions layer is off', () => {
    const layers: LayerId[] = ['districts', 'flights'];
    const v = selectVisible(atlas(), { range: { from: 2023, to: 2025 }, types: all.types, layers });
    expect(v.linkIds).toEqual(new Set(['fl-ala-urc']));
    expect(v.missionIds.size).toBe(0);
  });

  it('shows only events of the selected types, in range', () => {
    const range = { from: 2024, to: 2026 };
    const v = selectVisible(atlas(), { range, types: new Set(['visit', 'mission', 'flight'] as const), layers: [] });
    expect(v.eventIds).toEqual(new Set(['ev-visit', 'ev-gz-district']));
    expect(selectVisible(atlas(), { range, types: [], layers: [] }).eventIds.size).toBe(0);
  });

  it('counts visible totals and in-range facets by type', () => {
    const v = selectVisible(atlas(), {
      range: { from: 2023, to: 2024 },
      types: ['agreement'],
      layers: ['partnerships'],
    });
    expect(v.counts.links).toBe(1);
    expect(v.counts.linksByType).toEqual({ partnership: 1, flight: 1, trade: 1 });
    expect(v.counts.missions).toBe(0);
    expect(v.counts.events).toBe(1);
    expect(v.counts.eventsByType).toMatchObject({ flight: 1, agreement: 1, visit: 0, mission: 0 });
    expect(Object.keys(v.counts.eventsByType)).toEqual([...EVENT_TYPES]);
  });
});

describe('eventsPerYear', () => {
  it('counts events of the given types per year, over all years', () => {
    const events = [
      event('visit', '2024-03'),
      event('visit', '2024-11-02'),
      event('forum', '2024'),
      event('visit', '2019'),
    ];
    expect(eventsPerYear(events, ['visit'])).toEqual(
      new Map([
        [2024, 2],
        [2019, 1],
      ]),
    );
    expect(eventsPerYear(events, new Set(['forum', 'visit'] as const)).get(2024)).toBe(3);
    expect(eventsPerYear(events, []).size).toBe(0);
  });
});

describe('dataYearSpan', () => {
  it('spans every dated record, including district dates and trade figures', () => {
    expect(dataYearSpan(atlas())).toEqual({ minYear: 1992, maxYear: 2026 });
    const onlyTrade = { links: [trade({ from: '2019', to: null })], missions: [], events: [] };
    expect(dataYearSpan(onlyTrade)).toEqual({ minYear: 2019, maxYear: 2024 });
  });

  it('counts event end dates and suspension ends', () => {
    const data = {
      links: [flight({ from: '2010', suspended: [{ from: '2011', to: '2013' }] })],
      missions: [],
      events: [event('forum', '2012-12-30', { endDate: '2014-01-02' })],
    };
    expect(dataYearSpan(data)).toEqual({ minYear: 2004, maxYear: 2014 });
  });

  it('is null when there are no dates', () => {
    expect(dataYearSpan({ links: [], missions: [], events: [] })).toBeNull();
  });
});

describe('createVisibleSelector', () => {
  it('returns the same result while the inputs are the same, even with a fresh range object', () => {
    const select = createVisibleSelector();
    const data = atlas();
    const types = [...EVENT_TYPES];
    const layers = [...LAYER_IDS];
    const first = select(data, { range: { from: 2020, to: 2024 }, types, layers });
    expect(select({ ...data }, { range: { from: 2020, to: 2024 }, types, layers })).toBe(first);
  });

  it('recomputes when any input changes', () => {
    const select = createVisibleSelector();
    const data = atlas();
    const types = [...EVENT_TYPES];
    const layers = [...LAYER_IDS];
    const first = select(data, { range: { from: 2020, to: 2024 }, types, layers });
    const moved = select(data, { range: { from: 2021, to: 2024 }, types, layers });
    expect(moved).not.toBe(first);
    const fewerLayers = select(data, { range: { from: 2021, to: 2024 }, types, layers: ['flights'] });
    expect(fewerLayers).not.toBe(moved);
    expect(fewerLayers.linkIds).toEqual(new Set(['fl-ala-urc']));
    const newEvents = select({ ...data, events: [] }, { range: { from: 2021, to: 2024 }, types, layers: ['flights'] });
    expect(newEvents.eventIds.size).toBe(0);
    expect(newEvents).not.toBe(fewerLayers);
  });
});
