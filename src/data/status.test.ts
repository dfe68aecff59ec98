import { describe, expect, it } from 'vitest';
import { flight, partnership, SOURCES, step, trade } from '../testing/fixtures';
import { DAY_MS } from './dates';
import { phaseAt, phaseInRange, phaseOf, phaseSpans, perWeekAt, planAt, stepAt, tieDates } from './status';

const day = (date: string) => Date.parse(`${date}T00:00:00Z`);
const years = (from: number, to: number) => ({ from, to });

// Almaty–Urumqi: flying from 2004, suspended from February 2020, resumed in February 2023.
const covid = [step('2004', { perWeek: 3 }), step('2020-02', { status: 'suspended' }), step('2023-02', { status: 'resumed', perWeek: 2 })];
// A route whose last day of service was 15 June 2019.
const endedOnDay = [step('2010'), step('2019-06-15', { status: 'ended' })];
// Agreed in June 2022, open from July 2024.
const announced = [step('2022-06', { status: 'announced' }), step('2024-07')];

describe('phaseOf', () => {
  it('reads planned as announced and resumed as operating', () => {
    expect(phaseOf('planned')).toBe('announced');
    expect(phaseOf('resumed')).toBe('operating');
    expect(phaseOf('suspended')).toBe('suspended');
  });
});

describe('phaseSpans', () => {
  it('runs each step until the day before the next one', () => {
    const spans = phaseSpans(covid);
    expect(spans.map((s) => [s.phase, s.start, s.end])).toEqual([
      ['operating', day('2004-01-01'), day('2020-01-31')],
      ['suspended', day('2020-02-01'), day('2023-01-31')],
      ['operating', day('2023-02-01'), null],
    ]);
    expect(spans[2]!.step).toBe(covid[2]);
  });

  it('keeps an ended step’s date as the last day of service, and starts "ended" the day after', () => {
    expect(phaseSpans(endedOnDay).map((s) => [s.phase, s.start, s.end])).toEqual([
      ['operating', day('2010-01-01'), day('2019-06-15')],
      ['ended', day('2019-06-16'), null],
    ]);
    // A month-precise end means service through the month's last day.
    const endedInMonth = phaseSpans([step('2010'), step('2019-02', { status: 'ended' })]);
    expect(endedInMonth[0]!.end).toBe(day('2019-02-28'));
    expect(endedInMonth[1]!.start).toBe(day('2019-02-28') + DAY_MS);
  });
});

describe('stepAt and phaseAt', () => {
  it('are null before the first step', () => {
    expect(stepAt(covid, '2003-12-31')).toBeNull();
    expect(phaseAt(announced, '2022-05')).toBeNull();
  });

  it('read a partial date as its last day', () => {
    expect(phaseAt(covid, '2020-01')).toBe('operating');
    expect(phaseAt(covid, '2020-02')).toBe('suspended');
    expect(phaseAt(covid, '2020')).toBe('suspended'); // by the end of 2020
    expect(phaseAt(covid, '2023-01-31')).toBe('suspended');
    expect(phaseAt(covid, '2023-02-01')).toBe('operating');
    expect(stepAt(covid, '2023-02')).toBe(covid[2]);
  });

  it('count the end date itself as a day of service', () => {
    expect(phaseAt(endedOnDay, '2019-06-15')).toBe('operating');
    expect(phaseAt(endedOnDay, '2019-06-16')).toBe('ended');
    expect(phaseAt(endedOnDay, '2019-06')).toBe('ended'); // the month's last day is after the end
    const endedInMonth = [step('2010'), step('2019-06', { status: 'ended' })];
    expect(phaseAt(endedInMonth, '2019-06')).toBe('operating');
    expect(phaseAt(endedInMonth, '2019-07-01')).toBe('ended');
  });

  it('say announced, not operating, before the opening', () => {
    expect(phaseAt(announced, '2023')).toBe('announced');
    expect(phaseAt(announced, '2024-06-30')).toBe('announced');
    expect(phaseAt(announced, '2024-07-01')).toBe('operating');
  });
});

