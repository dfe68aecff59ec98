import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AtlasData } from '../data/useAtlasData';
import { atlasStore } from '../state/store';
import { useDataContext } from './useDataContext';

const dataWith = (failedFiles: string[]): AtlasData =>
  ({
    boundaries: undefined,
    index: { span: { minYear: 1992, maxYear: 2026 }, byId: new Map([['CN-GD', {}]]) },
    complete: true,
    problems: failedFiles.map((file) => ({ file, reason: 'HTTP 404' })),
    failed: new Set(failedFiles),
  }) as unknown as AtlasData;

describe('useDataContext', () => {
  it('lets the URL check ids against the data once every file is in', () => {
    renderHook(() => useDataContext(dataWith([])));
    const { isKnownId } = atlasStore.getState();
    expect(isKnownId?.('CN-GD')).toBe(true);
    expect(isKnownId?.('ev-not-in-the-data')).toBe(false);
  });

  it('drops no id while a file has failed: the id may be in it, and a Retry checks again', () => {
    const { rerender } = renderHook(({ data }) => useDataContext(data), { initialProps: { data: dataWith(['events.json']) } });
    expect(atlasStore.getState().isKnownId?.('ev-in-the-failed-file')).toBe(true);
    rerender({ data: dataWith([]) });
    expect(atlasStore.getState().isKnownId?.('ev-in-the-failed-file')).toBe(false);
  });
});
