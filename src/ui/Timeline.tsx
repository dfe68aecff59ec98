import { useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n';
import type { YearRange, YearSpan } from '../data/dates';
import type { Lang } from '../data/schema';
import { eventsPerYear } from '../filter/visible';
import { useModel } from '../model/useAtlasModel';
import { normalizeRange, useAtlasActions, useDataSpan, usePlayback, useTypes } from '../state/store';
import { usePlaybackTimer } from './usePlaybackTimer';
import { YearHistogram } from './YearHistogram';
import './Timeline.css';

type Bound = 'from' | 'to';

/** Tempo choices; 1 = one year per second (the store's `speed`). */
const SPEEDS = [0.5, 1, 2, 4] as const;
const NO_EVENTS: never[] = [];

/** A typed year, if it is a whole year inside the data span. */
function parseYear(text: string, span: YearSpan): number | null {
  const trimmed = text.trim();
  const year = Number(trimmed);
  return trimmed !== '' && Number.isInteger(year) && year >= span.minYear && year <= span.maxYear ? year : null;
}

type TrackProps = {
  span: YearSpan;
  /** The chosen range, which the handles change. */
  range: YearRange;
  /** The range shown now (during playback its end follows the playback year). */
  shown: YearRange;
  perYear: ReadonlyMap<number, number>;
  onChange: (from: number, to: number) => void;
};

/** The histogram with the two range handles over it. */
function TimelineTrack({ span, range, shown, perYear, onChange }: TrackProps) {
  const { t } = useTranslation();
  const fraction = (year: number) =>
    span.maxYear === span.minYear ? 0 : (year - span.minYear) / (span.maxYear - span.minYear);
  const trackStyle = { '--from': fraction(shown.from), '--to': fraction(shown.to) } as CSSProperties;
  // Overlapping thumbs: the one on top must be able to move away, so near the end of the
  // span the "from" thumb goes on top (the "to" thumb could not move further right).
  const fromOnTop = shown.from > (span.minYear + span.maxYear) / 2;
  return (
    <div className="timeline__track" style={trackStyle}>
      <YearHistogram perYear={perYear} span={span} range={shown} />
      <div className="timeline__rail" aria-hidden="true">
        <div className="timeline__fill" />
      </div>
      <input
        type="range"
        className={fromOnTop ? 'timeline__range timeline__range--top' : 'timeline__range'}
        aria-label={t('timeline.from')}
        min={span.minYear}
        max={span.maxYear}
        step={1}
        value={shown.from}
        // Handles cannot pass each other: each stops at the other's year.
        onChange={(e) => onChange(Math.min(Number(e.target.value), range.to), range.to)}
      />
      <input
        type="range"
        className="timeline__range"
        aria-label={t('timeline.to')}
        min={span.minYear}
        max={span.maxYear}
        step={1}
        value={shown.to}
        onChange={(e) => onChange(range.from, Math.max(Number(e.target.value), range.from))}
      />
    </div>
  );
}

/**
 * The time filter: a two-handle range slider over a histogram of events per year, typed
 * year inputs and playback controls. During playback the "to" handle follows the playback
 * year (see `playbackRange`); changing the range by hand stops playback first, since the
 * new range replaces what playback was showing.
 */
export function Timeline() {
  const { t } = useTranslation();
  const span = useDataSpan();
  // The histogram counts all events of the selected types per year, whatever the range.
  const { chosen: range, range: shownRange, data, lang } = useModel();
  const events = data.index?.events ?? NO_EVENTS;
  const types = useTypes();
  const { playing, playYear, speed } = usePlayback();
  const { setYearRange, play, pause, stop, setSpeed } = useAtlasActions();
  usePlaybackTimer();
  const perYear = useMemo(() => eventsPerYear(events, types), [events, types]);
  // A year being typed; null shows the store's value (so outside changes always show).
  const [drafts, setDrafts] = useState<Record<Bound, string | null>>({ from: null, to: null });
  // A rejected entry: the box goes back to the year kept (a valid value, so not marked invalid)
  // and the message names the entry and that year while that range is shown, as the swap notice.
  const [invalid, setInvalid] = useState<{ bound: Bound; entry: string; from: number; to: number } | null>(null);
  // A typed bound past the other one is taken as a range and put in order; the user is told,
  // since the year typed ends up in the other field. The notice holds while that range is
  // shown, in the language it was said in: any other change (Reset, back, the slider, a new
  // language) retires it rather than leave it naming a range no longer there.
  const [swapped, setSwapped] = useState<{ from: number; to: number; lang: Lang } | null>(null);
  const messageId = useId();

  // Until every data file is in (the histogram counts all events) the bar is drawn with its
  // controls off and its track empty, so it holds its own height from the first paint in every
  // language and width: the map above it is laid out once and never shrinks (#13).
  const live = data.complete && span !== null && range !== null ? { span, range, shown: shownRange ?? range } : null;

  // Stop is disabled when playback ends (by Stop or at the last year): the focus it held goes to
  // Play, not to the page. A layout effect runs before the browser drops focus from the disabled button.
  const playButton = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (playYear === null && stopButton.current !== null && document.activeElement === stopButton.current) playButton.current?.focus();
  }, [playYear]);

  const rejected = invalid && live && live.range.from === invalid.from && live.range.to === invalid.to ? invalid : null;

  const commit = (bound: Bound) => {
    const text = drafts[bound];
    if (text === null) return;
    setDrafts((d) => ({ ...d, [bound]: null }));
    if (live === null) return;
    const { span, range, shown } = live;
    const year = parseYear(text, span);
    setInvalid(year === null ? { bound, entry: text.trim(), from: range.from, to: range.to } : null);
    if (year === null) setSwapped(null);
    if (year === null || year === shown[bound]) return;
    const [from, to] = bound === 'from' ? [year, range.to] : [range.from, year];
    // The store's own rule says whether the pair gets put in order (no span: nothing clamped).
    const ordered = normalizeRange(from, to, null);
    setSwapped(ordered.from !== from ? { from: to, to: from, lang } : null);
    setYearRange(from, to);
  };

  const onYearKey = (bound: Bound) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit(bound);
    else if (e.key === 'Escape' && drafts[bound] !== null) {
      e.preventDefault(); // only cancels the edit; a details panel must not close too
      setDrafts((d) => ({ ...d, [bound]: null }));
    }
  };

  const yearInput = (bound: Bound) => (
    <label className="timeline__field">
      {t(bound === 'from' ? 'timeline.fromShort' : 'timeline.toShort')}
      <input
        type="number"
        className="timeline__year"
        inputMode="numeric"
        min={live?.span.minYear}
        max={live?.span.maxYear}
        step={1}
        disabled={live === null}
        value={drafts[bound] ?? (live ? String(live.shown[bound]) : '')}
        aria-describedby={rejected?.bound === bound ? messageId : undefined}
        onChange={(e) => setDrafts((d) => ({ ...d, [bound]: e.target.value }))}
        onKeyDown={onYearKey(bound)}
        onBlur={() => commit(bound)}
      />
    </label>
  );

  return (
    <section className="timeline" aria-label={t('timeline.label')} aria-busy={live === null || undefined}>
      <div className="timeline__controls">
        <button
          type="button"
          className="timeline__button timeline__button--primary"
          ref={playButton}
          onClick={playing ? pause : play}
          disabled={live === null}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {t(playing ? 'timeline.pause' : 'timeline.play')}
        </button>
        <button type="button" className="timeline__button" ref={stopButton} onClick={stop} disabled={playYear === null}>
          <span aria-hidden="true">■</span> {t('timeline.stop')}
        </button>
        <label className="timeline__field">
          <span className="timeline__speed-label">{t('timeline.speed')}</span>
          <select className="timeline__select" value={speed} disabled={live === null} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t('timeline.speedValue', { speed: s })}
              </option>
            ))}
          </select>
        </label>
        <span className="timeline__years">
          {yearInput('from')}
          {yearInput('to')}
        </span>
        {playYear !== null && live && (
          <span className="timeline__status">{t('timeline.playback', { from: live.shown.from, year: live.shown.to })}</span>
        )}
      </div>
      <p className="timeline__swap" role="status">
        {swapped && live && swapped.lang === lang && live.range.from === swapped.from && live.range.to === swapped.to
          ? t('timeline.swapped', swapped)
          : null}
      </p>
      {rejected && live && (
        <p id={messageId} className="timeline__error" role="alert">
          {t(rejected.entry ? 'timeline.invalidYearEntry' : 'timeline.invalidYear', {
            entry: rejected.entry,
            min: live.span.minYear,
            max: live.span.maxYear,
            year: live.shown[rejected.bound],
          })}
        </p>
      )}
      {live ? (
        <TimelineTrack {...live} perYear={perYear} onChange={setYearRange} />
      ) : (
        <div className="timeline__track" aria-hidden="true">
          <div className="timeline__rail" />
        </div>
      )}
      <div className="timeline__scale" aria-hidden="true">
        {/* A no-break space keeps the line's height before the years are known. */}
        <span>{live?.span.minYear ?? '\u00a0'}</span>
        <span>{live?.span.maxYear}</span>
      </div>
      <p className="timeline__note">{t('timeline.semantics')}</p>
    </section>
  );
}
