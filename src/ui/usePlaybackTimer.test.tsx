import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atlasStore } from '../state/store';
import { usePlaybackTimer } from './usePlaybackTimer';

const s = () => atlasStore.getState();
// One act per step: React schedules the next timeout when it commits the previous step.
const advance = (ms: number, steps = 1) => {
  for (let i = 0; i < steps; i += 1) act(() => vi.advanceTimersByTime(ms));
};

describe('usePlaybackTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    atlasStore.setState(atlasStore.getInitialState(), true);
    s().setDataSpan({ minYear: 2000, maxYear: 2003 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('steps one year per second at speed 1 and pauses on the last year', () => {
    renderHook(() => usePlaybackTimer());
    act(() => s().play());
    expect(s().playYear).toBe(2000);
    advance(999);
    expect(s().playYear).toBe(2000);
    advance(1);
    expect(s().playYear).toBe(2001);
    advance(1000, 2);
    expect(s().playYear).toBe(2003);
    advance(1000);
    expect([s().playing, s().playYear]).toEqual([false, 2003]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('turns the speed into the delay between steps', () => {
    renderHook(() => usePlaybackTimer());
    act(() => {
      s().setSpeed(4);
      s().play();
    });
    advance(250);
    expect(s().playYear).toBe(2001);
    act(() => s().setSpeed(0.5));
    advance(1999);
    expect(s().playYear).toBe(2001);
    advance(1);
    expect(s().playYear).toBe(2002);
  });

  it('stops stepping on pause', () => {
    renderHook(() => usePlaybackTimer());
    act(() => s().play());
    advance(1000);
    act(() => s().pause());
    advance(5000);
    expect([s().playing, s().playYear]).toEqual([false, 2001]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears its timer on unmount', () => {
    const { unmount } = renderHook(() => usePlaybackTimer());
    act(() => s().play());
    unmount();
    advance(5000);
    expect(s().playYear).toBe(2000);
    expect(vi.getTimerCount()).toBe(0);
  });
});
