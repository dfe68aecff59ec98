/**
 * Reading status histories: what state a link or mission was in on a day, and whether it
 * operated, was only announced, or was suspended within a range of years. Pure; the app's
 * model and the data validator share these rules.
 *
 * A step holds from the first day its `from` covers until the next step begins. An `ended`
 * step's date is the last day of service (as `to` was in data v1), so a route that ended in
 * March 2020 still counts as operating in 2020.
 */
import { DAY_MS, partialDateEnd, partialDateStart, type YearRange } from './dates';
import type { Link, PartialDate, Source, Status, StatusStep } from './schema';

/** How a tie is drawn and listed: what it was doing, as of a day or within a range. */
export type Phase = 'operating' | 'suspended' | 'announced' | 'ended';

const PHASE_OF: Record<Status, Phase> = {
  announced: 'announced',
  planned: 'announced',
  operating: 'operating',
  resumed: 'operating',
  suspended: 'suspended',
  ended: 'ended',
};

/** The phase a status step puts a tie in. */
export const phaseOf = (status: Status): Phase => PHASE_OF[status];

/** A stretch of time in one phase: epoch ms of its first and last day (end null = still so). */
export type PhaseSpan = { phase: Phase; start: number; end: number | null; step: StatusStep };

/**
 * The history as consecutive spans. An `ended` step closes the span before it on its own date
 * (the last day of service) and starts an `ended` span the day after.
 */
export function phaseSpans(history: readonly StatusStep[]): PhaseSpan[] {
  const spans: PhaseSpan[] = [];
  history.forEach((step, i) => {
    const next = history[i + 1];
    const start =
      step.status === 'ended' ? partialDateEnd(step.from) + DAY_MS : partialDateStart(step.from);
    let end: number | null = null;
    if (next) end = next.status === 'ended' ? partialDateEnd(next.from) : partialDateStart(next.from) - DAY_MS;
    spans.push({ phase: phaseOf(step.status), start, end: end === null ? null : Math.max(start, end), step });
  });
  return spans;
}

/** The step in force on a day (a partial date means its last day); null before the first step. */
export function stepAt(history: readonly StatusStep[], date: PartialDate): StatusStep | null {
  const t = partialDateEnd(date);
  let current: StatusStep | null = null;
  for (const span of phaseSpans(history)) if (span.start <= t) current = span.step;
  return current;
}

/** An announced or planned step: its date is the day the intention was reported, not a start. */
export const isIntention = (step: StatusStep): boolean => phaseOf(step.status) === 'announced';

/** An operating or resumed step: the tie works from its date. */
export const isRunning = (step: Pick<StatusStep, 'status'>): boolean => phaseOf(step.status) === 'operating';

/**
 * The plan in force on a day (a partial date means its last day): the planned start given by the
 * step in force or, when that step gives none, by the latest earlier step of the same unbroken run
 * of intentions (a later report of works under way does not withdraw the date an earlier one
 * gave). `passed` only when that date is over and the intention is still the history's last step:
 * nothing since says the tie began. Null when no intention is in force or none gives a date.
 */
export function planAt(history: readonly StatusStep[], date: PartialDate): { start: PartialDate; passed: boolean } | null {
  const step = stepAt(history, date);
  if (!step || !isIntention(step)) return null;
  let i = history.indexOf(step);
  while (i > 0 && history[i]!.plannedStart === undefined && isIntention(history[i - 1]!)) i--;
  const start = history[i]!.plannedStart;
  if (start === undefined) return null;
  const latest = step === history[history.length - 1];
  return { start, passed: latest && partialDateEnd(start) < partialDateEnd(date) };
}

/** The phase on a day, or null before the first step. */
export function phaseAt(history: readonly StatusStep[], date: PartialDate): Phase | null {
  const step = stepAt(history, date);
  return step && phaseOf(step.status);
}

const overlaps = (span: PhaseSpan, lo: number, hi: number) => span.start <= hi && (span.end === null || span.end >= lo);