describe('phaseInRange', () => {
  it('is operating when the tie operated on any day of the range', () => {
    expect(phaseInRange(covid, years(2019, 2021))).toBe('operating');
    expect(phaseInRange(covid, years(2020, 2020))).toBe('operating'); // January 2020 flew
    expect(phaseInRange(covid, years(2023, 2023))).toBe('operating'); // from February 2023
  });

  it('is suspended when the whole range falls in a suspension', () => {
    expect(phaseInRange(covid, years(2021, 2022))).toBe('suspended');
  });

  it('is announced for a range before the opening, and null before the announcement', () => {
    expect(phaseInRange(announced, years(2022, 2023))).toBe('announced');
    expect(phaseInRange(announced, years(2023, 2024))).toBe('operating');
    expect(phaseInRange(announced, years(2020, 2021))).toBeNull();
  });

  it('prefers a suspension to an announcement', () => {
    const history = [step('2010', { status: 'announced' }), step('2011', { status: 'suspended' })];
    expect(phaseInRange(history, years(2010, 2012))).toBe('suspended');
    expect(phaseInRange(history, years(2010, 2010))).toBe('announced');
  });

  it('counts the year of the last day of service, and is null after it', () => {
    expect(phaseInRange(endedOnDay, years(2019, 2020))).toBe('operating');
    expect(phaseInRange(endedOnDay, years(2020, 2030))).toBeNull();
    const endedOnNewYearsEve = [step('2010'), step('2012-12-31', { status: 'ended' })];
    expect(phaseInRange(endedOnNewYearsEve, years(2012, 2012))).toBe('operating');
    expect(phaseInRange(endedOnNewYearsEve, years(2013, 2013))).toBeNull();
  });

  it('is null before the first step', () => {
    expect(phaseInRange(covid, years(2000, 2003))).toBeNull();
  });
});

describe('planAt', () => {
  const plan = [step('2026-02-25', { status: 'planned', plannedStart: '2026-06' })];

  it('is ahead through the last day of the planned start, and passed from the day after while the plan is the last step', () => {
    expect(planAt(plan, '2026-06-30')).toEqual({ start: '2026-06', passed: false });
    expect(planAt(plan, '2026-07-01')).toEqual({ start: '2026-06', passed: true });
    // A partial date means its last day, as in stepAt: by the end of 2026 a June start has passed.
    expect(planAt(plan, '2026')).toEqual({ start: '2026-06', passed: true });
  });

  it('keeps the date an earlier intention gave when a later report of the plan gives none', () => {
    const works = [step('2023-12-21', { status: 'planned', plannedStart: '2027' }), step('2025-07-21', { status: 'planned' })];
    expect(planAt(works, '2026-12-02')).toEqual({ start: '2027', passed: false });
    // An operating step breaks the run: a relaunch plan after an end does not inherit an old date.
    const relaunch = [step('2019', { status: 'planned', plannedStart: '2019-06' }), step('2019-09'), step('2021', { status: 'ended' }), step('2024', { status: 'announced' })];
    expect(planAt(relaunch, '2025')).toBeNull();
  });

  it('does not call a date passed once a later step shows the tie began', () => {
    const began = [step('2019-01', { status: 'planned', plannedStart: '2019-06' }), step('2020-03')];
    expect(planAt(began, '2019-12-31')).toEqual({ start: '2019-06', passed: false });
    expect(planAt(began, '2020-12-31')).toBeNull();
  });

  it('has nothing to say without a planned start, or before the first step', () => {
    expect(planAt([step('2026-02-25', { status: 'planned' })], '2030')).toBeNull();
    expect(planAt(plan, '2025-12-31')).toBeNull();
  });
});

describe('perWeekAt', () => {
  const history = [
    step('2019-06', { perWeek: 3 }),
    step('2020-01', { perWeek: 5 }),
    step('2020-03', { status: 'suspended' }),
    step('2023-02', { status: 'resumed' }), // no frequency published on resumption
    step('2024', { perWeek: 7 }),
    step('2025-06-30', { status: 'ended' }),
  ];

  it('is null before any operating step with a frequency', () => {
    expect(perWeekAt(history, '2019-05')).toBeNull();
    expect(perWeekAt([step('2019', { status: 'announced', perWeek: 9 })], '2020')).toBeNull(); // a plan, not service
  });

  it('is the latest published frequency, read as of the date’s last day', () => {
    expect(perWeekAt(history, '2019')).toBe(3); // 31 December 2019: January 2020's 5 is not yet in force
    expect(perWeekAt(history, '2020-01')).toBe(5);
    expect(perWeekAt(history, '2024')).toBe(7);
  });

  it('keeps the last published frequency through a suspension and a resumption that publishes none', () => {
    // As documented: the latest operating step's figure (the map draws a suspended route faded, at its old width).
    expect(perWeekAt(history, '2021')).toBe(5);
    expect(perWeekAt(history, '2023-03')).toBe(5);
  });

  it('holds through the last day of service and is null after it', () => {
    expect(perWeekAt(history, '2025-06-30')).toBe(7);
    expect(perWeekAt(history, '2025-07-01')).toBeNull();
    expect(perWeekAt(history, '2025')).toBeNull();
  });
});

