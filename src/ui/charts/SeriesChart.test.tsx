import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../testing/i18n';
import { SeriesChart, labelWidth, niceStep, type ChartSeries } from './SeriesChart';

beforeAll(() => {
  initI18n('en');
});

const format = (v: number) => `${v} t`;

const kazakh: ChartSeries = {
  key: 'kz',
  label: 'Kazakh statistics',
  colour: '#0b7fab',
  points: [
    { x: 2021, value: 40, xLabel: '2021', cite: <span>[1]</span> },
    { x: 2023, value: 90, xLabel: '2023', cite: <span>[1]</span> },
    { x: 2022, value: 60, xLabel: '2022', cite: <span>[2]</span> },
  ],
};
const chinese: ChartSeries = {
  key: 'cn',
  label: 'Chinese statistics',
  colour: '#c8102e',
  points: [{ x: 2023.25, value: 30, xLabel: '2023 (first half)', hollow: true, extra: <em>part of the year</em> }],
};

describe('SeriesChart', () => {
  it('is a figure named by its title, with a picture that says what it shows', () => {
    render(<SeriesChart title="Freight by year" series={[kazakh]} format={format} lang="en" />);
    const figure = screen.getByRole('figure', { name: 'Freight by year' });
    // Three figures over 2021–2023, the highest (90 t) in 2023: read from the points, not the order given.
    expect(within(figure).getByRole('img')).toHaveAccessibleName('Freight by year. 3 figures, 2021–2023; highest 90 t in 2023.');
  });

  it('names the figures’ own years in the summary when a stepped line runs on to the day shown', () => {
    render(<SeriesChart title="Flights a week" series={[kazakh]} format={format} lang="en" step xMax={2026.9} />);
    expect(screen.getByRole('img')).toHaveAccessibleName('Flights a week. 3 figures, 2021–2023; highest 90 t in 2023.');
    // The axis still reaches the day shown.
    expect([...document.querySelectorAll('.chart__axis')].map((y) => y.textContent)).toEqual(['2021', '2026']);
  });

  it('summarises a single figure as such', () => {
    render(<SeriesChart title="Trade" series={[{ ...kazakh, points: [kazakh.points[0]!] }]} format={format} lang="en" />);
    expect(screen.getByRole('img')).toHaveAccessibleName('Trade. One figure: 40 t in 2021.');
  });

  it('hides the table until asked, then lists every point in x order with its source', async () => {
    const user = userEvent.setup();
    render(<SeriesChart title="Freight by year" series={[kazakh, chinese]} format={format} lang="en" />);
    const toggle = screen.getByRole('button', { name: 'Show the figures as a table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).toBeNull(); // hidden: not in the accessibility tree
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide the table');
    const table = screen.getByRole('table', { name: 'Freight by year' });
    expect(toggle).toHaveAttribute('aria-controls', table.id);
    const cells = within(table)
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim()));
    expect(cells).toEqual([
      ['Year', 'Value', 'Reported by', 'Source'],
      ['2021', '40 t', 'Kazakh statistics', '[1]'],
      ['2022', '60 t', 'Kazakh statistics', '[2]'],
      ['2023', '90 t', 'Kazakh statistics', '[1]'],
      ['2023 (first half)', '30 t part of the year', 'Chinese statistics', ''],
    ]);
    await user.click(toggle);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('makes the open table\u2019s scrolling box a named tab stop, and the closed one none', async () => {
    const user = userEvent.setup();
    const { container } = render(<SeriesChart title="Freight by year" series={[kazakh, chinese]} format={format} lang="en" />);
    const box = container.querySelector('.chart__table-scroll')!;
    expect(box).not.toHaveAttribute('tabindex');
    expect(screen.queryByRole('region')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show the figures as a table' }));
    expect(screen.getByRole('region', { name: 'Freight by year' })).toBe(box);
    expect(box).toHaveAttribute('tabindex', '0');
    await user.tab();
    expect(box).toHaveFocus();
  });

  it('has no reporter column and no legend for a single series', async () => {
    const user = userEvent.setup();
    const { container } = render(<SeriesChart title="Freight by year" series={[kazakh]} format={format} lang="en" />);
    expect(container.querySelector('.chart__legend')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show the figures as a table' }));
    expect(within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Year', 'Value', 'Source']);
  });

  it('heads the table of a stepped series (dated by day) "Date", not "Year"', async () => {
    const user = userEvent.setup();
    render(<SeriesChart title="Flights a week" series={[kazakh]} format={format} lang="en" step />);
    await user.click(screen.getByRole('button', { name: 'Show the figures as a table' }));
    expect(within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Date', 'Value', 'Source']);
  });

  it('names every series in a legend when there are several, and says what a hollow marker means', () => {
    const { container } = render(<SeriesChart title="Freight by year" series={[kazakh, chinese]} format={format} lang="en" />);
    expect([...container.querySelectorAll('.chart__legend li')].map((li) => li.textContent)).toEqual([
      'Kazakh statistics',
      'Chinese statistics',
      'Hollow: part of a year or uncertain, not on the line',
    ]);
  });

  it('keys the hollow marker even for a single series that is not named', () => {
    const { container } = render(<SeriesChart title="Trade" series={[{ ...kazakh, points: [...kazakh.points, { ...chinese.points[0]! }] }]} format={format} lang="en" />);
    const items = [...container.querySelectorAll('.chart__legend li')];
    expect(items.map((li) => li.textContent)).toEqual(['Hollow: part of a year or uncertain, not on the line']);
    expect(items[0]!.querySelector('circle')).toHaveAttribute('fill', '#ffffff');
  });

  it('gives each point a title with its value and series, and leaves hollow points off the line', () => {
    const { container } = render(<SeriesChart title="Freight by year" series={[kazakh, chinese]} format={format} lang="en" />);
    const titles = [...container.querySelectorAll('svg[role="img"] title')].map((t) => t.textContent);
    expect(titles).toContain('2022: 60 t (Kazakh statistics)');
    expect(titles).toContain('2023 (first half): 30 t (Chinese statistics)');
    // One line (Kazakh); the Chinese series has only a hollow point, which is never joined.
    expect(container.querySelectorAll('svg[role="img"] path[fill="none"]')).toHaveLength(1);
  });

  it('breaks the line across missing years instead of drawing through them', () => {
    const sparse: ChartSeries = { ...kazakh, points: [{ ...kazakh.points[0]!, x: 2008 }, kazakh.points[2]!, kazakh.points[1]!] };
    const { container } = render(<SeriesChart title="Trade" series={[sparse]} format={format} lang="en" />);
    const d = container.querySelector('svg[role="img"] path[fill="none"]')!.getAttribute('d')!;
    // 2008, then 2022–2023: two runs, the second joined year to year.
    expect(d.match(/[ML]/g)).toEqual(['M', 'M', 'L']);
  });

  it('joins a stepped series (flights a week) across any gap: the last figure holds until the next', () => {
    const sparse: ChartSeries = { ...kazakh, points: [{ ...kazakh.points[0]!, x: 2008 }, kazakh.points[1]!] };
    const { container } = render(<SeriesChart title="Flights" series={[sparse]} format={format} lang="en" step />);
    const d = container.querySelector('svg[role="img"] path[fill="none"]')!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(1);
  });

  it('labels the value axis in round steps', () => {
    expect([0.3, 1, 1.2, 3, 4.1, 7, 16e9 / 3].map(niceStep)).toEqual([0.5, 1, 2, 5, 5, 10, 1e10]);
    const { container } = render(<SeriesChart title="Freight by year" series={[kazakh]} format={format} lang="en" />);
    // Highest point 90, a third of it 30 → step 50; the axis ends on the step above 90: 0, 50, 100.
    expect([...container.querySelectorAll('.chart__grid text')].map((t) => t.textContent)).toEqual(['0 t', '50 t', '100 t']);
  });

  it('ends the value axis on a labelled step above the highest figure', () => {
    // 3, then 5 flights a week: steps of 2 up to 6, so the line at 5 sits under a gridline.
    const flights: ChartSeries = { ...kazakh, points: [{ x: 2025.42, value: 3, xLabel: 'June 2025' }, { x: 2026, value: 5, xLabel: 'January 2026' }] };
    const { container } = render(<SeriesChart title="Flights a week" series={[flights]} format={(v) => `${v}`} lang="en" step xMax={2026.92} />);
    expect([...container.querySelectorAll('.chart__grid text')].map((t) => t.textContent)).toEqual(['0', '2', '4', '6']);
    const gridYs = [...container.querySelectorAll('.chart__grid line')].map((l) => Number(l.getAttribute('y1')));
    const markerYs = [...container.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cy')));
    expect(Math.min(...markerYs)).toBeGreaterThan(Math.min(...gridYs));
  });

  it('names the year a line begins in when it begins mid-year, not only the next one', () => {
    const flights: ChartSeries = { ...kazakh, points: [{ x: 2025.42, value: 3, xLabel: 'June 2025' }, { x: 2026, value: 5, xLabel: 'January 2026' }] };
    render(<SeriesChart title="Flights a week" series={[flights]} format={(v) => `${v}`} lang="en" step xMax={2026.92} />);
    const labels = [...document.querySelectorAll('.chart__axis')];
    expect(labels.map((y) => y.textContent)).toEqual(['2025', '2026']);
    // Each at its place: 2025 at the first figure, left of 2026 at the turn of the year.
    expect(Number(labels[0]!.getAttribute('x'))).toBeLessThan(Number(labels[1]!.getAttribute('x')));
  });

  it('leaves out the first year’s label where it would run into the next', () => {
    // Over 37 years, November 1989 lies a few units from 1990: only 1990 and 2026 are named.
    const long: ChartSeries = { ...kazakh, points: [{ x: 1989.85, value: 1, xLabel: 'November 1989' }, { x: 2026, value: 2, xLabel: '2026' }] };
    render(<SeriesChart title="Flights a week" series={[long]} format={(v) => `${v}`} lang="en" step />);
    expect([...document.querySelectorAll('.chart__axis')].map((y) => y.textContent)).toEqual(['1990', '2026']);
  });

  it('starts the plot right of its widest value label, however long the language writes it', () => {
    expect(labelWidth('400亿美元')).toBeGreaterThan(labelWidth('40 bn'));
    const gridStart = (fmt: (v: number) => string) => {
      const { container } = render(<SeriesChart title="Trade" series={[kazakh]} format={fmt} lang="ru" />);
      const lines = [...container.querySelectorAll('.chart__grid line')].map((l) => Number(l.getAttribute('x1')));
      const labels = [...container.querySelectorAll('.chart__grid text')].map((t) => Number(t.getAttribute('x')) - labelWidth(t.textContent!));
      return { x: Math.min(...lines), labelsFrom: Math.min(...labels) };
    };
    const short = gridStart((v) => `${v}`);
    const long = gridStart((v) => `${v} млрд долл.`);
    expect(long.x).toBeGreaterThan(short.x);
    // Every label, right-aligned at the grid's start, still begins inside the picture.
    expect(long.labelsFrom).toBeGreaterThanOrEqual(0);
    expect(short.labelsFrom).toBeGreaterThanOrEqual(0);
  });

  it('says so when there is nothing to draw', () => {
    render(<SeriesChart title="Freight by year" series={[{ ...kazakh, points: [] }]} format={format} lang="en" />);
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.getByText('No figures in the years shown.')).toBeInTheDocument();
  });
});
