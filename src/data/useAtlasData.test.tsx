import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAtlasData } from './useAtlasData';

const shipped = (file: string) => readFileSync(`public/data/${file}`, 'utf8');

function fakeFetch(overrides: Record<string, string> = {}) {
  const requested: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const file = url.replace(/^data\//, '');
      requested.push(file);
      const body = overrides[file] ?? shipped(file);
      return new Response(body, { status: body === '404' ? 404 : 200 });
    }),
  );
  return requested;
}

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>
);

afterEach(() => vi.unstubAllGlobals());

describe('useAtlasData', () => {
  it('builds the map index without fetching events until they are wanted', async () => {
    const requested = fakeFetch();
    const { result, rerender } = renderHook(({ wanted }) => useAtlasData(wanted), {
      wrapper,
      initialProps: { wanted: false },
    });
    await waitFor(() => expect(result.current.index).not.toBeNull());
    expect(requested).not.toContain('events.json');
    expect(result.current.complete).toBe(false);
    expect(result.current.index!.links.length).toBeGreaterThan(0);
    expect(result.current.index!.events).toHaveLength(0);

    rerender({ wanted: true });
    await waitFor(() => expect(result.current.complete).toBe(true));
    expect(requested).toContain('events.json');
    expect(result.current.index!.events.length).toBeGreaterThan(0);
  });

  it('reports a broken data file by name and keeps the rest', async () => {
    fakeFetch({ 'links.json': '{"links":[{"id":"x"}]}', 'events.json': '404' });
    const { result } = renderHook(() => useAtlasData(true), { wrapper });
    await waitFor(() => expect(result.current.complete).toBe(true));
    const files = result.current.problems.map((p) => p.file).sort();
    expect(files).toEqual(['events.json', 'links.json']);
    expect(result.current.problems.find((p) => p.file === 'events.json')!.reason).toBe('HTTP 404');
    expect(result.current.problems.find((p) => p.file === 'links.json')!.reason).toMatch(/links\.0/);
    expect(result.current.index!.missions.length).toBeGreaterThan(0);
    expect(result.current.index!.links).toHaveLength(0);
  });
});
