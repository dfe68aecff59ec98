import { describe, expect, it } from 'vitest';
import type { AtlasData } from '../data/useAtlasData';
import { MAP_LABELS, miniBoundaries, miniIndex } from '../testing/fixtures';
import { defaultView, type View } from '../view/view';
import { createAtlasModel, type ModelInput } from './atlasModel';

/**
 * One deriver fed a sequence of inputs, as the app feeds it on each render: the data and the
 * labels keep their identity; the view changes as the store changes it (a new object, with
 * the fields that did not change kept).
 */
function setup() {
  const boundaries = miniBoundaries();
  const index = miniIndex(undefined, boundaries);
  const data: AtlasData = { boundaries, index, complete: true, problems: [], failed: new Set() };
  const derive = createAtlasModel();
  let input: ModelInput = { view: defaultView(), lang: 'en', dataSpan: index.span, playYear: null, data, labels: MAP_LABELS };
  const next = (patch: Partial<Omit<ModelInput, 'view'>> & { view?: Partial<View> } = {}) => {
    const { view, ...rest } = patch;
    input = { ...input, ...rest, view: view ? { ...input.view, ...view } : input.view };
    return derive(input);
  };
  return { index, data, next };
}

describe('createAtlasModel: what it derives', () => {
  it('fills the open ends of the range from the data span, and shows statuses as of its last day', () => {
    const { index, next } = setup();
    const model = next();
    // The default records run from the embassy's 1992 to the Guangzhou district's 2026.
    expect(index.span).toEqual({ minYear: 1992, maxYear: 2026 });
    expect(model.chosen).toEqual({ from: 1992, to: 2026 });
    expect(model.range).toEqual({ from: 1992, to: 2026 });
    // The range ends in the fixture data's as-of year: statuses are as of that day (below).
    expect(model.day).toBe(`${index.meta!.asOf}`);
    expect(next({ view: { from: 2010, to: 2015 } })).toMatchObject({ chosen: { from: 2010, to: 2015 }, day: '2015-12-31' });
  });

  it('shows a range that ends in the data’s as-of year as of the as-of day, not as of 31 December', () => {
    const { index, data, next } = setup();
    const dated = { ...data, index: { ...index, meta: { version: '9.9.9', asOf: '2026-11-30' } } };
    expect(next({ data: dated }).day).toBe('2026-11-30');
    expect(next({ data: dated, view: { from: 2010, to: 2015 } }).day).toBe('2015-12-31');
    // A month-precise as-of date stands for its last day.
    expect(next({ data: { ...data, index: { ...index, meta: { version: '9.9.9', asOf: '2026-02' } } }, view: { to: 2026 } }).day).toBe('2026-02-28');
  });

  it('moves the end of the range shown during playback, keeping the chosen one', () => {
    const { next } = setup();
    const model = next({ view: { from: 2010, to: 2020 }, playYear: 2013 });
    expect(model.chosen).toEqual({ from: 2010, to: 2020 });
    expect(model.range).toEqual({ from: 2010, to: 2013 });
    expect(model.day).toBe('2013-12-31');
  });

  it('has no range before the span is known, but already takes the URL’s year as its day', () => {
    const { next } = setup();
    const model = next({ dataSpan: null, view: { to: 2024 } });
    expect(model.range).toBeNull();
    expect(model.visible).toBeNull();
    expect(model.day).toBe('2024-12-31');
  });

  it('derives nothing from data that has not loaded', () => {
    const { next } = setup();
    const model = next({ data: { boundaries: undefined, index: null, complete: false, problems: [], failed: new Set() } });
    expect(model).toMatchObject({ visible: null, regions: null, districts: null, selected: null });
    expect(model.colours.size).toBe(0);
  });

  it('makes the districts follow the day', () => {
    const { next } = setup();
    // The Guangzhou district is published from 2026-01-16.
    expect(next({ view: { to: 2025 } }).districts!.servedBy.has('CN-GD')).toBe(false);
    expect(next({ view: { to: 2026 } }).districts!.servedBy.get('CN-GD')?.mission.id).toBe('kz-cg-guangzhou');
    // Aktobe's from July 2024, once the consulate operates.
    expect(next({ view: { to: 2023 } }).districts!.servedBy.has('KZ-15')).toBe(false);
    expect(next({ view: { to: 2024 } }).districts!.servedBy.get('KZ-15')?.mission.id).toBe('cn-cg-aktobe');
  });

  it('resolves the selection to an entity, or null when nothing has the id', () => {
    const { next } = setup();
    const region = next({ view: { sel: 'CN-GD' } }).selected;
    expect(region?.kind).toBe('region');
    expect(region?.id).toBe('CN-GD');
    expect(next({ view: { sel: 'kz-cg-guangzhou' } }).selected?.kind).toBe('mission');
    expect(next({ view: { sel: 'nope' } }).selected).toBeNull();
    expect(next({ view: { sel: null } }).selected).toBeNull();
  });

  it('gives the map the same visibility, and the seat each visible mission has on the day', () => {
    const { next } = setup();
    const late = next({ view: { to: 2026 } });
    expect(late.map.visibleLinks).toBe(late.visible!.linkIds);
    expect(late.map.phases).toBe(late.visible!.phases);
    expect(late.map.missionSeats.get('cn-emb-astana')).toBe(1); // Astana, from 2007
    expect(next({ view: { to: 2005 } }).map.missionSeats.get('cn-emb-astana')).toBe(0); // Almaty
  });

  it('empties the district colours on the map when the districts layer is off', () => {
    const { next } = setup();
    expect(next({ view: { to: 2026 } }).map.districtColours.size).toBeGreaterThan(0);
    const off = next({ view: { layers: ['flights', 'missions'] } });
    expect(off.map.districtColours.size).toBe(0);
    expect(off.map.unpublished.size).toBe(0);
    // The districts themselves are still known (panels and hover read them).
    expect(off.districts!.servedBy.size).toBeGreaterThan(0);
  });
});

