import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lineWidthFor } from '../filter/linkWeight';
import type { VisibleCounts } from '../filter/visible';
import { i18n, initI18n } from '../testing/i18n';
import { formatUsd } from '../i18n/format';
import { atlasStore } from '../state/store';
import { BUNDLE_STYLE, LINK_STYLE, SENDER_COLOUR } from '../style/linkStyle';
import { aktobeCg, chineseEmbassy, defaultRecords, flight, guangzhouCg, miniIndex, step } from '../testing/fixtures';
import { renderWithModel } from '../testing/render';
import type { View } from '../view/view';
import { Counts } from './Counts';
import { Legend } from './Legend';

const counts = (patch: Partial<VisibleCounts> = {}): VisibleCounts => ({
  links: 20,
  linksByType: { partnership: 5, flight: 12, transport: 2, trade: 3 },
  missions: 9,
  events: 31,
  eventsByType: {
    mission: 0,
    visit: 0,
    agreement: 0,
    platform: 0,
    flight: 0,
    trade: 0,
    forum: 0,
    infrastructure: 0,
    culture: 0,
  },
  ...patch,
});

/**
 * The default records (one tie of each type; the Guangzhou, Aktobe and embassy missions) and
 * two more flights, one of them ended in 2015. The Guangzhou district starts 2026-01-16 and
 * Aktobe's 2024-07; the embassy publishes none.
 */
function renderLegend(view: Partial<View> = {}, props: { startFolded?: boolean } = {}) {
  const records = defaultRecords();
  const index = miniIndex({
    ...records,
    missions: [guangzhouCg(), aktobeCg(), chineseEmbassy()],
    links: [...records.links, flight({ id: 'fl-2' }), flight({ id: 'fl-3', status: [step('2010'), step('2015', { status: 'ended' })] })],
  });
  // The store holds the layers the legend switches; the model reads the same view.
  atlasStore.getState().applyView({ ...atlasStore.getState().view, ...view });
  return renderWithModel(<Legend {...props} />, { index, view: atlasStore.getState().view });
}

const itemsOf = (text: string) =>
  within(screen.getByText(text).closest('ul')!)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

beforeAll(() => {
  initI18n('en');
});

beforeEach(() => {
  atlasStore.setState(atlasStore.getInitialState(), true);
});

