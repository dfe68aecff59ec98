import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../testing/i18n';
import { atlasStore } from '../state/store';
import { event, miniIndex } from '../testing/fixtures';
import { renderWithStore } from '../testing/render';
import { Timeline } from './Timeline';

const s = () => atlasStore.getState();
const range = () => ({ from: s().view.from, to: s().view.to });
const slider = (name: 'From year' | 'To year') => screen.getByRole('slider', { name });
const yearBox = (name: 'From' | 'To') => screen.getByRole<HTMLInputElement>('spinbutton', { name });

const events = [
  event('visit', '2021-03'),
  event('visit', '2022-05'),
  event('agreement', '2022-09-01'),
  event('forum', '2023'),
];

/** The timeline over four events, the store's data span 2020–2024 (set in beforeEach). */
const renderTimeline = () => renderWithStore(<Timeline />, { data: { index: miniIndex({ events }) } });

beforeAll(() => {
  initI18n('en');
});

beforeEach(() => {
  atlasStore.setState(atlasStore.getInitialState(), true);
  s().setDataSpan({ minYear: 2020, maxYear: 2024 });
});

describe('Timeline range controls', () => {
  it('spans the data years with both handles at the ends of the default range', () => {
    renderTimeline();
    for (const name of ['From year', 'To year'] as const) {
      expect(slider(name)).toHaveAttribute('min', '2020');
      expect(slider(name)).toHaveAttribute('max', '2024');
    }
    expect(slider('From year')).toHaveValue('2020');
    expect(slider('To year')).toHaveValue('2024');
  });

  it('moves the range with either handle', () => {
    renderTimeline();
    fireEvent.change(slider('From year'), { target: { value: '2021' } });
    fireEvent.change(slider('To year'), { target: { value: '2023' } });
    expect(range()).toEqual({ from: 2021, to: 2023 });
    expect(yearBox('From')).toHaveValue(2021);
    expect(yearBox('To')).toHaveValue(2023);
  });

  it('stops a handle at the other one instead of crossing it', () => {
    renderTimeline();
    fireEvent.change(slider('From year'), { target: { value: '2022' } });
    fireEvent.change(slider('To year'), { target: { value: '2020' } });
    expect(range()).toEqual({ from: 2022, to: 2022 });
    fireEvent.change(slider('From year'), { target: { value: '2024' } });
    expect(range()).toEqual({ from: 2022, to: 2022 });
  });

  it('commits a typed year on Enter and on leaving the field', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.clear(yearBox('From'));
    await user.type(yearBox('From'), '2021{Enter}');
    expect(range()).toEqual({ from: 2021, to: null });
    await user.clear(yearBox('To'));
    await user.type(yearBox('To'), '2023');
    expect(range()).toEqual({ from: 2021, to: null }); // not yet: still typing
    await user.tab();
    expect(range()).toEqual({ from: 2021, to: 2023 });
    expect(slider('To year')).toHaveValue('2023');
  });

  it('lets the store put typed bounds in order', async () => {
    const user = userEvent.setup();
    renderTimeline();
    fireEvent.change(slider('From year'), { target: { value: '2022' } });
    await user.clear(yearBox('To'));
    await user.type(yearBox('To'), '2021{Enter}');
    expect(range()).toEqual({ from: 2021, to: 2022 });
    // The year typed into To now stands in From: said politely, not left to be noticed.
    expect(screen.getByRole('status')).toHaveTextContent('From was later than To, so the two years were swapped: 2021–2022.');
    fireEvent.change(slider('To year'), { target: { value: '2023' } });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('retires the swap notice once its range is gone: an invalid entry, or a change from outside', async () => {
    const user = userEvent.setup();
    renderTimeline();
    fireEvent.change(slider('From year'), { target: { value: '2022' } });
    await user.clear(yearBox('To'));
    await user.type(yearBox('To'), '2021{Enter}');
    expect(screen.getByRole('status')).not.toBeEmptyDOMElement();
    await user.clear(yearBox('From'));
    await user.type(yearBox('From'), '1850{Enter}');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    await user.clear(yearBox('To'));
    await user.type(yearBox('To'), '2020{Enter}');
    expect(screen.getByRole('status')).not.toBeEmptyDOMElement();
    // Reset, back / forward or a shared view set the range without the Timeline.
    act(() => s().setYearRange(2021, 2023));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('rejects a year outside the data, says why and keeps the old value', async () => {
    const user = userEvent.setup();
    renderTimeline();
    fireEvent.change(slider('From year'), { target: { value: '2021' } });
    await user.clear(yearBox('From'));
    await user.type(yearBox('From'), '1850{Enter}');
    // The box shows the year kept, a valid value, so it is not marked invalid; the message says
    // what was rejected and what stays, and describes the box.
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('“1850” is not a whole year from 2020 to 2024; the year stays 2021.');
    expect(yearBox('From')).toHaveValue(2021);
    expect(yearBox('From')).toBeValid();
    expect(yearBox('From')).toHaveAccessibleDescription(alert.textContent!);
    expect(range()).toEqual({ from: 2021, to: null });
    // A change from outside (the slider) retires the message: the year it names is gone.
    fireEvent.change(slider('From year'), { target: { value: '2020' } });
    expect(screen.queryByRole('alert')).toBeNull();
    await user.clear(yearBox('From'));
    await user.type(yearBox('From'), '1850{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('the year stays 2020');

    await user.clear(yearBox('From'));
    await user.type(yearBox('From'), '2022{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(range()).toEqual({ from: 2022, to: null });
  });

  it('rejects an empty or fractional year', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.clear(yearBox('To'));
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole year from 2020 to 2024; the year stays 2024.');
    expect(yearBox('To')).toHaveValue(2024);
    await user.clear(yearBox('To'));
    await user.type(yearBox('To'), '2022.5{Enter}');
    expect(yearBox('To')).toHaveValue(2024);
    expect(range()).toEqual({ from: null, to: null });
  });

  it('states what the range means', () => {
    renderTimeline();
    expect(screen.getByText(/events if dated in it; boundaries and districts as of the end/)).toBeInTheDocument();
  });

  it('keeps its place with the controls off until the data span is known', () => {
    act(() => s().setDataSpan(null));
    renderTimeline();
    expect(screen.getByRole('region', { name: 'Time range' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: /Play/ })).toBeDisabled();
    expect(yearBox('From')).toBeDisabled();
    expect(yearBox('From')).toHaveValue(null);
    expect(screen.queryByRole('slider')).toBeNull();
    act(() => s().setDataSpan({ minYear: 2020, maxYear: 2024 }));
    expect(screen.getByRole('region', { name: 'Time range' })).not.toHaveAttribute('aria-busy');
    expect(slider('To year')).toHaveValue('2024');
    expect(yearBox('From')).toBeEnabled();
  });

  it('waits for every data file, so the histogram counts all events from the start', () => {
    renderWithStore(<Timeline />, { data: { index: miniIndex({ events }), complete: false } });
    expect(screen.getByRole('button', { name: /Play/ })).toBeDisabled();
    expect(screen.queryByRole('slider')).toBeNull();
  });

  it('summarises the histogram for the selected types', () => {
    renderTimeline();
    expect(screen.getByText('Events per year of the selected types: 4 in all; most in 2022 (2).')).toBeInTheDocument();
    act(() => s().setTypes(['forum']));
    expect(screen.getByText('Events per year of the selected types: 1 in all; most in 2023 (1).')).toBeInTheDocument();
    expect(screen.getByText(/^Events per year/)).toHaveClass('timeline__sr');
    act(() => s().setTypes([]));
    // Shown where the bars were, not only read out: an empty strip looks like a fault.
    expect(screen.getByText('No events of the selected types.')).toHaveClass('timeline__empty');
  });
});

describe('Timeline playback', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  // One act per step: React schedules the next timeout when it commits the previous step.
  const advance = (ms: number, steps = 1) => {
    for (let i = 0; i < steps; i += 1) act(() => vi.advanceTimersByTime(ms));
  };
  const button = (name: string) => screen.getByRole('button', { name });

  it('moves the end of the shown range year by year and stops on the last year', () => {
    renderTimeline();
    fireEvent.click(button('Play'));
    expect(slider('To year')).toHaveValue('2020');
    expect(screen.getByText('Playback: 2020–2020')).toBeInTheDocument();
    advance(1000);
    expect(slider('To year')).toHaveValue('2021');
    expect(slider('From year')).toHaveValue('2020');
    advance(1000, 3);
    expect(slider('To year')).toHaveValue('2024');
    expect(button('Pause')).toBeInTheDocument();
    advance(1000);
    expect(s().playing).toBe(false);
    expect(button('Play')).toBeInTheDocument();
    advance(1000, 3);
    expect(s().playYear).toBe(2024);
    // The chosen range itself never changed: the URL keeps it.
    expect(range()).toEqual({ from: null, to: null });
  });

  it('plays only through the chosen range', () => {
    renderTimeline();
    fireEvent.change(slider('From year'), { target: { value: '2022' } });
    fireEvent.change(slider('To year'), { target: { value: '2023' } });
    fireEvent.click(button('Play'));
    expect(slider('To year')).toHaveValue('2022');
    advance(1000, 3);
    expect([s().playing, s().playYear]).toEqual([false, 2023]);
  });

  it('pauses, then resumes where it was', () => {
    renderTimeline();
    fireEvent.click(button('Play'));
    advance(1000);
    fireEvent.click(button('Pause'));
    advance(1000, 3);
    expect(slider('To year')).toHaveValue('2021');
    fireEvent.click(button('Play'));
    advance(1000);
    expect(slider('To year')).toHaveValue('2022');
  });

  it('steps faster at a higher speed', () => {
    renderTimeline();
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '4' } });
    expect(s().speed).toBe(4);
    fireEvent.click(button('Play'));
    advance(250);
    expect(s().playYear).toBe(2021);
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '0.5' } });
    advance(1000);
    expect(s().playYear).toBe(2021);
    advance(1000);
    expect(s().playYear).toBe(2022);
  });

  it('shows the whole range again on Stop', () => {
    renderTimeline();
    expect(button('Stop')).toBeDisabled();
    fireEvent.click(button('Play'));
    advance(1000);
    fireEvent.click(button('Stop'));
    expect([s().playing, s().playYear]).toEqual([false, null]);
    expect(slider('To year')).toHaveValue('2024');
    expect(screen.queryByText(/Playback:/)).toBeNull();
  });

  it('hands the focus from Stop to Play when Stop is disabled, not to the page', () => {
    renderTimeline();
    fireEvent.click(button('Play'));
    advance(1000);
    button('Stop').focus();
    fireEvent.click(button('Stop'));
    expect(button('Stop')).toBeDisabled();
    expect(document.activeElement).toBe(button('Play'));
  });

  it('stops playback when the range is changed by hand', () => {
    renderTimeline();
    fireEvent.click(button('Play'));
    advance(1000);
    fireEvent.change(slider('From year'), { target: { value: '2021' } });
    expect([s().playing, s().playYear]).toEqual([false, null]);
    expect(range()).toEqual({ from: 2021, to: null });
    expect(slider('To year')).toHaveValue('2024');
  });
});
