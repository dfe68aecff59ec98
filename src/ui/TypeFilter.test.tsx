import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../data/schema';
import { LAYER_IDS } from '../view/view';
import { initI18n } from '../testing/i18n';
import { atlasStore } from '../state/store';
import { EVENT_TYPE_STYLE } from '../style/eventTypeStyle';
import { event, miniIndex } from '../testing/fixtures';
import { renderWithModel, renderWithStore } from '../testing/render';
import { EmptyState } from './EmptyState';
import { TypeFilter } from './TypeFilter';

const s = () => atlasStore.getState();

/** Three visits and a culture event in the years shown (2020–2026), one visit before them. */
const renderFilter = () =>
  renderWithStore(<TypeFilter />, {
    data: {
      index: miniIndex({
        events: [
          event('visit', '2021-03'),
          event('visit', '2024'),
          event('visit', '2026-12-31'),
          event('culture', '2025-05-05'),
          event('visit', '2010'),
        ],
      }),
    },
  });

beforeAll(() => {
  initI18n('en');
});

beforeEach(() => {
  atlasStore.setState(atlasStore.getInitialState(), true);
  s().setDataSpan({ minYear: 2020, maxYear: 2026 });
});

describe('TypeFilter', () => {
  it('lists every event type in a labelled group, checked by default, with its count', () => {
    renderFilter();
    const group = screen.getByRole('group', { name: 'Event types' });
    // The types choose events, not what the map draws: the group says what its numbers count and where the map's switches are.
    expect(group).toHaveAccessibleDescription(/lists and the timeline; the numbers count events in the years shown.*switched in the Legend/);
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(EVENT_TYPES.length);
    for (const box of boxes) expect(box).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Visits — events in the range: 3' })).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: 'Culture — events in the range: 1' })).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: 'Flights — events in the range: 0' })).toBeInTheDocument();
    expect(within(group).getByText('3')).toBeVisible();
  });

  it('counts the events in the years shown, whatever the type filter', () => {
    renderFilter();
    act(() => s().setYearRange(2020, 2023));
    expect(screen.getByRole('checkbox', { name: 'Visits — events in the range: 1' })).toBeInTheDocument();
    act(() => s().setTypes(['culture']));
    // Unticked, but still counted: the count says what ticking it would show.
    expect(screen.getByRole('checkbox', { name: 'Visits — events in the range: 1' })).not.toBeChecked();
    act(() => s().setYearRange(2000, 2026));
    expect(screen.getByRole('checkbox', { name: 'Visits — events in the range: 3' })).toBeInTheDocument();
  });

  it('holds its place while the data loads: the types can be ticked, the counts follow the data', async () => {
    const user = userEvent.setup();
    renderWithStore(<TypeFilter />, { data: { index: null, complete: false } });
    const group = screen.getByRole('group', { name: 'Event types' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(EVENT_TYPES.length);
    // Named without a count: none is known yet, and "0" would be wrong.
    expect(within(group).getByRole('checkbox', { name: 'Visits' })).toBeChecked();
    expect(within(group).queryByText('0')).toBeNull();
    await user.click(within(group).getByRole('checkbox', { name: 'Visits' }));
    expect(s().view.types).toEqual(EVENT_TYPES.filter((t) => t !== 'visit'));
  });

  it('shows each type’s symbol', () => {
    renderFilter();
    expect(screen.getByText(EVENT_TYPE_STYLE.flight.symbol)).toBeInTheDocument();
    expect(screen.getByText(EVENT_TYPE_STYLE.trade.symbol)).toBeInTheDocument();
  });

  it('toggles one type in the view', async () => {
    const user = userEvent.setup();
    renderFilter();
    await user.click(screen.getByRole('checkbox', { name: /^Visits/ }));
    expect(s().view.types).toEqual(EVENT_TYPES.filter((t) => t !== 'visit'));
    expect(screen.getByRole('checkbox', { name: /^Visits/ })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /^Visits/ }));
    expect(s().view.types).toEqual([...EVENT_TYPES]);
  });

  it('selects none, then all', async () => {
    const user = userEvent.setup();
    renderFilter();
    await user.click(screen.getByRole('button', { name: 'None' }));
    expect(s().view.types).toEqual([]);
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /^Forums/ }));
    expect(s().view.types).toEqual(['forum']);
    await user.click(screen.getByRole('button', { name: 'All' }));
    expect(s().view.types).toEqual([...EVENT_TYPES]);
  });

  it('offers "Reset filters" only while years, types or layers differ from the default, and it restores all three', async () => {
    const user = userEvent.setup();
    renderFilter();
    const reset = () => screen.queryByRole('button', { name: 'Reset filters' });
    expect(reset()).toBeNull();
    act(() => {
      s().setYearRange(2021, 2024);
      s().toggleType('culture');
      s().toggleLayer('flights');
    });
    await user.click(reset()!);
    expect(s().view.from).toBeNull();
    expect(s().view.to).toBeNull();
    expect(s().view.types).toEqual(EVENT_TYPES);
    expect(s().view.layers).toHaveLength(LAYER_IDS.length);
    expect(reset()).toBeNull();
    // A layer alone counts as a filter too.
    act(() => s().toggleLayer('trade'));
    expect(reset()).not.toBeNull();
  });

  it('follows type changes made elsewhere (URL, reset)', () => {
    renderFilter();
    act(() => s().setTypes(['trade']));
    expect(screen.getByRole('checkbox', { name: /^Trade/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Visits/ })).not.toBeChecked();
  });
});

