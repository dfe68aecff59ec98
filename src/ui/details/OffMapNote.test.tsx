import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { atlasStore } from '../../state/store';
import { event, flight, miniIndex, step } from '../../testing/fixtures';
import { initI18n } from '../../testing/i18n';
import { renderWithStore } from '../../testing/render';
import { Details } from './Details';

const s = () => atlasStore.getState();
const ended = flight({ id: 'fl-ended', status: [step('2012-05-01'), step('2016-03-01', { status: 'ended' })] });
const forum = event('forum', '2023-06-01', { id: 'ev-forum' });

const open = (id: string) =>
  renderWithStore(<Details id={id} onSelect={vi.fn()} onClose={vi.fn()} />, { data: { index: miniIndex({ links: [ended], events: [forum] }) } });

beforeAll(() => {
  initI18n('en');
});

beforeEach(() => {
  atlasStore.setState(atlasStore.getInitialState(), true);
  s().setDataSpan({ minYear: 2000, maxYear: 2026 });
});

describe('OffMapNote', () => {
  it('says nothing while the map shows the selection', () => {
    s().setYearRange(2010, 2026);
    open('fl-ended');
    expect(screen.queryByText(/Not on the map/)).not.toBeInTheDocument();
  });

  it('names the switched-off layer and turns it back on', async () => {
    s().setLayers(['partnerships', 'trade']);
    open('fl-ended');
    expect(screen.getByText('Not on the map: the “Flights” layer is off.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show it' }));
    expect(s().view.layers).toEqual(['partnerships', 'flights', 'trade']);
    // The whole span is shown, so with its layer on the flight is drawn: the note goes.
    expect(screen.queryByText(/Not on the map/)).not.toBeInTheDocument();
  });

  it('names the filtered-out event type and turns it back on', async () => {
    s().setTypes(['visit']);
    open('ev-forum');
    expect(screen.getByText('Not on the map: “Forums” events are filtered out.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show it' }));
    expect(s().view.types).toContain('forum');
    expect(screen.queryByText(/Not on the map/)).not.toBeInTheDocument();
  });

  it('outside the years, widens them just enough on request', async () => {
    s().setYearRange(2020, 2024);
    open('fl-ended');
    expect(screen.getByText('Not on the map in the years shown (2020–2024).')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show 2016–2024' }));
    expect(s().view).toMatchObject({ from: 2016, to: 2024 });
    expect(screen.queryByText(/Not on the map/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus(); // not lost with the button
  });

  it('with its layer off and outside the years, takes one step at a time and keeps focus on the next offer', async () => {
    s().setYearRange(2020, 2024);
    s().setLayers(['trade']);
    open('fl-ended');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Show it' }));
    expect(screen.getByText('Not on the map in the years shown (2020–2024).')).toBeInTheDocument();
    const next = screen.getByRole('button', { name: 'Show 2016–2024' });
    expect(next).toHaveFocus();
    await user.click(next);
    expect(screen.queryByText(/Not on the map/)).not.toBeInTheDocument();
  });

  it('after a playback that ended, widening ends it too, so the record shows', async () => {
    // Playback stopped at its last year keeps that year (the slider stays there) until a new range.
    const later = flight({ id: 'fl-later', status: [step('2024-06-01')] });
    s().setYearRange(2018, 2021);
    atlasStore.setState({ playYear: 2021, playing: false });
    renderWithStore(<Details id="fl-later" onSelect={vi.fn()} onClose={vi.fn()} />, { data: { index: miniIndex({ links: [later] }) } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show 2018–2024' }));
    expect(s().playYear).toBeNull();
    expect(s().view).toMatchObject({ from: 2018, to: 2024 });
    expect(screen.queryByText(/Not on the map/)).not.toBeInTheDocument();
  });

  it('says a region formed by a later reform did not exist in the years shown, and widens them to its first', async () => {
    s().setYearRange(2015, 2020);
    open('KZ-33');
    const facts = screen.getByRole('region', { name: 'Key facts' });
    expect(facts).toHaveTextContent('A unit of its own since 8 June 2022. On 31 December 2020 its territory belonged to other regions');
    await userEvent.setup().click(within(facts).getByRole('button', { name: 'Show 2015–2022' }));
    expect(s().view).toMatchObject({ from: 2015, to: 2022 });
    expect(screen.queryByText(/^A unit of its own/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });
});
