import { describe, expect, it } from 'vitest';
import {
  isEventInRange,
  isIntervalActiveInRange,
  isLinkActiveInRange,
  isMissionActiveInRange,
} from './activeInRange';
import { aktobeCg, event, flight, partnership, trade } from './testFixtures';

const years = (from: number, to: number) => ({ from, to });

describe('isIntervalActiveInRange', () => {
  it('is active when the interval overlaps the range, ends included', () => {
    expect(isIntervalActiveInRange('2015', '2018', years(2018, 2020))).toBe(true);
    expect(isIntervalActiveInRange('2020-12-31', '2022', years(2018, 2020))).toBe(true);
    expect(isIntervalActiveInRange('2015', '2017-12-31', years(2018, 2020))).toBe(false);
    expect(isIntervalActiveInRange('2021-01', '2022', years(2018, 2020))).toBe(false);
  });

  it('treats a null or absent end as still active', () => {
    expect(isIntervalActiveInRange('2004', null, years(2030, 2031))).toBe(true);
    expect(isIntervalActiveInRange('2004', undefined, years(2030, 2031))).toBe(true);
    expect(isIntervalActiveInRange('2032', null, years(2030, 2031))).toBe(false);
  });
});

describe('isLinkActiveInRange', () => {
  // Almaty–Urumqi, suspended from February 2020 to the end of January 2023.
  const covidFlight = () => flight({ suspended: [{ from: '2020-02', to: '2023-01' }] });

  it('is not active in a range the suspension covers entirely', () => {
    expect(isLinkActiveInRange(covidFlight(), years(2021, 2022))).toBe(false);
  });

  it('is active in a range the suspension covers only in part', () => {
    expect(isLinkActiveInRange(covidFlight(), years(2020, 2020))).toBe(true); // January 2020 flew
    expect(isLinkActiveInRange(covidFlight(), years(2023, 2023))).toBe(true); // from February 2023
    expect(isLinkActiveInRange(covidFlight(), years(2019, 2024))).toBe(true);
  });

  it('counts a single day of service between suspensions', () => {
    const link = flight({
      suspended: [
        { from: '2020-01-01', to: '2020-06-14' },
        { from: '2020-06-16', to: null },
      ],
    });
    expect(isLinkActiveInRange(link, years(2020, 2020))).toBe(true);
    expect(isLinkActiveInRange(link, years(2021, 2025))).toBe(false);
  });

  it('is not active when back-to-back suspensions leave no day of service', () => {
    const link = flight({
      suspended: [
        { from: '2021-06', to: '2021-12' },
        { from: '2021-01', to: '2021-05-31' },
      ],
    });
    expect(isLinkActiveInRange(link, years(2021, 2021))).toBe(false);
    expect(isLinkActiveInRange(link, years(2021, 2022))).toBe(true);
  });

  it('reads an open-ended suspension as lasting until now', () => {
    const link = flight({ suspended: [{ from: '2022-03-01' }] });
    expect(isLinkActiveInRange(link, years(2022, 2022))).toBe(true); // Jan–Feb 2022
    expect(isLinkActiveInRange(link, years(2023, 2030))).toBe(false);
  });

  it('only looks at the part of the service inside the link interval', () => {
    // Service ended in mid-2019; the suspension only covers after that.
    const link = flight({ from: '2010', to: '2019-06', suspended: [{ from: '2019-07', to: '2020' }] });
    expect(isLinkActiveInRange(link, years(2019, 2020))).toBe(true);
    const ended = flight({ from: '2010', to: '2019-06', suspended: [{ from: '2019-01', to: '2019-06' }] });
    expect(isLinkActiveInRange(ended, years(2019, 2020))).toBe(false);
  });

  it('uses the plain interval for partnerships and trade', () => {
    expect(isLinkActiveInRange(partnership(), years(2014, 2014))).toBe(true);
    expect(isLinkActiveInRange(partnership(), years(2010, 2013))).toBe(false);
    expect(isLinkActiveInRange(trade(), years(2025, 2026))).toBe(false);
    expect(isLinkActiveInRange(trade(), years(2024, 2026))).toBe(true);
  });

  it('is not active before the link starts, whatever its suspensions', () => {
    expect(isLinkActiveInRange(flight({ from: '2004', suspended: [] }), years(2000, 2003))).toBe(false);
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
  });
});

describe('isMissionActiveInRange', () => {
  it('is active from the opening year, and through the closing year', () => {
    expect(isMissionActiveInRange(aktobeCg(), years(2020, 2023))).toBe(false);
    expect(isMissionActiveInRange(aktobeCg(), years(2024, 2024))).toBe(true);
    const closed = aktobeCg({ closed: '2025-03' });
    expect(isMissionActiveInRange(closed, years(2025, 2025))).toBe(true);
    expect(isMissionActiveInRange(closed, years(2026, 2030))).toBe(false);
  });
});
