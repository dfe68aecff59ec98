import { describe, expect, it } from 'vitest';
import { event, flight, guangzhouCg, step } from '../testing/fixtures';
import { LAYER_IDS } from '../view/view';
import { nearestActiveYear, whyOffMap, widenedTo } from './offMap';

describe('nearestActiveYear', () => {
  const linkOf = (steps: Parameters<typeof step>[]) => ({ kind: 'link' as const, record: flight({ status: steps.map((s) => step(...s)) }) });

  it('takes the closer side of the range', () => {
    const ended = linkOf([['2010'], ['2018', { status: 'ended' }]]);
    expect(nearestActiveYear(ended, { from: 2020, to: 2025 }, 2026)).toBe(2018);
    const later = linkOf([['2027']]);
    expect(nearestActiveYear(later, { from: 2020, to: 2025 }, 2026)).toBe(2027);
  });

  it('offers a year the tie ran in before one it was only announced in', () => {
    const announced = linkOf([['2027', { status: 'announced' }], ['2029']]);
    expect(nearestActiveYear(announced, { from: 2020, to: 2025 }, 2030)).toBe(2029);
    // Announced in December 2022, flown from January 2023: not "show 1995–2022", a year of plans.
    const december = linkOf([['2022-12-16', { status: 'announced' }], ['2023-01']]);
    expect(nearestActiveYear(december, { from: 1995, to: 2000 }, 2026)).toBe(2023);
  });

  it('falls back to the years a tie was only announced (they are shown) when it never ran', () => {
    const plan = linkOf([['2027', { status: 'announced' }]]);
    expect(nearestActiveYear(plan, { from: 2020, to: 2025 }, 2030)).toBe(2027);
  });

  it('skips the years between an end and a restart', () => {
    const restarted = linkOf([['2005'], ['2008', { status: 'ended' }], ['2015']]);
    // Not shown 2009–2014: 2008 (two years before 2010) is closer than 2015 (four after 2011).
    expect(nearestActiveYear(restarted, { from: 2010, to: 2011 }, 2026)).toBe(2008);
    expect(nearestActiveYear(restarted, { from: 2012, to: 2013 }, 2026)).toBe(2015);
  });

  it('gives an event its own year', () => {
    const visit = { kind: 'event' as const, record: event('visit', '2012') };
    expect(nearestActiveYear(visit, { from: 2020, to: 2025 }, 2026)).toBe(2012);
  });
});

describe('whyOffMap', () => {
  const all = { range: { from: 2020, to: 2025 }, types: ['visit', 'agreement'] as const, layers: [...LAYER_IDS] };
  const ended = { kind: 'link' as const, record: flight({ status: [step('2010'), step('2018', { status: 'ended' })] }) };

  it('names the switched-off layer or event type before the years', () => {
    expect(whyOffMap(ended, { ...all, layers: ['partnerships', 'trade'] }, 2026)).toEqual({ by: 'layer', layer: 'flights' });
    expect(whyOffMap({ kind: 'mission', record: guangzhouCg() }, { ...all, layers: ['flights'] }, 2026)).toEqual({ by: 'layer', layer: 'missions' });
    expect(whyOffMap({ kind: 'event', record: event('forum', '2012') }, all, 2026)).toEqual({ by: 'type', type: 'forum' });
  });

  it('with its switch on, gives the nearest year that shows it', () => {
    expect(whyOffMap(ended, all, 2026)).toEqual({ by: 'years', year: 2018 });
    expect(whyOffMap({ kind: 'event', record: event('visit', '2012') }, all, 2026)).toEqual({ by: 'years', year: 2012 });
    // An event across New Year shows in its last year too: the nearer one.
    const newYear = { kind: 'event' as const, record: event('forum', '2018-12-30', { endDate: '2019-01-02' }) };
    expect(whyOffMap(newYear, { ...all, types: ['forum'] }, 2026)).toEqual({ by: 'years', year: 2019 });
  });

  it('widens a range only on the side it must', () => {
    expect(widenedTo({ from: 2020, to: 2025 }, 2018)).toEqual({ from: 2018, to: 2025 });
    expect(widenedTo({ from: 2020, to: 2025 }, 2027)).toEqual({ from: 2020, to: 2027 });
    expect(widenedTo({ from: 2020, to: 2025 }, 2022)).toEqual({ from: 2020, to: 2025 });
  });
});