describe('Legend', () => {
  it('switches a layer off and on in the store', async () => {
    const user = userEvent.setup();
    renderLegend();
    const flights = screen.getByRole('switch', { name: /^Flights/ });
    expect(flights).toBeChecked();

    await user.click(flights);
    expect(atlasStore.getState().view.layers).not.toContain('flights');
    expect(flights).not.toBeChecked();

    await user.click(flights);
    expect(atlasStore.getState().view.layers).toContain('flights');
    expect(flights).toBeChecked();
  });

  it('reflects layers turned off elsewhere', () => {
    renderLegend({ layers: ['districts', 'trade'] });
    // Off: no mission count (it is only counted while the layer is on).
    expect(screen.getByRole('switch', { name: 'Missions' })).not.toBeChecked();
    expect(screen.getByRole('switch', { name: /^Trade/ })).toBeChecked();
  });

  it('names each switch with the number of items the layer shows in the years shown', () => {
    // 2016–2025: two flights (fl-3 ended in 2015), and the one tie of each other type.
    renderLegend({ from: 2016, to: 2025 });
    expect(screen.getByRole('switch', { name: 'Flights (2)' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Partnerships (1)' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Transport corridors (1)' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Trade (1)' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Missions (3)' })).toBeInTheDocument();
    // Only Aktobe's district is published by the end of 2025.
    expect(screen.getByRole('switch', { name: 'Consular districts (1)' })).toBeInTheDocument();
  });

  it('puts the count against the title in Chinese: no space before the full-width bracket', () => {
    i18n.changeLanguage('zh');
    try {
      renderLegend({ from: 2016, to: 2025 });
      expect(screen.getByRole('switch', { name: '领事辖区（1）' })).toBeInTheDocument();
      expect(screen.getByRole('switch', { name: /^航线（2）$/ })).toBeInTheDocument();
    } finally {
      cleanup(); // unmount before switching back: a language change under a mounted component is an update outside act
      i18n.changeLanguage('en');
    }
  });

  it('keeps the facet counts of links whose layer is off', () => {
    renderLegend({ from: 2010, to: 2012, layers: ['districts', 'missions'] });
    expect(screen.getByRole('switch', { name: 'Flights (3)' })).not.toBeChecked();
    expect(screen.getByRole('switch', { name: 'Transport corridors (1)' })).not.toBeChecked();
  });

  it('lists only the districts drawn on the map, in their map colours', () => {
    const { model } = renderLegend({ to: 2025 });
    expect(itemsOf('District not published')).toEqual(['Consulate General of China in Aktobe', 'District not published']);
    const swatch = screen.getByText('Consulate General of China in Aktobe').closest('li')!.querySelector('.legend__fill');
    expect(model.colours.get('cn-cg-aktobe')).toBeDefined();
    expect(swatch).toHaveStyle({ backgroundColor: model.colours.get('cn-cg-aktobe') });
  });

  it('lists both districts once the Guangzhou one is published', () => {
    renderLegend({ to: 2026 });
    expect(screen.queryByText(/^Not drawn while regions are shaded:/)).toBeNull();
    expect(itemsOf('District not published')).toEqual([
      'Consulate General of Kazakhstan in Guangzhou',
      'Consulate General of China in Aktobe',
      'District not published',
    ]);
  });

  it('while regions are shaded by tie counts: no district key, and no "no figure" class (every region has a count)', () => {
    renderLegend({ to: 2026, shade: 'ties' });
    expect(screen.getByText('Consulate General of China in Aktobe')).not.toBeVisible();
    // The districts' switch stays as the reader left it, and says why nothing of it is drawn.
    expect(screen.getByText(/^Not drawn while regions are shaded:/)).toBeVisible();
    expect(screen.getByText(/^Ties of each region in the years shown;/)).toBeVisible();
    expect(screen.queryByText('No certain whole-year figure')).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Shade regions by' })).toHaveValue('ties');
  });

  it('names the measure in the caption of each shading', () => {
    renderLegend({ to: 2026, shade: 'partnerships' });
    expect(screen.getByText(/^Partnerships of each region in the years shown;/)).toBeVisible();
    cleanup();
    renderLegend({ to: 2026, shade: 'flights' });
    expect(screen.getByText(/^Flight routes of each region in the years shown;/)).toBeVisible();
  });

  it('while regions are shaded by trade: regions without a figure have their class', () => {
    renderLegend({ to: 2026, shade: 'trade' });
    expect(screen.getByText('No certain whole-year figure')).toBeVisible();
    // The control's short label leaves "which year" to the caption.
    expect(screen.getByText(/^The latest certain whole-year figure up to the last year shown;/)).toBeVisible();
    // The currency once per class, the lowest class as "Under", not "USD 0–USD 100 m".
    const classes = within(screen.getByRole('list', { name: 'regions shaded by trade with the other country' })).getAllByRole('listitem');
    expect(classes.map((li) => li.textContent?.replace(/\u00a0/g, ' '))).toEqual([
      'Under USD 100 m',
      'USD 100 m – 1 bn',
      'USD 1–5 bn',
      'USD 5–20 bn',
      'USD 20 bn or more',
      'No certain whole-year figure',
    ]);
  });

  it('says so when no district is drawn', () => {
    renderLegend({ to: 2020 });
    expect(screen.getByText('No consular district is published for this date.')).toBeInTheDocument();
    expect(itemsOf('District not published')).toEqual(['District not published']);
  });

  it('explains mission symbols by kind and colours by sending country', () => {
    renderLegend();
    expect(itemsOf('Embassy')).toEqual([
      'Embassy',
      'Consulate general',
      'Consulate',
      'Visa office',
      'Trade and investment office',
      'Kazakh mission in China',
      'Chinese mission in Kazakhstan',
    ]);
    const chip = screen.getByText('Chinese mission in Kazakhstan').closest('li')!.querySelector('.legend__chip');
    expect(chip).toHaveStyle({ backgroundColor: SENDER_COLOUR.CN });
  });

  it('draws the flight width scale with the widths of the map', () => {
    renderLegend();
    const line = screen.getByText('14 flights a week').closest('li')!.querySelector('line')!;
    const width = lineWidthFor({ unit: 'perWeek', value: 14 });
    expect(line).toHaveAttribute('stroke-width', String(width));
    expect(line).toHaveAttribute('stroke', LINK_STYLE.flight.colour);
    expect(line).toHaveAttribute('stroke-dasharray', LINK_STYLE.flight.dash!.map((d) => d * width).join(' '));
    expect(screen.getByText('1 flight a week')).toBeInTheDocument();
  });

  it('draws the trade width scale with the widths of the map and the figures of the panels', () => {
    renderLegend();
    const line = screen.getByText(formatUsd(2e10, 'en')).closest('li')!.querySelector('line')!;
    expect(line).toHaveAttribute('stroke-width', String(lineWidthFor({ unit: 'usd', value: 2e10, year: 2024 })));
    expect(line).not.toHaveAttribute('stroke-dasharray');
  });

  it('explains uncertainty under its own heading, as the question mark, not a paler line', () => {
    renderLegend();
    const certainty = screen.getByRole('region', { name: 'Certainty' });
    const sample = within(certainty).getByText(/^Question mark/).closest('li')!.querySelector('svg')!;
    const operating = screen.getByText('Full colour: operating').closest('li')!.querySelector('line')!;
    expect(sample.querySelector('line')).toHaveAttribute('stroke-opacity', operating.getAttribute('stroke-opacity'));
    // The mark's parts (disc, hook, dot) are drawn over the line.
    expect(sample.querySelectorAll('g path')).toHaveLength(3);
    // Not under the phases' heading: certainty is not a phase.
    expect(within(screen.getByRole('region', { name: 'As of the end of the years shown' })).queryByText(/^Question mark/)).toBeNull();
  });

  it('explains the grey bundles of several ties with the width and colour the map gives them', () => {
    renderLegend();
    const key = screen.getByRole('region', { name: 'Zoomed out' });
    const sample = within(key).getByText(/several ties between the same two places/).closest('li')!.querySelector('svg')!;
    const n = Number(sample.querySelector('text')!.textContent);
    expect(n).toBeGreaterThan(1);
    expect(sample.querySelector('line')).toHaveAttribute('stroke-width', String(BUNDLE_STYLE.base + BUNDLE_STYLE.perSqrtTie * Math.sqrt(n)));
    // Not a phase: an announced tie is grey too, but thin and without a number.
    expect(within(screen.getByRole('region', { name: 'As of the end of the years shown' })).queryByText(/several ties/)).toBeNull();
  });

  it('folds and unfolds', async () => {
    const user = userEvent.setup();
    renderLegend();
    const toggle = screen.getByRole('button', { name: 'Legend' });
    expect(screen.getByRole('region', { name: 'Legend' })).toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('switch', { name: /^Flights/ })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(screen.getByRole('switch', { name: /^Flights/ })).toBeVisible();
  });

  it('starts folded when asked (embedded, over the map), and unfolds on request', async () => {
    const user = userEvent.setup();
    renderLegend({}, { startFolded: true });
    const toggle = screen.getByRole('button', { name: 'Legend' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('switch', { name: /^Flights/ })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(screen.getByRole('switch', { name: /^Flights/ })).toBeVisible();
  });
});

// Counts has no test file of its own; it shares this one with the legend (both show counts).
describe('Counts', () => {
  const line = (links: number, missions: number, events: number) => {
    const { container, unmount } = render(<Counts counts={counts({ links, missions, events })} />);
    const text = container.textContent;
    unmount();
    return text;
  };

  afterEach(async () => {
    cleanup(); // unmount first: a language change under a mounted component is an update outside act
    i18n.changeLanguage('en');
  });

  it('pluralises in English', () => {
    expect(line(1, 1, 1)).toBe('1 link · 1 mission · 1 event shown');
    expect(line(12, 9, 31)).toBe('12 links · 9 missions · 31 events shown');
  });

  it('uses the three Russian forms (one, few, many)', async () => {
    i18n.changeLanguage('ru');
    expect(line(1, 2, 5)).toBe('Показано: 1 связь · 2 представительства · 5 событий');
    expect(line(5, 21, 22)).toBe('Показано: 5 связей · 21 представительство · 22 события');
  });

  it('announces changes politely and stays empty while loading', () => {
    const { container } = render(<Counts counts={null} />);
    const region = container.querySelector('[aria-live="polite"]');
    expect(region).toBeInTheDocument();
    expect(region).toBeEmptyDOMElement();
  });
});
