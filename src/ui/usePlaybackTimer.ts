import { useEffect } from 'react';
import type { YearRange } from '../filter/activeInRange';
import { useAtlasActions, usePlayback } from '../state/store';

/**
 * The range the map shows. Playback keeps the chosen range (and the URL) untouched and
 * moves only the END of what is shown, from the range's first year to its last, so ties
 * accumulate year by year; once stopped, the whole range shows again. While paused (or
 * after the last year) the playback year still holds, so the map stays on that frame.
 */
export function playbackRange(range: YearRange | null, playYear: number | null): YearRange | null {
  if (range === null || playYear === null) return range;
  // A range changed under a paused playback (back button, URL) must not show an inverted span.
  return { from: range.from, to: Math.min(range.to, Math.max(range.from, playYear)) };
}

/**
 * Drives playback: while playing, one `stepPlayback` per 1000/speed ms. A timeout per
 * step (rather than an interval) restarts cleanly on every change of year, speed or
 * play state, and is cleared on pause and on unmount. Reduced motion changes only the
 * CSS transitions, not the tempo: the steps are the content.
 */
export function usePlaybackTimer(): void {
  const { playing, playYear, speed } = usePlayback();
  const { stepPlayback } = useAtlasActions();
  useEffect(() => {
    if (!playing) return;
    const id = setTimeout(stepPlayback, 1000 / speed);
    return () => clearTimeout(id);
  }, [playing, playYear, speed, stepPlayback]);
}