describe('tieDates', () => {
  it('runs from the first operating step to the end, citing the sources of both', () => {
    const link = flight({
      status: [step('2018', { status: 'announced' }), step('2019-06', { sources: [1] }), step('2022', { status: 'ended', sources: [0] })],
    });
    expect(tieDates(link)).toEqual({ from: '2019-06', to: '2022', earlier: null, lastReported: false, operated: true, sources: [SOURCES[1], SOURCES[0]] });
  });

  it('is open while the tie operates, and cites a shared source once', () => {
    const link = partnership({ status: [step('2014-06', { sources: [0] }), step('2020', { status: 'suspended', sources: [1] }), step('2023', { status: 'resumed', sources: [0] })] });
    expect(tieDates(link)).toEqual({ from: '2014-06', to: null, earlier: null, lastReported: false, operated: true, sources: [SOURCES[0]] });
    const closed = partnership({ status: [step('2014-06'), step('2020', { status: 'ended' })] });
    expect(tieDates(closed).sources).toEqual([SOURCES[0]]);
  });

  it('stops at a suspension still in force, citing it: not "since" the start of a service that is not running', () => {
    const link = flight({ status: [step('2017-06-08', { sources: [0] }), step('2020-03', { status: 'suspended', sources: [1] })] });
    expect(tieDates(link)).toEqual({ from: '2017-06-08', to: '2020-03', earlier: null, lastReported: false, operated: true, sources: [SOURCES[0], SOURCES[1]] });
    // A plan suspended before it ever ran has no span of service.
    expect(tieDates(flight({ status: [step('2019', { status: 'planned' }), step('2020', { status: 'suspended' })] }))).toMatchObject({ from: '2019', to: null, operated: false });
  });

  it('tells a service that ended and ran again as its current run, with the span before it', () => {
    const link = flight({
      status: [step('2008-04-01', { sources: [0] }), step('2023-11', { status: 'ended', sources: [1] }), step('2025-07-04', { sources: [1] }), step('2026-01')],
    });
    expect(tieDates(link)).toEqual({
      from: '2025-07-04',
      to: null,
      earlier: { from: '2008-04-01', to: '2023-11' },
      lastReported: false,
      operated: true,
      sources: [SOURCES[0], SOURCES[1]],
    });
    // An end followed only by a new plan is no restart: the tie ended, and is announced again.
    const replanned = flight({ status: [step('2008'), step('2019', { status: 'ended' }), step('2024', { status: 'announced' })] });
    expect(tieDates(replanned)).toMatchObject({ from: '2008', to: null, earlier: null });
  });

  it('says when the end is only the last report found', () => {
    const link = flight({ status: [step('2019'), step('2023-11', { status: 'ended', lastReported: true })] });
    expect(tieDates(link)).toMatchObject({ to: '2023-11', lastReported: true });
  });

  it('starts at the first step when the tie never operated', () => {
    const link = flight({ status: [step('2025-03', { status: 'planned' })] });
    expect(tieDates(link)).toMatchObject({ from: '2025-03', to: null, operated: false });
    expect(tieDates(flight({ status: [step('2025-03', { status: 'planned' }), step('2025-09')] })).operated).toBe(true);
  });

  it('starts a trade series at its earliest figure, whatever the order, citing that figure’s source', () => {
    const link = trade({
      values: [
        { year: 2024, value: 2e9, unit: 'usd', reporter: 'KZ', source: 0 },
        { year: 2017, value: 1e9, unit: 'usd', reporter: 'CN', source: 1 },
      ],
    });
    expect(tieDates(link)).toEqual({ from: '2017', to: null, earlier: null, lastReported: false, operated: true, sources: [SOURCES[1]] });
  });
});
