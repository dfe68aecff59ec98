import { describe, expect, it } from 'vitest';
import { aktobeCg, event, flight, partnership, step, trade, transport } from '../testing/fixtures';
import { historyPhase, isEventInRange, linkPhase, missionPhase, rangeEndDay } from './activeInRange';

const years = (from: number, to: number) => ({ from, to });

describe('rangeEndDay', () => {
  it('is the last day of the range’s last year', () => {
    expect(rangeEndDay(years(2019, 2024))).toBe('2024-12-31');
    expect(rangeEndDay(years(2024, 2024))).toBe('2024-12-31');
  });
});

describe('historyPhase', () => {
  // Almaty–Urumqi: flying from 2004, suspended from February 2020, resumed in February 2023.
  const covid = [
    step('2004', { perWeek: 3 }),
    step('2020-02', { status: 'suspended' }),
    step('2023-02', { status: 'resumed', perWeek: 2 }),
  ];

  it('is null before the first step', () => {
    expect(historyPhase(covid, years(2000, 2003))).toBeNull();
  });

  it('shows a tie suspended for the whole range as suspended, not hidden', () => {
    expect(historyPhase(covid, years(2021, 2022))).toBe('suspended');
  });

  it('reads the phase as of the range’s last day', () => {
    // It flew in January 2020 but was suspended by the end of 2020.
    expect(historyPhase(covid, years(2020, 2020))).toBe('suspended');
    expect(historyPhase(covid, years(2019, 2019))).toBe('operating');
    // Resumed in February 2023: operating by the end of 2023 and of 2019–2024.
    expect(historyPhase(covid, years(2023, 2023))).toBe('operating');
    expect(historyPhase(covid, years(2019, 2024))).toBe('operating');
  });

  it('shows a tie that ended within the range as ended, and hides it after', () => {
    const ended = [step('2010'), step('2019-06', { status: 'ended' })];
    expect(historyPhase(ended, years(2019, 2020))).toBe('ended');
    expect(historyPhase(ended, years(2015, 2019))).toBe('ended');
    expect(historyPhase(ended, years(2015, 2018))).toBe('operating');
    expect(historyPhase(ended, years(2020, 2025))).toBeNull();
  });

  it('shows an announced tie as announced, never as operating', () => {
    const announced = [step('2022-06', { status: 'announced' }), step('2024-07')];
    expect(historyPhase(announced, years(2021, 2021))).toBeNull();
    expect(historyPhase(announced, years(2022, 2023))).toBe('announced');
    expect(historyPhase(announced, years(2023, 2024))).toBe('operating');
  });
});

describe('linkPhase', () => {
  it('reads flights, partnerships and transport from their status histories', () => {
    const suspended = flight({ status: [step('2004', { perWeek: 3 }), step('2020-02', { status: 'suspended' })] });
    expect(linkPhase(suspended, years(2019, 2019))).toBe('operating');
    expect(linkPhase(suspended, years(2021, 2025))).toBe('suspended');
    expect(linkPhase(partnership(), years(2014, 2014))).toBe('operating'); // from 2014-06
    expect(linkPhase(partnership(), years(2010, 2013))).toBeNull();
    expect(linkPhase(transport(), years(2011, 2012))).toBe('operating'); // from 2012-12
    expect(linkPhase(transport(), years(2010, 2011))).toBeNull();
  });

  it('shows a trade series from the year of its first figure on, as operating', () => {
    // Figures for 2019 and 2024.
    expect(linkPhase(trade(), years(2015, 2018))).toBeNull();
    expect(linkPhase(trade(), years(2015, 2019))).toBe('operating');
    expect(linkPhase(trade(), years(2025, 2026))).toBe('operating');
  });
});

describe('missionPhase', () => {
  it('follows the mission’s status: announced, then open, then closed', () => {
    // Agreed 2022-06, open from 2024-07.
    expect(missionPhase(aktobeCg(), years(2020, 2021))).toBeNull();
    expect(missionPhase(aktobeCg(), years(2020, 2023))).toBe('announced');
    expect(missionPhase(aktobeCg(), years(2024, 2024))).toBe('operating');
    const closed = aktobeCg({ status: [step('2024-07'), step('2025-03', { status: 'ended' })] });
    expect(missionPhase(closed, years(2025, 2025))).toBe('ended');
    expect(missionPhase(closed, years(2026, 2030))).toBeNull();
  });
});

describe('isEventInRange', () => {
  it('uses the year of the event date at any precision', () => {
    expect(isEventInRange(event('visit', '2025-12-31'), years(2025, 2025))).toBe(true);
    expect(isEventInRange(event('visit', '2026-01'), years(2025, 2025))).toBe(false);
    expect(isEventInRange(event('visit', '2024'), years(2025, 2026))).toBe(false);
  });

  it('counts a multi-day event in every year it touches', () => {
    const forum = event('forum', '2025-12-30', { endDate: '2026-01-02' });
    expect(isEventInRange(forum, years(2026, 2026))).toBe(true);
    expect(isEventInRange(forum, years(2025, 2025))).toBe(true);
    expect(isEventInRange(forum, years(2027, 2028))).toBe(false);
  });
});
