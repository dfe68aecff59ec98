import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../data/schema';
import { aktobeCg, event, flight, guangzhouCg, kazakhEmbassy, partnership, step, trade, transport } from '../testing/fixtures';
import { LAYER_IDS, type LayerId } from '../view/view';
import { eventsPerYear, selectVisible, type AtlasData } from './visible';

const atlas = (): AtlasData => ({
  links: [
    // fl-ala-urc: from 2004, suspended from 2020-02, resumed 2023-02.
    flight({ status: [step('2004', { perWeek: 3 }), step('2020-02', { status: 'suspended' }), step('2023-02', { status: 'resumed' })] }),
    partnership(), // ps-almaty-xj, from 2014-06
    trade(), // tr-kz-xj, figures 2019 and 2024
    transport({ status: [step('2012-12'), step('2018-03', { status: 'ended' })] }), // rail-altynkol-khorgos, 2012-12 to 2018-03
  ],
  missions: [kazakhEmbassy(), guangzhouCg(), aktobeCg()],
  events: [
    event('flight', '2023-02-01', { id: 'ev-flight-resumed' }),
    event('agreement', '2024-09', { id: 'ev-agreement' }),
    event('visit', '2025-05-17', { id: 'ev-visit' }),
    event('mission', '2026-01-16', { id: 'ev-gz-district' }),
  ],
});

const all = { types: [...EVENT_TYPES], layers: [...LAYER_IDS] };

describe('selectVisible', () => {
  it('shows what exists in the range with every layer and type on, each with its phase', () => {
    const v = selectVisible(atlas(), { range: { from: 2021, to: 2022 }, ...all });
    // The flight is suspended throughout: still drawn, as suspended. The crossing ended in 2018.
    expect(v.linkIds).toEqual(new Set(['fl-ala-urc', 'ps-almaty-xj', 'tr-kz-xj']));
    expect(v.missionIds).toEqual(new Set(['kz-emb-beijing', 'kz-cg-guangzhou', 'cn-cg-aktobe']));
    expect(v.eventIds).toEqual(new Set());
    expect(v.phases).toEqual(
      new Map([
        ['fl-ala-urc', 'suspended'],
        ['ps-almaty-xj', 'operating'],
        ['tr-kz-xj', 'operating'],
        ['kz-emb-beijing', 'operating'],
        ['kz-cg-guangzhou', 'operating'],
        ['cn-cg-aktobe', 'announced'], // agreed 2022-06, opened 2024-07
      ]),
    );
  });

  it('shows a tie that ended within the range as ended', () => {
    const v = selectVisible(atlas(), { range: { from: 2015, to: 2020 }, ...all });
    expect(v.linkIds.has('rail-altynkol-khorgos')).toBe(true);
    expect(v.phases.get('rail-altynkol-khorgos')).toBe('ended');
    expect(v.phases.get('fl-ala-urc')).toBe('suspended');
  });

  it('hides links whose layer is off, and missions when the missions layer is off', () => {
    const layers: LayerId[] = ['districts', 'flights'];
    const v = selectVisible(atlas(), { range: { from: 2023, to: 2025 }, types: all.types, layers });
    expect(v.linkIds).toEqual(new Set(['fl-ala-urc']));
    expect(v.missionIds.size).toBe(0);
    // Hidden records have no phase either.
    expect([...v.phases.keys()]).toEqual(['fl-ala-urc']);
    const onlyTransport = selectVisible(atlas(), { range: { from: 2013, to: 2013 }, types: all.types, layers: ['transport'] });
    expect(onlyTransport.linkIds).toEqual(new Set(['rail-altynkol-khorgos']));
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
    expect(v.counts.linksByType).toEqual({ partnership: 1, flight: 1, transport: 0, trade: 1 });
    expect(v.counts.missions).toBe(0);
    expect(v.counts.events).toBe(1);
    expect(v.counts.eventsByType).toMatchObject({ flight: 1, agreement: 1, visit: 0, mission: 0 });
    expect(Object.keys(v.counts.eventsByType)).toEqual([...EVENT_TYPES]);
  });
});

describe('eventsPerYear', () => {
  it('counts events of the given types per year, over all years', () => {
    const events = [event('visit', '2024-03'), event('visit', '2024-11-02'), event('forum', '2024'), event('visit', '2019')];
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
