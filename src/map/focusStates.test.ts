import { describe, expect, it } from 'vitest';
import type { BBox } from '../geometry/bbox';
import type { MapModel } from '../model/mapModel';
import { ATLAS_SRC } from './atlasLayers';
import { SRC } from './baseStyle';
import { focusBounds, focusChanges, focusSets } from './focusStates';

type Model = Parameters<typeof focusSets>[0] & {};
const regionIds = new Set(['KZ-75', 'KZ-19', 'CN-GD', 'CN-XJ']);
const epochVids = new Set(['KZ-19@pre2022', 'CN-XJ@old']);

/** Almaty city selected: one of its two visible ties in focus, Guangdong its partner; one bundle elsewhere. */
const selected: Model = {
  selectedId: 'KZ-75',
  visibleLinks: new Set(['fl-ala-can', 'tr-kz-cn']),
  missionSeats: new Map([
    ['cn-cg-almaty', 0],
    ['kz-cg-guangzhou', 1],
  ]),
  bundles: { pairs: new Map([['KZ-19|CN-XJ', { count: 3, byType: {} as never }]]), links: new Set(['a', 'b', 'c']) },
  focus: { links: new Set(['fl-ala-can']), missions: new Set(['kz-cg-guangzhou']), regions: new Set(['KZ-75', 'CN-GD']), points: [[76.9, 43.2]] },
};
const cleared: Model = { ...selected, selectedId: null, focus: null };

const changesOf = (source: string, list: ReturnType<typeof focusChanges>) => list.filter(([s]) => s === source).flatMap(([, c]) => c);

describe('focusSets', () => {
  it('puts the selection’s ties forward and fades every other tie, seat, region, label and bundle', () => {
    const f = focusSets(selected, regionIds, epochVids);
    expect([...f.focusLinks]).toEqual(['fl-ala-can']);
    expect([...f.fadedLinks]).toEqual(['tr-kz-cn']);
    // The faded seat is keyed like the seat feature: a mission's later seat carries its index.
    expect([...f.fadedSeats]).toEqual(['cn-cg-almaty']);
    expect([...f.partners]).toEqual(['CN-GD']);
    expect([...f.fadedRegions].sort()).toEqual(['CN-XJ', 'KZ-19']);
    expect([...f.fadedEpochLabels].sort()).toEqual(['CN-XJ@old', 'KZ-19@pre2022']);
    expect([...f.fadedBundles]).toEqual(['KZ-19|CN-XJ']);
    expect([...f.fadedBundleLabels]).toEqual(['KZ-19|CN-XJ#3']);
  });

  it('names a faded mission’s later seat by its seat index', () => {
    const f = focusSets({ ...selected, focus: { ...selected.focus!, missions: new Set() } }, regionIds, epochVids);
    expect([...f.fadedSeats].sort()).toEqual(['cn-cg-almaty', 'kz-cg-guangzhou@1']);
  });

  it('is empty without a selection', () => {
    const f = focusSets(cleared, regionIds, epochVids);
    expect(Object.values(f).every((set) => set.size === 0)).toBe(true);
    expect(Object.values(focusSets(null, regionIds, epochVids)).every((set) => set.size === 0)).toBe(true);
  });
});

describe('focusChanges', () => {
  it('sets the flags on selection and takes every one back on clearing', () => {
    const on = focusChanges(focusSets(cleared, regionIds, epochVids), focusSets(selected, regionIds, epochVids));
    expect(changesOf(ATLAS_SRC.links, on)).toEqual([
      { id: 'fl-ala-can', state: { focus: true } },
      { id: 'tr-kz-cn', state: { faded: true } },
    ]);
    // The arrow marks follow their ties.
    expect(changesOf(ATLAS_SRC.marks, on)).toEqual(changesOf(ATLAS_SRC.links, on));
    expect(changesOf(SRC.regions, on)).toEqual(
      expect.arrayContaining([{ id: 'CN-GD', state: { partner: true } }, { id: 'KZ-19', state: { faded: true } }]),
    );
    expect(changesOf(SRC.epochLabels, on)).toHaveLength(2);
    expect(changesOf(ATLAS_SRC.bundleLabels, on)).toEqual([{ id: 'KZ-19|CN-XJ#3', state: { faded: true } }]);

    const off = focusChanges(focusSets(selected, regionIds, epochVids), focusSets(cleared, regionIds, epochVids));
    const flat = off.flatMap(([, c]) => c);
    expect(flat.length).toBe(on.flatMap(([, c]) => c).length);
    expect(flat.every((c) => Object.values(c.state).every((v) => v === false))).toBe(true);
  });

  it('changes nothing when the focus stays the same', () => {
    const f = focusSets(selected, regionIds, epochVids);
    expect(focusChanges(f, focusSets(selected, regionIds, epochVids)).flatMap(([, c]) => c)).toEqual([]);
  });
});

describe('focusBounds', () => {
  const boxes = new Map<string, BBox>([
    ['KZ-75', [76.7, 43.1, 77.2, 43.4]],
    ['CN-GD', [109.7, 20.2, 117.3, 25.5]],
  ]);

  it('frames the whole outlines of the focus regions and its points', () => {
    const focus: MapModel['focus'] = { ...selected.focus!, points: [[76.9, 43.2], [120, 50]] };
    expect(focusBounds(focus, boxes)).toEqual([76.7, 20.2, 120, 50]);
  });

  it('frames nothing without a point to show', () => {
    expect(focusBounds(null, boxes)).toBeNull();
    expect(focusBounds({ ...selected.focus!, points: [] }, boxes)).toBeNull();
  });
});
