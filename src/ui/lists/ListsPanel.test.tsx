import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../data/schema';
import { i18n, initI18n } from '../../testing/i18n';
import { ModelProvider } from '../../model/useAtlasModel';
import { miniIndex, modelFor } from '../../testing/fixtures';
import { renderWithModel } from '../../testing/render';
import type { LayerId } from '../../view/view';
import { ListsPanel } from './ListsPanel';

beforeAll(() => {
  initI18n('en');
});
afterEach(async () => {
  cleanup();
  i18n.changeLanguage('en');
});

/** The default records over 2000–2026: eight regions exist by the end of 2026. */
const modelOf = (opts: { selectedId?: string | null; lang?: Lang; layers?: LayerId[] } = {}) =>
  modelFor({
    view: { from: 2000, to: 2026, sel: opts.selectedId ?? null, ...(opts.layers && { layers: opts.layers }) },
    lang: opts.lang ?? 'en',
  });

function renderPanel(opts: Parameters<typeof modelOf>[0] = {}) {
  const onSelect = vi.fn();
  const utils = renderWithModel(<ListsPanel onSelect={onSelect} />, modelOf(opts));
  return { ...utils, onSelect, visible: utils.model.visible! };
}

// Scoped to the listbox: the sort <select> has options too.
const listOptions = () => within(screen.getByRole('listbox')).getAllByRole('option');
const optionNames = () => listOptions().map((o) => o.querySelector('.lists__name')?.textContent);

describe('ListsPanel', () => {
  it('labels each tab with the same count as the map', () => {
    const { visible } = renderPanel();
    expect(screen.getByRole('tab', { name: 'Regions 8' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: `Missions ${visible.missionIds.size}` })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: `Links ${visible.linkIds.size}` })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: `Events ${visible.eventIds.size}` })).toBeInTheDocument();
    expect(listOptions()).toHaveLength(8);
  });

  it('names each option with a pause between the name and its kind, for screen readers', () => {
    renderPanel();
    expect(screen.getByRole('option', { name: /^Xinjiang,\s?Autonomous region · China/ })).toBeInTheDocument();
  });

  it('moves between tabs with the arrow keys, Home and End, showing each tab’s list', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('tab', { name: /Regions/ }));
    await user.keyboard('{ArrowRight}');
    const missions = screen.getByRole('tab', { name: /Missions/ });
    expect(missions).toHaveFocus();
    expect(missions).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName(/Missions/);
    expect(screen.getByRole('listbox', { name: 'Missions' })).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: /Events/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /Regions/ })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: /Events/ })).toHaveAttribute('aria-selected', 'true');
    // Only the selected tab is a Tab stop.
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toHaveLength(1);
  });

  it('moves focus between options with the arrow keys, Home and End, and selects with Enter or Space', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderPanel();
    await user.click(screen.getByRole('tab', { name: /Regions/ }));
    await user.tab(); // the sort select
    await user.tab(); // the list: its active option
    const options = listOptions();
    expect(options[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(options[2]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(options[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('KZ-75'); // Almaty, second by name after Aktobe Region
    await user.keyboard('{End}');
    expect(options.at(-1)).toHaveFocus();
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith('KZ-33'); // Zhetisu Region, last
    await user.keyboard('{Home}');
    expect(options[0]).toHaveFocus();
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('jumps to the next option starting with a typed letter', async () => {
    const user = userEvent.setup();
    renderPanel();
    listOptions()[0]!.focus();
    await user.keyboard('x');
    expect(screen.getByRole('option', { name: /^Xinjiang/ })).toHaveFocus();
  });

  it('lets Tab leave the list (no keyboard trap)', async () => {
    const user = userEvent.setup();
    renderWithModel(
      <>
        <ListsPanel onSelect={vi.fn()} />
        <button type="button">after</button>
      </>,
      modelOf(),
    );
    within(screen.getByRole('listbox')).getAllByRole('option')[0]!.focus();
    await user.keyboard('{ArrowDown}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
  });

  it('selects an option on click', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderPanel();
    await user.click(screen.getByRole('option', { name: /^Guangdong/ }));
    expect(onSelect).toHaveBeenCalledWith('CN-GD');
  });

  it('reorders the list when another sort is chosen', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('tab', { name: /Events/ }));
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    expect(sort).toHaveValue('date');
    expect(optionNames()).toEqual(['Charter flights', 'Bilateral agreement', 'Akim visits Urumqi']);
    await user.selectOptions(sort, 'name');
    expect(optionNames()).toEqual(['Akim visits Urumqi', 'Bilateral agreement', 'Charter flights']);
  });

  it('marks an item selected elsewhere, keeping the tab', () => {
    const { rerender, onSelect } = renderPanel();
    const withSelection = (id: string) => (
      <ModelProvider value={modelOf({ selectedId: id })}>
        <ListsPanel onSelect={onSelect} />
      </ModelProvider>
    );
    expect(screen.getByRole('option', { name: /^Guangdong/ })).toHaveAttribute('aria-selected', 'false');
    rerender(withSelection('CN-GD'));
    const option = screen.getByRole('option', { name: /^Guangdong/ });
    expect(option).toHaveAttribute('aria-selected', 'true');
    expect(option).toHaveAttribute('tabindex', '0'); // Tab now lands on it
    // A selection that is not in this tab's list leaves the tab alone.
    rerender(withSelection('fl-ala-urc'));
    expect(screen.getByRole('tab', { name: /Regions/ })).toHaveAttribute('aria-selected', 'true');
    expect(within(screen.getByRole('listbox')).queryByRole('option', { selected: true })).toBeNull();
  });

  it('says so when a list is empty', async () => {
    const user = userEvent.setup();
    renderPanel({ layers: ['flights'] });
    await user.click(screen.getByRole('tab', { name: 'Missions 0' }));
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByText('Nothing matches the current years, layers and event types.')).toBeInTheDocument();
  });

  it('says a list is missing, not empty, when its file could not be loaded', async () => {
    const user = userEvent.setup();
    renderWithModel(<ListsPanel onSelect={vi.fn()} />, modelFor({ index: miniIndex({ missions: [] }), failed: ['missions.json'] }));
    await user.click(screen.getByRole('tab', { name: 'Missions 0' }));
    expect(screen.getByText('Missions could not be loaded, so none are shown here.')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: /^Links/ }));
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
  });

  it('has no axe violations, with a selection and on an empty tab', async () => {
    const user = userEvent.setup();
    const { container } = renderPanel({ selectedId: 'CN-GD', layers: ['flights'] });
    // jsdom has no layout, so contrast is checked in the browser tests, not here.
    const check = async () => (await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })).violations;
    expect(await check()).toEqual([]);
    await user.click(screen.getByRole('tab', { name: /Missions/ }));
    expect(await check()).toEqual([]);
  });

  it('shows names and labels in the chosen language', async () => {
    // The app switches the strings and the model's language together (state/language.ts).
    i18n.changeLanguage('ru');
    renderPanel({ lang: 'ru' });
    expect(screen.getByRole('tab', { name: 'Регионы 8' })).toBeInTheDocument();
    const option = screen.getByRole('option', { name: /^Алматинская область/ });
    expect(option.querySelector('.lists__name')).toHaveAttribute('lang', 'ru');
    expect(option).toHaveTextContent('Область · Казахстан');
  });
});