describe('EVENT_TYPE_STYLE', () => {
  // WCAG relative luminance and contrast ratio.
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

  it('gives every type a colour with at least 3:1 contrast against white', () => {
    for (const type of EVENT_TYPES) {
      expect(EVENT_TYPE_STYLE[type].colour).toMatch(/^#[0-9a-f]{6}$/i);
      expect(contrastWithWhite(EVENT_TYPE_STYLE[type].colour), type).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives every type its own colour and its own symbol', () => {
    const styles = EVENT_TYPES.map((t) => EVENT_TYPE_STYLE[t]);
    expect(new Set(styles.map((x) => x.colour.toLowerCase())).size).toBe(EVENT_TYPES.length);
    expect(new Set(styles.map((x) => x.symbol)).size).toBe(EVENT_TYPES.length);
  });
});

describe('EmptyState', () => {
  // The default records: the Chinese embassy from 1992, the first tie (a flight) from 2004,
  // the first event in 2015. With the missions layer off, 2000–2003 shows nothing.
  const emptyView = { from: 2000, to: 2003, layers: ['districts' as const, 'flights' as const] };

  it('says nothing while something is visible', () => {
    renderWithModel(<EmptyState />, { view: { from: 2000, to: 2003 } });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('says nothing while the data loads', () => {
    renderWithModel(<EmptyState />, { index: null, view: emptyView });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('says what is empty, for a range and for a single year', () => {
    const { unmount } = renderWithModel(<EmptyState />, { view: emptyView });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Nothing matches these filters: no links, missions or events from 2000 to 2003 for the selected layers and event types.',
    );
    unmount();
    renderWithModel(<EmptyState />, { view: { ...emptyView, from: 2001, to: 2001 } });
    expect(screen.getByRole('status')).toHaveTextContent('no links, missions or events in 2001 for');
  });

  it('resets the filters and stops playback in one click, keeping language and selection', async () => {
    const user = userEvent.setup();
    s().setLang('ru');
    s().select('KZ-75');
    s().setYearRange(2000, 2003);
    s().setTypes([]);
    s().setLayers(['missions']);
    s().play();
    s().pause();
    renderWithModel(<EmptyState />, { view: emptyView });
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(s().view).toMatchObject({
      from: null,
      to: null,
      types: [...EVENT_TYPES],
      layers: atlasStore.getInitialState().view.layers,
      lang: 'ru',
      sel: 'KZ-75',
    });
    expect([s().playing, s().playYear]).toEqual([false, null]);
  });
});
