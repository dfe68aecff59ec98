import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { i18n, initI18n } from '../testing/i18n';
import { atlasStore } from '../state/store';
import { event, flight, guangzhouCg, miniIndex, partnership, step } from '../testing/fixtures';
import { renderWithModel } from '../testing/render';
import type { LayerId } from '../view/view';
import { BOM } from './csv';
import { DONE_SHOWN_MS, ExportMenu } from './ExportMenu';
import type { MapImageOptions } from './mapImage';

// The PNG is drawn on a 2D canvas, which jsdom lacks: record what would be drawn instead.
const composed = vi.hoisted(() => [] as MapImageOptions[]);
vi.mock('./mapImage', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./mapImage')>()),
  composeMapImage: async (_canvas: HTMLCanvasElement, opts: MapImageOptions) => {
    composed.push(opts);
    return new Blob(['png'], { type: 'image/png' });
  },
}));

beforeAll(() => {
  initI18n('en');
  i18n.changeLanguage('en');
});

type Saved = { name: string; blob: Blob };

// jsdom's Blob has no text(); FileReader reads the bytes, decoded with the BOM kept.
const readText = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
let saved: Saved[];

beforeEach(() => {
  atlasStore.setState(atlasStore.getInitialState(), true);
  saved = [];
  composed.length = 0;
  const blobs = new Map<string, Blob>();
  // jsdom has no object URLs; record what would be saved instead.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});

function setup(opts: { layers?: LayerId[]; snapshot?: () => Promise<HTMLCanvasElement> | null } = {}) {
  const index = miniIndex({
    links: [
      flight({ id: 'fl-a', status: [step('2024')] }),
      partnership({ id: 'ps-a', status: [step('2016')] }),
      flight({ id: 'fl-old', status: [step('2004'), step('2010', { status: 'ended' })] }),
    ],
    missions: [guangzhouCg()],
    events: [event('flight', '2024-06'), event('visit', '2023')],
  });
  const snapshot = vi.fn(opts.snapshot ?? (() => Promise.resolve(document.createElement('canvas'))));
  const { container, model } = renderWithModel(<ExportMenu snapshot={snapshot} />, {
    index,
    view: { from: 2023, to: 2025, ...(opts.layers && { layers: opts.layers }) },
  });
  return { container, visible: model.visible!, snapshot, user: userEvent.setup(), button: screen.getByRole('button', { name: 'Download' }) };
}

describe('ExportMenu', () => {
  it('opens a menu from the button, focuses the first item, and closes with Escape', async () => {
    const { button, user } = setup();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu', { name: 'Download what is shown' });
    expect(button).toHaveAttribute('aria-controls', menu.id);
    const items = screen.getAllByRole('menuitem');
    expect(items).toHaveLength(6);
    expect(items[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('moves between items with the arrow keys, Home and End', async () => {
    const { button, user } = setup();
    button.focus();
    await user.keyboard('{ArrowUp}');
    const items = screen.getAllByRole('menuitem');
    expect(items[5]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(items[2]).toHaveFocus();
    await user.keyboard('{End}');
    expect(items[5]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(items[0]).toHaveFocus();
  });

  it('shows how many rows each table holds', async () => {
    const { button, user } = setup({ layers: ['districts', 'partnerships', 'flights', 'trade'] });
    await user.click(button);
    expect(screen.getByRole('menuitem', { name: 'Links table (CSV) 2 rows' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Missions table (CSV) 0 rows' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('menuitem', { name: 'Events table (CSV) 2 rows' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Map data (GeoJSON) 4 features' })).toBeInTheDocument();
  });

  it('downloads the links shown as a CSV named after the filters', async () => {
    const { button, visible, user } = setup({ layers: ['districts', 'partnerships', 'flights', 'missions'] });
    await user.click(button);
    await user.keyboard('{Enter}');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe('kz-cn-links-2023-2025-partnership-flight.csv');
    const text = await readText(saved[0]!.blob);
    expect(text.startsWith(BOM)).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(visible.counts.links + 1);
    expect(lines[0]).toMatch(/^id,type,/);
    expect(lines.slice(1).every((l) => l.includes('https://example.org/news/1'))).toBe(true);
    expect(await screen.findByRole('status')).toHaveTextContent('Downloaded kz-cn-links-2023-2025-partnership-flight.csv.');
    expect(button).toHaveFocus();
    await waitFor(() => expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/0'));
  });

  it('takes the "Downloaded" line down after a while', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { button, user } = setup({ layers: ['districts', 'partnerships', 'flights', 'missions'] });
      await user.click(button);
      await user.keyboard('{Enter}');
      expect(await screen.findByRole('status')).toHaveTextContent(/^Downloaded /);
      act(() => vi.advanceTimersByTime(DONE_SHOWN_MS - 100));
      expect(screen.getByRole('status')).toHaveTextContent(/^Downloaded /);
      act(() => vi.advanceTimersByTime(200));
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
    } finally {
      vi.useRealTimers();
    }
  });

  it('does nothing for an empty table', async () => {
    const { button, user } = setup({ layers: ['districts', 'partnerships', 'flights', 'trade'] });
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: /Missions table/ }));
    expect(saved).toHaveLength(0);
  });

  it('downloads GeoJSON with a feature per shown record', async () => {
    const { button, visible, user } = setup();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: /GeoJSON/ }));
    expect(saved[0]!.name).toBe('kz-cn-atlas-2023-2025.geojson');
    const geo = JSON.parse(await readText(saved[0]!.blob));
    expect(geo.features).toHaveLength(visible.counts.links + visible.counts.missions + visible.counts.events);
  });

  it('saves the map image at double size, titled with the years shown', async () => {
    const { button, snapshot, user } = setup();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Map image, double size (PNG)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(snapshot).toHaveBeenCalledTimes(1);
    expect(saved[0]!.name).toBe('kz-cn-atlas-2023-2025@2x.png');
    expect(composed).toHaveLength(1);
    expect(composed[0]!.scale).toBe(2);
    expect(composed[0]!.subtitle).toMatch(/2023.*2025/);
  });

  it('reports a map image that could not be made', async () => {
    const { button, user } = setup({ snapshot: () => Promise.reject(new Error('no canvas')) });
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Map image (PNG)' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The image could not be made (no canvas).');
    expect(saved).toHaveLength(0);
  });

  it('says there is no map to copy when none is drawn (no WebGL, no boundaries), not that a file was saved', async () => {
    const { button, user } = setup({ snapshot: () => null });
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Map image (PNG)' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The image could not be made (no map is drawn to copy).');
    expect(saved).toHaveLength(0);
  });

  it('has no axe violations with the menu open', async () => {
    const { button, container, user } = setup({ layers: ['districts', 'flights'] });
    await user.click(button);
    const { violations } = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
  });
});