describe('createAtlasModel: recomputes only what changed', () => {
  it('keeps everything when the same input comes again', () => {
    const { next } = setup();
    const a = next();
    const b = next();
    expect(b.visible).toBe(a.visible);
    expect(b.regions).toBe(a.regions);
    expect(b.names).toBe(a.names);
    expect(b.map).toBe(a.map);
  });

  it('keeps visibility, outlines and districts on a language change, and renames', () => {
    const { next } = setup();
    const en = next({ lang: 'en' });
    const ru = next({ lang: 'ru' });
    expect(ru.visible).toBe(en.visible);
    expect(ru.regions).toBe(en.regions);
    expect(ru.districts).toBe(en.districts);
    expect(ru.colours).toBe(en.colours);
    expect(ru.names).not.toBe(en.names);
    expect([en.names.of('CN-GD'), ru.names.of('CN-GD')]).toEqual(['Guangdong', 'Гуандун']);
  });

  it('keeps visibility, outlines and names when only the selection or the camera changes', () => {
    const { next } = setup();
    const before = next({ view: { sel: null } });
    const selected = next({ view: { sel: 'CN-GD' } });
    const moved = next({ view: { camera: { zoom: 5, lat: 40, lng: 80 } } });
    for (const after of [selected, moved]) {
      expect(after.visible).toBe(before.visible);
      expect(after.regions).toBe(before.regions);
      expect(after.districts).toBe(before.districts);
      expect(after.names).toBe(before.names);
    }
  });

  it('recomputes visibility when the years, types or layers change', () => {
    const { next } = setup();
    const a = next();
    const b = next({ view: { types: ['visit'] } });
    expect(b.visible).not.toBe(a.visible);
    const c = next({ view: { layers: ['flights'] } });
    expect(c.visible).not.toBe(b.visible);
    expect(c.visible!.linkIds).toEqual(new Set(['fl-ala-urc']));
    const d = next({ view: { from: 2020 } });
    expect(d.visible).not.toBe(c.visible);
  });

  it('keeps the outlines on a year change within one boundary epoch, and switches them across a reform', () => {
    const { next } = setup();
    // Almaty Region was redrawn and Zhetisu created on 2022-06-08.
    const y2023 = next({ view: { to: 2023 } });
    const y2025 = next({ view: { to: 2025 } });
    expect(y2025.regions!.valid.get('KZ-19')).toBe(y2023.regions!.valid.get('KZ-19'));
    expect(y2025.regions).toBe(y2023.regions);
    const y2020 = next({ view: { to: 2020 } });
    expect(y2020.regions).not.toBe(y2025.regions);
    expect(y2020.regions!.valid.get('KZ-19')?.vid).toBe('KZ-19@pre2022');
    expect(y2020.regions!.valid.has('KZ-33')).toBe(false);
  });
});
