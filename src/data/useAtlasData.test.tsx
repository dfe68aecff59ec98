import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapDataJson } from '../../scripts/mapDataPlugin';
import { useAtlasData } from './useAtlasData';

// map.json is made at build time from the data files; the test makes it the same way.
const MAP_JSON = mapDataJson();
const shipped = (file: string) => (file === 'map.json' ? MAP_JSON : readFileSync(`public/data/${file}`, 'utf8'));

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
  it('draws the first view from map.json alone, then loads the full files when wanted', async () => {
    const requested = fakeFetch();
    const { result, rerender } = renderHook(({ wanted }) => useAtlasData(wanted), { wrapper, initialProps: { wanted: false } });
    await waitFor(() => expect(result.current.index).not.toBeNull());
    expect(requested.sort()).toEqual(['boundaries.topo.json', 'map.json']);
    expect(result.current.complete).toBe(false);
    const firstLinks = result.current.index!.links;
    expect(firstLinks.length).toBeGreaterThan(0);
    // No titles (a tie is named by its ends meanwhile) and no sources yet: the panels wait for the full files.
    expect(firstLinks.every((l) => l.title.en === '' && l.sources.length === 0)).toBe(true);
    expect(result.current.index!.events).toHaveLength(0);

    rerender({ wanted: true });
    await waitFor(() => expect(result.current.complete).toBe(true));
    expect(requested).toEqual(expect.arrayContaining(['places.json', 'missions.json', 'links.json', 'events.json']));
    expect(result.current.index!.events.length).toBeGreaterThan(0);
    expect(result.current.index!.links.map((l) => l.id)).toEqual(firstLinks.map((l) => l.id));
    expect(result.current.index!.links.every((l) => l.sources.length > 0 && l.title.en.length > 0)).toBe(true);
  });

  it('reports a broken data file by name and keeps the first view’s records of that kind', async () => {
    fakeFetch({ 'links.json': '{"links":[{"id":"x"}]}', 'events.json': '404' });
    const { result } = renderHook(() => useAtlasData(true), { wrapper });
    await waitFor(() => expect(result.current.complete).toBe(true));
    const files = result.current.problems.map((p) => p.file).sort();
    expect(files).toEqual(['events.json', 'links.json']);
    expect(result.current.failed.has('links.json')).toBe(true);
    expect(result.current.problems.find((p) => p.file === 'events.json')!.reason).toBe('HTTP 404');
    expect(result.current.problems.find((p) => p.file === 'links.json')!.reason).toMatch(/links\.0/);
    expect(result.current.index!.missions.every((m) => m.sources.length > 0)).toBe(true);
    // The ties are still drawn, from map.json, though their full file failed.
    expect(result.current.index!.links.length).toBeGreaterThan(0);
  });

  it('fetches the full files at once when map.json cannot be used', async () => {
    const requested = fakeFetch({ 'map.json': '404' });
    const { result } = renderHook(() => useAtlasData(false), { wrapper });
    await waitFor(() => expect(result.current.complete).toBe(true));
    expect(requested).toEqual(expect.arrayContaining(['links.json', 'events.json']));
    expect(result.current.problems.map((p) => p.file)).toEqual(['map.json']);
    expect(result.current.index!.links.length).toBeGreaterThan(0);
  });

  it('fetches the full files at once when the boundaries fail: no map will be drawn to wait for', async () => {
    const requested = fakeFetch({ 'boundaries.topo.json': '404' });
    const { result } = renderHook(() => useAtlasData(false), { wrapper });
    await waitFor(() => expect(result.current.complete).toBe(true));
    expect(requested).toEqual(expect.arrayContaining(['places.json', 'missions.json', 'links.json', 'events.json']));
    expect(result.current.problems.map((p) => p.file)).toEqual(['boundaries.topo.json']);
    expect(result.current.index!.events.length).toBeGreaterThan(0);
  });
});
