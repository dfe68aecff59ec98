import { describe, expect, it } from 'vitest';
import { mapChanges, setChanges } from './featureState';

describe('setChanges', () => {
  it('turns ids that joined on and ids that left off, and leaves the rest alone', () => {
    const changes = setChanges(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']), 'visible');
    expect(changes).toEqual([
      { id: 'a', state: { visible: false } },
      { id: 'd', state: { visible: true } },
    ]);
  });

  it('turns every id on the first time (nothing drawn before)', () => {
    expect(setChanges(undefined, new Set(['a', 'b']), 'on')).toEqual([
      { id: 'a', state: { on: true } },
      { id: 'b', state: { on: true } },
    ]);
  });

  it('makes no call for the same set, or an equal one', () => {
    const set = new Set(['a']);
    expect(setChanges(set, set, 'on')).toEqual([]);
    expect(setChanges(set, new Set(['a']), 'on')).toEqual([]);
  });

  it('turns everything off for an empty set', () => {
    expect(setChanges(new Set(['a', 'b']), new Set(), 'on')).toEqual([
      { id: 'a', state: { on: false } },
      { id: 'b', state: { on: false } },
    ]);
  });
});

describe('mapChanges', () => {
  const colour = (v: string | undefined) => ({ fill: v ?? null });

  it('sets new and changed values and clears removed ones', () => {
    const prev = new Map([
      ['KZ-15', '#0072B2'],
      ['CN-GD', '#E69F00'],
      ['CN-XJ', '#009E73'],
    ]);
    const next = new Map([
      ['KZ-15', '#0072B2'], // unchanged: no call
      ['CN-GD', '#CC79A7'], // changed
      ['KZ-33', '#56B4E9'], // new
    ]);
    expect(mapChanges(prev, next, colour)).toEqual([
      { id: 'CN-XJ', state: { fill: null } },
      { id: 'CN-GD', state: { fill: '#CC79A7' } },
      { id: 'KZ-33', state: { fill: '#56B4E9' } },
    ]);
  });

  it('sets every value the first time, and nothing for the same map', () => {
    const map = new Map([['a', 1]]);
    expect(mapChanges(undefined, map, (v) => ({ width: v }))).toEqual([{ id: 'a', state: { width: 1 } }]);
    expect(mapChanges(map, map, (v) => ({ width: v }))).toEqual([]);
  });

  it('compares values by identity', () => {
    const a = { phase: 'operating' };
    expect(mapChanges(new Map([['x', a]]), new Map([['x', a]]), (v) => ({ v }))).toEqual([]);
    expect(mapChanges(new Map([['x', a]]), new Map([['x', { ...a }]]), (v) => ({ v }))).toHaveLength(1);
  });
});
