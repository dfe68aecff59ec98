import { describe, expect, it } from 'vitest';
import { missionSeatId } from './atlasGeometry';
import { pickTarget, type Hit } from './picking';

// The Chinese embassy is drawn at each of its seats (Almaty, then Astana); on the day shown it sits at its second.
const model = {
  visibleLinks: new Set(['fl-ala-urc']),
  missionSeats: new Map([
    ['cn-emb-astana', 1],
    ['kz-cg-guangzhou', 0],
  ]),
};
const outlines = new Map([
  ['KZ-75', 'KZ-75'],
  ['KZ-19', 'KZ-19'],
]);

const region = (id: string, vid = id): Hit => ({ kind: 'region', id, featureId: id, vid });
const link = (id: string): Hit => ({ kind: 'link', id, featureId: id });
const mission = (id: string, seat: number): Hit => ({ kind: 'mission', id, featureId: missionSeatId(id, seat) });
const label = (id: string, vid = id): Hit => ({ kind: 'label', id, featureId: vid, vid });

describe('missionSeatId', () => {
  it('is the mission’s id for its first seat and a suffixed id for later ones', () => {
    expect(missionSeatId('cn-emb-astana', 0)).toBe('cn-emb-astana');
    expect(missionSeatId('cn-emb-astana', 1)).toBe('cn-emb-astana@1');
  });
});

describe('pickTarget', () => {
  it('prefers a mission to a link to a region, whatever the order of the hits', () => {
    const hits = [region('KZ-75'), link('fl-ala-urc'), mission('cn-emb-astana', 1)];
    expect(pickTarget(hits, model, outlines)).toEqual({ kind: 'mission', id: 'cn-emb-astana', featureId: 'cn-emb-astana@1' });
    expect(pickTarget([region('KZ-75'), link('fl-ala-urc')], model, outlines)).toEqual({ kind: 'link', id: 'fl-ala-urc', featureId: 'fl-ala-urc' });
    expect(pickTarget([region('KZ-75')], model, outlines)).toEqual({ kind: 'region', id: 'KZ-75', featureId: 'KZ-75' });
  });

  it('passes through what is hidden: a mission’s other seat, a link not shown, a region’s other outline', () => {
    // The embassy's Almaty seat (0) is not drawn on this day; a hidden link and the pre-2022 Almaty Region neither.
    const hits = [mission('cn-emb-astana', 0), link('fl-hidden'), region('KZ-19', 'KZ-19@pre2022'), region('KZ-75')];
    expect(pickTarget(hits, model, outlines)).toEqual({ kind: 'region', id: 'KZ-75', featureId: 'KZ-75' });
  });

  it('passes through a tie drawn inside a bundled arc (low zoom): the region below is picked', () => {
    const hits = [link('fl-ala-urc'), region('KZ-75')];
    expect(pickTarget(hits, model, outlines, new Set(['fl-ala-urc']))).toEqual({ kind: 'region', id: 'KZ-75', featureId: 'KZ-75' });
    // Zoomed in (no bundles), the same tie is picked.
    expect(pickTarget(hits, model, outlines, new Set())?.id).toBe('fl-ala-urc');
  });

  it('picks a region by its name over a tie passing under it, but not over a mission', () => {
    const hits = [link('fl-ala-urc'), label('KZ-19'), region('KZ-75')];
    expect(pickTarget(hits, model, outlines)).toEqual({ kind: 'region', id: 'KZ-19', featureId: 'KZ-19', label: true });
    expect(pickTarget([label('KZ-19'), mission('cn-emb-astana', 1)], model, outlines)?.kind).toBe('mission');
    // The label of an outline not shown on the day (the pre-2022 Almaty Region) is passed through.
    expect(pickTarget([label('KZ-19', 'KZ-19@pre2022'), link('fl-ala-urc')], model, outlines)?.id).toBe('fl-ala-urc');
  });

  it('takes the topmost of several visible things of one kind', () => {
    const hits = [mission('kz-cg-guangzhou', 0), mission('cn-emb-astana', 1)];
    expect(pickTarget(hits, model, outlines)?.id).toBe('kz-cg-guangzhou');
  });

  it('skips a mission that is not shown at all', () => {
    expect(pickTarget([mission('cn-cg-aktobe', 0), region('KZ-75')], model, outlines)?.id).toBe('KZ-75');
  });

  it('is null when nothing visible is under the point', () => {
    expect(pickTarget([], model, outlines)).toBeNull();
    expect(pickTarget([link('fl-hidden'), region('KZ-33')], model, outlines)).toBeNull();
  });
});
