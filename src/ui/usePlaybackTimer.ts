import { useEffect } from 'react';
import { useAtlasActions, usePlayback } from '../state/store';

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