/**
 * How a tie shows within a year range, or null when it did not exist then (not yet announced,
 * or ended before the range). Operating anywhere in the range wins, then suspended, then
 * announced: a route that flew in 2019 and was suspended from 2020 is drawn for 2019–2021.
 */
export function phaseInRange(history: readonly StatusStep[], range: YearRange): Exclude<Phase, 'ended'> | null {
  const lo = Date.UTC(range.from, 0, 1);
  const hi = Date.UTC(range.to, 11, 31);
  let best: Exclude<Phase, 'ended'> | null = null;
  for (const span of phaseSpans(history)) {
    if (span.phase === 'ended' || !overlaps(span, lo, hi)) continue;
    if (span.phase === 'operating') return 'operating';
    if (span.phase === 'suspended' || best === null) best = span.phase;
  }
  return best;
}

/** The weekly frequency in force on a day: the latest operating step's `perWeek` up to then. */
export function perWeekAt(history: readonly StatusStep[], date: PartialDate): number | null {
  const t = partialDateEnd(date);
  let perWeek: number | null = null;
  for (const span of phaseSpans(history)) {
    if (span.start > t) break;
    if (span.phase === 'operating' && span.step.perWeek !== undefined) perWeek = span.step.perWeek;
    if (span.phase === 'ended') perWeek = null;
  }
  return perWeek;
}

/**
 * Where a history starts and ends for a reader: its first operating step (an announcement is not
 * the start; the first step when it never operated) and its final step when that is an end.
 */
export function historySpan(history: readonly StatusStep[]): { start: StatusStep; end: StatusStep | null } {
  const start = history.find((s) => s.status === 'operating') ?? history[0]!;
  const last = history[history.length - 1]!;
  return { start, end: last.status === 'ended' ? last : null };
}

/**
 * When a tie began (its first operating step, or its first step when it never operated; a
 * trade series' first figure), when it ended or was suspended (while that lasts), the sources of
 * each, whether that end is only the last report found rather than an announced end, and whether
 * it ever operated: a plan's first date is when it was announced, so a reader must not be told the
 * tie exists "since" then. A service that ended and began again is told as its current run with
 * the span before it (`earlier`): "April 2008 – November 2023; since July 2025", not "since 2008".
 */
export function tieDates(link: Link): {
  from: PartialDate;
  to: PartialDate | null;
  earlier: { from: PartialDate; to: PartialDate } | null;
  lastReported: boolean;
  operated: boolean;
  sources: (Source | undefined)[];
} {
  if (link.type === 'trade') {
    const first = link.values.reduce((a, v) => (v.year < a.year ? v : a));
    return { from: String(first.year), to: null, earlier: null, lastReported: false, operated: true, sources: [link.sources[first.source]] };
  }
  const history = link.status;
  // The last end after which the service ran again, if any.
  let restart = -1;
  let ranLater = false;
  for (let i = history.length - 1; i >= 0 && restart < 0; i--) {
    if (history[i]!.status === 'ended' && ranLater) restart = i;
    ranLater ||= isRunning(history[i]!);
  }
  const before = restart < 0 ? null : historySpan(history.slice(0, restart + 1));
  const { start, end } = historySpan(restart < 0 ? history : history.slice(restart + 1));
  // Service stopped at a suspension still in force: "2017 – March 2020", and the phase says
  // suspended; "since 2017" would read as suspended since 2017.
  const last = history[history.length - 1]!;
  const stop = end ?? (last.status === 'suspended' && isRunning(start) ? last : null);
  const cited = [...(before ? [...before.start.sources, ...before.end!.sources] : []), ...start.sources, ...(stop?.sources ?? [])];
  return {
    from: start.from,
    to: stop?.from ?? null,
    earlier: before && { from: before.start.from, to: before.end!.from },
    lastReported: end?.lastReported === true,
    operated: isRunning(start),
    sources: [...new Set(cited)].map((i) => link.sources[i]),
  };
}
