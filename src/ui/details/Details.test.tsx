import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AtlasIndex } from '../../data/indexes';
import type { Lang } from '../../data/schema';
import { i18n, initI18n } from '../../testing/i18n';
import { ModelProvider } from '../../model/useAtlasModel';
import {
  aktobeCg,
  chineseEmbassy,
  event,
  flight,
  guangzhouCg,
  kazakhEmbassy,
  miniIndex,
  modelFor,
  partnership,
  source,
  step,
  text,
  trade,
  transport,
} from '../../testing/fixtures';
import { renderWithModel } from '../../testing/render';
import type { View } from '../../view/view';
import { Details } from './Details';

beforeAll(() => {
  initI18n('en');
});
afterEach(async () => {
  cleanup(); // unmount before switching the language back
  i18n.changeLanguage('en');
});

/** The details of `id` for the years 2020–2026 unless the view says otherwise. */
function renderDetails(id: string, index: AtlasIndex, opts: { view?: Partial<View>; lang?: Lang } = {}) {
  const onSelect = vi.fn();
  const onClose = vi.fn();
  const model = modelFor({ index, view: { from: 2020, to: 2026, ...opts.view }, lang: opts.lang });
  const utils = renderWithModel(<Details id={id} onSelect={onSelect} onClose={onClose} />, model);
  return { ...utils, onSelect, onClose };
}

const section = (name: string | RegExp) => screen.getByRole('region', { name });
/** An element's text as read, without the source markers' hover texts. */
const lineText = (el: Element) => {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.cite__tip').forEach((tip) => tip.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
};

describe('Details: region', () => {
  it('shows the serving mission, its colour, since when and the source of the district', () => {
    const { container, model } = renderDetails('CN-GD', miniIndex({ missions: [guangzhouCg(), kazakhEmbassy()] }));
    expect(screen.getByRole('heading', { level: 2, name: 'Guangdong' })).toBeInTheDocument();
    const facts = section('Key facts');
    expect(within(facts).getByRole('button', { name: 'Consulate General of Kazakhstan in Guangzhou' })).toBeInTheDocument();
    expect(facts).toHaveTextContent('since 16 January 2026');
    // The district's own source (the mission's second) is cited on that line.
    expect(within(facts).getByRole('link', { name: /^Source 1: Example Daily/ })).toHaveAttribute('href', 'https://example.org/news/2');
    expect(model.colours.get('kz-cg-guangzhou')).toBeDefined();
    expect(container.querySelector('.swatch')).toHaveStyle({ background: model.colours.get('kz-cg-guangzhou') });
  });

  it('says the district is not published before the consulate took the region over, with the embassy’s note', () => {
    const index = miniIndex({ missions: [guangzhouCg(), kazakhEmbassy({ districtNote: text('Presumably served by the embassy.') })] });
    renderDetails('CN-GD', index, { view: { to: 2025 } });
    const district = section('Consular district');
    expect(district).toHaveTextContent('The mission serving this region is not published.');
    // The list says what it is: candidates, not the region's district.
    expect(district).toHaveTextContent('Missions that publish no district; any of them may serve this region:');
    expect(within(district).getByRole('button', { name: 'Embassy of Kazakhstan in China' })).toBeInTheDocument();
    expect(district).toHaveTextContent('Presumably served by the embassy.');
    expect(within(district).queryByRole('button', { name: /Guangzhou/ })).toBeNull();
  });

  it('says no mission was open yet, not that its district is unpublished, before the first one opened', () => {
    // The Kazakh embassy in Beijing opened in January 1992.
    const index = miniIndex({ missions: [guangzhouCg(), kazakhEmbassy()] });
    renderDetails('CN-GD', index, { view: { from: 1990, to: 1990 } });
    const district = section('Consular district');
    expect(district).toHaveTextContent('As of 31 December 1990: no embassy or consulate that could serve this region was open yet.');
    expect(district).not.toHaveTextContent('not published');
    expect(section('Key facts')).not.toHaveTextContent('not published');
    cleanup();
    renderDetails('CN-GD', index, { view: { from: 1990, to: 1992 } });
    expect(section('Consular district')).toHaveTextContent('The mission serving this region is not published.');
  });

  it('lists the ties of the years shown by type, with partners, dates and a count of the rest', () => {
    const index = miniIndex({
      links: [
        flight({ id: 'fl-ala-urc', status: [step('2024-06')], title: text('Almaty – Urumqi') }),
        partnership({ id: 'ps-ala-xj', a: 'KZ-75', b: 'CN-XJ', status: [step('2015-09')], title: text('Almaty – Xinjiang') }),
        partnership({ id: 'ps-old', a: 'KZ-75', b: 'CN-GD', status: [step('2001'), step('2005', { status: 'ended' })] }),
      ],
    });
    renderDetails('KZ-75', index);
    expect(section('Key facts')).toHaveTextContent('2 ties in the years shown');
    const links = section('Links');
    const flights = within(links).getByRole('region', { name: 'Flights' });
    expect(flights).toHaveTextContent('Urumqi (Xinjiang)');
    expect(flights).toHaveTextContent('since June 2024');
    expect(within(flights).getByRole('button', { name: 'Almaty – Urumqi' })).toBeInTheDocument();
    const partnerships = within(links).getByRole('region', { name: 'Partnerships' });
    expect(within(partnerships).getByRole('button', { name: 'Xinjiang' })).toBeInTheDocument();
    expect(within(partnerships).queryByRole('button', { name: 'Guangdong' })).toBeNull();
    expect(within(links).queryByRole('region', { name: 'Trade' })).toBeNull();
    expect(links).toHaveTextContent('1 more link outside the selected years');
  });

  it('marks a tie that is suspended at the end of the years shown', () => {
    const index = miniIndex({
      links: [flight({ status: [step('2004'), step('2020-02', { status: 'suspended' })] })],
    });
    renderDetails('KZ-75', index);
    expect(within(section('Flights')).getByText('suspended')).toHaveClass('badge');
  });

  it('lists the events of the years shown in date order', () => {
    const index = miniIndex({
      events: [
        event('forum', '2025-09-03', { id: 'ev-late', title: text('Late forum') }),
        event('visit', '2023-04', { id: 'ev-early', title: text('Early visit') }),
        event('visit', '2010', { id: 'ev-old' }),
      ],
    });
    renderDetails('KZ-75', index);
    const events = section('Events');
    const items = within(events).getAllByRole('listitem');
    expect(items.map((li) => [li.querySelector('.entity-list__date')?.textContent, within(li).getByRole('button').textContent])).toEqual([
      ['April 2023', 'Early visit'],
      ['3 September 2025', 'Late forum'],
    ]);
    expect(events).toHaveTextContent('1 more event outside the selected years');
  });

  it('charts yuan figures in yuan, apart from dollar ones, never converted', () => {
    const index = miniIndex({
      links: [
        trade({
          values: [
            { year: 2024, value: 2.94e9, unit: 'usd', reporter: 'KZ', source: 0 },
            { year: 2024, period: 'H1', value: 8.23e9, unit: 'cny', reporter: 'CN-XJ', source: 1 },
          ],
        }),
      ],
    });
    renderDetails('CN-XJ', index);
    const charts = within(section('Trade figures')).getAllByRole('figure');
    expect(charts).toHaveLength(2);
    expect(charts[0]).toHaveAccessibleName('Trade by year (US dollars)');
    expect(charts[1]).toHaveAccessibleName('Trade by year (yuan)');
    expect(within(charts[1]!).getByRole('img')).toHaveAccessibleName(/One figure: CNY 8\.23 bn in 2024/);
    expect(within(charts[0]!).getByRole('img')).not.toHaveAccessibleName(/CNY/);
  });

  it('charts trade by reporter, keeping conflicting figures side by side with their sources', async () => {
    const user = userEvent.setup();
    const index = miniIndex({
      links: [
        trade({
          id: 'tr-kz-xj',
          title: text('Kazakhstan – Xinjiang trade'),
          sources: [source({ publisher: 'Kazakh Statistics', url: 'https://stat.example.kz/' }), source({ publisher: 'Urumqi Customs', url: 'https://customs.example.cn/' })],
          values: [
            { year: 2024, value: 2.94e9, unit: 'usd', reporter: 'KZ', growthPct: 12.3, source: 0 },
            { year: 2023, value: 2.6e9, unit: 'usd', reporter: 'KZ', source: 0 },
            { year: 2024, value: 3.1e9, unit: 'usd', reporter: 'CN', certainty: 'uncertain', source: 1 },
            { year: 2010, value: 1e9, unit: 'usd', reporter: 'KZ', source: 0 },
          ],
        }),
      ],
    });
    renderDetails('CN-XJ', index);
    const figures = section('Trade figures');
    const chart = within(figures).getByRole('figure');
    expect(chart).toHaveAccessibleName('Trade by year (US dollars)');
    // Only the figures of the years shown (2020–2026): the 2010 one is left out.
    expect(within(chart).getByRole('img')).toHaveAccessibleName(/3 figures, 2023–2024; highest USD 3.1 bn in 2024/);
    await user.click(within(figures).getByRole('button', { name: 'Show the figures as a table' }));
    const table = within(figures).getByRole('table', { name: 'Trade by year (US dollars)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map(lineText))).toEqual([
      ['2023', 'USD 2.6 bn', 'Kazakh statistics', '[1]'],
      ['2024', 'USD 2.94 bn', 'Kazakh statistics', '[1]'],
      ['2024', 'USD 3.1 bn uncertain', 'Chinese statistics', '[2]'],
    ]);
    expect(within(rows[2]!).getByRole('link', { name: /Urumqi Customs/ })).toHaveAttribute('href', 'https://customs.example.cn/');
  });

  it('says who reported the figures even when one side alone did', async () => {
    const user = userEvent.setup();
    const index = miniIndex({
      links: [trade({ id: 'tr-kz-xj', values: [{ year: 2023, period: 'H1', value: 8.5e9, unit: 'usd', reporter: 'KZ', source: 0 }] })],
    });
    renderDetails('tr-kz-xj', index);
    const chart = screen.getByRole('figure', { name: 'Trade by year (US dollars)' });
    expect(within(chart).getByRole('list')).toHaveTextContent('Kazakh statistics');
    await user.click(within(chart).getByRole('button', { name: 'Show the figures as a table' }));
    const row = within(within(chart).getByRole('table')).getAllByRole('row')[1]!;
    expect([...row.querySelectorAll('th, td')].map(lineText)).toEqual(['2023 (first half)', 'USD 8.5 bn', 'Kazakh statistics', '[1]']);
  });

  it('puts a part of a year in full-width brackets in Chinese', async () => {
    await i18n.changeLanguage('zh');
    const index = miniIndex({
      links: [trade({ id: 'tr-kz-xj', values: [{ year: 2023, period: 'H1', value: 8.5e9, unit: 'usd', reporter: 'KZ', source: 0 }] })],
    });
    renderDetails('tr-kz-xj', index, { lang: 'zh' });
    const row = within(screen.getByRole('table', { hidden: true })).getAllByRole('row', { hidden: true })[1]!;
    expect(lineText(row.querySelector('th')!)).toBe('2023（上半年）');
  });

  it('names a region that reported figures by its short name: the label shares a narrow column', async () => {
    await i18n.changeLanguage('zh');
    const index = miniIndex({
      links: [trade({ id: 'tr-xj-kz', a: 'CN-XJ', b: 'KZ', values: [{ year: 2023, value: 2.03e10, unit: 'usd', reporter: 'CN-XJ', source: 0 }] })],
    });
    renderDetails('tr-xj-kz', index, { lang: 'zh' });
    const row = within(screen.getByRole('table', { hidden: true })).getAllByRole('row', { hidden: true })[1]!;
    expect(lineText(row.querySelectorAll('td')[1]!)).toBe('数据来源：新疆');
  });

  it('moves the selection when a linked name is chosen', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderDetails('CN-GD', miniIndex({ missions: [guangzhouCg()] }));
    await user.click(screen.getByRole('button', { name: 'Consulate General of Kazakhstan in Guangzhou' }));
    expect(onSelect).toHaveBeenCalledWith('kz-cg-guangzhou');
  });

  it('names a region as it was on the day shown', () => {
    // Almaty Region before the 2022 reform had Taldykorgan as its centre.
    renderDetails('KZ-19', miniIndex({}), { view: { to: 2021 } });
    expect(screen.getByText('Administrative centre').nextElementSibling).toHaveTextContent('Taldykorgan');
    // Its ties are filed by today's regions: those of Zhetisu are not here, and the panel says so.
    expect(section('Key facts')).toHaveTextContent('Shown in its borders of 31 December 2021, before the reform of 8 June 2022.');
    cleanup();
    renderDetails('KZ-19', miniIndex({}), { view: { to: 2023 } });
    expect(screen.queryByText('Administrative centre')).toBeNull(); // the current outline names none here
    expect(section('Key facts')).not.toHaveTextContent('Shown in its borders');
  });

  it('names a centre the atlas has as a place like that place, and leads to it', async () => {
    const user = userEvent.setup();
    i18n.changeLanguage('kk');
    const { onSelect, model } = renderDetails('CN-XJ', miniIndex({}), { lang: 'kk' });
    const centre = screen.getByText('Әкімшілік орталығы').nextElementSibling!;
    await user.click(within(centre as HTMLElement).getByRole('button', { name: model.names.of('urumqi') }));
    expect(onSelect).toHaveBeenCalledWith('urumqi');
  });

  it('names any other centre by the names fallback, marked with the language it is in', () => {
    i18n.changeLanguage('kk');
    // Zhetisu's centre, Taldykorgan, is not a place here and has only an English name.
    renderDetails('KZ-33', miniIndex({}), { lang: 'kk', view: { to: 2023 } });
    const centre = screen.getByText('Әкімшілік орталығы').nextElementSibling!;
    expect(centre).toHaveTextContent(/^Taldykorgan$/);
    expect(centre).toHaveAttribute('lang', 'en');
  });
});

describe('Details: link', () => {
  const route = () =>
    flight({
      id: 'fl-ala-urc',
      title: text('Almaty – Urumqi'),
      carrier: { en: 'China Southern', ru: 'China Southern', kk: 'China Southern', zh: '中国南方航空' },
      cargo: true,
      status: [
        step('2025-06', { perWeek: 3 }),
        step('2025-10', { status: 'suspended', sources: [1] }),
        step('2025-12', { status: 'resumed', perWeek: 3 }),
        step('2026-01', { perWeek: 5 }),
      ],
      sources: [source(), source({ publisher: 'CAAC', title: 'Summer schedule', url: 'https://caac.example.cn/s', date: null, lang: 'zh' })],
    });

  it('shows a flight with carrier, endpoints, where it stands and its status history', () => {
    renderDetails('fl-ala-urc', miniIndex({ links: [route()] }));
    expect(screen.getByRole('heading', { level: 2, name: 'Almaty – Urumqi' })).toBeInTheDocument();
    expect(screen.getByText('Flight · China Southern, cargo')).toBeInTheDocument();
    expect(screen.getByText('Carrier').nextElementSibling).toHaveTextContent('China Southern');
    const facts = section('Key facts');
    // A city named like its region is shown once, as the region's link.
    expect(within(facts).getAllByRole('button').map((b) => b.textContent)).toEqual(['Almaty', 'Xinjiang']);
    expect(facts).toHaveTextContent('Almaty — Urumqi (Xinjiang)');
    // The brackets are kept with the region's link, where the line may not break (details.css).
    expect([...facts.querySelectorAll('.endpoint__region')].map((e) => e.textContent)).toEqual(['Almaty', '(Xinjiang)']);
    expect(facts).toHaveTextContent('since June 2025');
    // The range ends in the fixture data's as-of year: statuses are as of its as-of day.
    expect(facts).toHaveTextContent('As of 29 November 2026: operating');
    const steps = within(section('Status history')).getAllByRole('listitem').map(lineText);
    expect(steps).toEqual([
      'Operating from June 2025 · 3 a week [1]',
      'Suspended from October 2025 [2]',
      'Resumed in December 2025 · 3 a week [1]',
      'Operating from January 2026 · 5 a week [1]',
    ]);
  });

  it('leaves out the list of terms when a tie has none (trade), and keeps it when it has (a flight\u2019s carrier)', () => {
    const index = miniIndex({ links: [trade({ id: 'tr-kz-xj' }), flight({ id: 'fl-ala-urc', carrier: text('China Southern') })] });
    const { container } = renderDetails('tr-kz-xj', index);
    expect(container.querySelector('dl')).toBeNull();
    cleanup();
    const flightView = renderDetails('fl-ala-urc', index);
    expect([...flightView.container.querySelectorAll('dl.facts dt')].map((dt) => dt.textContent)).toEqual(['Carrier']);
  });

  it('says where the tie stood at the end of the years shown', () => {
    const paused = flight({ status: [step('2025-06', { perWeek: 3 }), step('2025-10', { status: 'suspended' })] });
    renderDetails('fl-ala-urc', miniIndex({ links: [paused] }), { view: { to: 2025 } });
    const facts = section('Key facts');
    expect(facts).toHaveTextContent('As of 31 December 2025: suspended');
    // One badge, on the line of dates; the as-of line says the phase in words, not twice.
    expect(within(facts).getAllByText('suspended')).toHaveLength(1);
    expect(within(facts).getByText('suspended')).toHaveClass('badge');
  });

  it('calls an end dated by the last report found just that, in the key facts and the history', () => {
    const unreported = flight({ status: [step('2024-01-13', { perWeek: 3 }), step('2024-09-30', { status: 'ended', lastReported: true })] });
    renderDetails('fl-ala-urc', miniIndex({ links: [unreported] }), { view: { from: 2024, to: 2025 } });
    const facts = section('Key facts');
    expect(facts).toHaveTextContent('13 January – 30 September 2024 · end: last report found');
    expect(facts).toHaveTextContent('As of 31 December 2025: not reported since 30 September 2024');
    // The as-of words already say it; no badge repeats them.
    expect(within(facts).queryAllByText('no later reports')).toHaveLength(0);
    expect(facts).not.toHaveTextContent('ended');
    const steps = within(section('Status history')).getAllByRole('listitem').map(lineText);
    expect(steps[1]).toBe('Last reported 30 September 2024; no later report found [1]');
  });

  it('qualifies a place by its region with the language’s punctuation, and by a comma when the name has brackets', async () => {
    await i18n.changeLanguage('zh');
    renderDetails('fl-ala-urc', miniIndex({ links: [route()] }), { lang: 'zh' });
    // The fixtures' Chinese names carry a bracketed "(zh)" of their own, so the qualifier follows a full-width comma.
    expect(section('要点')).toHaveTextContent('Urumqi (zh)，新疆维吾尔自治区');
    // The carrier is named in the reader's language, not left in English.
    expect(screen.getByText('承运人').nextElementSibling).toHaveTextContent('中国南方航空');
    cleanup();
    await i18n.changeLanguage('en');
    renderDetails('fl-yin-ala', miniIndex({ links: [flight({ id: 'fl-yin-ala', a: 'yining', b: 'almaty' })] }));
    expect(section('Key facts')).toHaveTextContent('Yining (Ghulja), Xinjiang — Almaty');
  });

  it('says when a plan was to start, and that the date has passed with no report that it began', () => {
    const plan = flight({ status: [step('2026-02-25', { status: 'planned', plannedStart: '2026-06-02', perWeek: 2 })] });
    renderDetails('fl-ala-urc', miniIndex({ links: [plan] }));
    // Dated by the plan, not "since" it: the tie does not exist yet.
    expect(section('Key facts')).toHaveTextContent('(Xinjiang)reported 25 February 2026 [1]');
    expect(section('Key facts')).not.toHaveTextContent('since');
    // The fixture's as-of day is 29 November 2026.
    expect(section('Key facts')).toHaveTextContent(
      'As of 29 November 2026: announced, not yet operating. The planned start (2 June 2026) has passed; no report that it began was found.',
    );
    expect(within(section('Status history')).getAllByRole('listitem').map(lineText)).toEqual([
      'Planned (reported 25 February 2026) · planned start: 2 June 2026 · 2 a week [1]',
    ]);
    cleanup();
    const later = flight({ status: [step('2026-02-25', { status: 'planned', plannedStart: '2027' })] });
    renderDetails('fl-ala-urc', miniIndex({ links: [later] }));
    expect(section('Key facts')).toHaveTextContent('As of 29 November 2026: announced, not yet operating; planned start: 2027');
    expect(section('Key facts')).not.toHaveTextContent('has passed');
  });

  it('says a tie had not started yet, rather than calling it announced, before its first step', () => {
    renderDetails('fl-ala-urc', miniIndex({ links: [route()] }), { view: { to: 2024 } });
    const facts = section('Key facts');
    expect(facts).toHaveTextContent('As of 31 December 2024: not yet started');
    expect(facts).not.toHaveTextContent('announced');
  });

  it('charts the weekly frequency over the years shown', () => {
    renderDetails('fl-ala-urc', miniIndex({ links: [route()] }));
    const chart = screen.getByRole('figure', { name: 'Flights a week over time' });
    // Four steps: 3, 0 (suspended), 3, 5.
    expect(within(chart).getByRole('img')).toHaveAccessibleName(/4 figures, 2025–2026; highest 5 in January 2026/);
    // A route still flying is drawn to the day shown (the as-of day in 2026), not into 2027; begun
    // in 2025, it names that year at its first figure too.
    expect([...chart.querySelectorAll('.chart__axis')].map((y) => y.textContent)).toEqual(['2025', '2026']);
  });

  it('tells a frequency outside the years shown from one never published', () => {
    renderDetails('fl-ala-urc', miniIndex({ links: [route()] }), { view: { to: 2024 } });
    expect(screen.getByText('No figures in the years shown.')).toBeInTheDocument();
    expect(screen.queryByText(/No weekly frequency is published/)).toBeNull();
    cleanup();
    const unpublished = flight({ id: 'fl-ala-urc', status: [step('2025-06')] });
    renderDetails('fl-ala-urc', miniIndex({ links: [unpublished] }));
    expect(screen.getByText('No weekly frequency is published for this route.')).toBeInTheDocument();
  });

  it('names a city that is its own region once in Chinese too, where the region adds 市 (阿拉木图, not 阿拉木图（阿拉木图市）)', async () => {
    const index = miniIndex({ links: [route()] });
    const almaty = index.byId.get('almaty');
    if (almaty?.kind !== 'place') throw new Error('fixture: no Almaty place');
    almaty.record.name.zh = '阿拉木图';
    await i18n.changeLanguage('zh');
    renderDetails('fl-ala-urc', index, { lang: 'zh' });
    const facts = section('要点');
    expect([...facts.querySelectorAll('.endpoint__region')].map((e) => e.textContent)).toEqual(['阿拉木图市', '新疆维吾尔自治区']);
    expect(facts).not.toHaveTextContent('阿拉木图（');
  });

  it('calls a train’s weekly frequency services, not flights', () => {
    const train = transport({ id: 'train-urc-ala', mode: 'passenger-train', status: [step('2017-06-08', { perWeek: 7 }), step('2020-03', { status: 'suspended' })] });
    renderDetails('train-urc-ala', miniIndex({ links: [train] }));
    expect(screen.getByRole('figure', { name: 'Services a week over time' })).toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: /Flights/ })).toBeNull();
    // Suspended since March 2020: its span ends there, not "since 2017".
    expect(section('Key facts')).toHaveTextContent('8 June 2017 – March 2020');
  });

  it('ends the chart of a route flying on 31 December in that year, not the next', () => {
    renderDetails('fl-ala-urc', miniIndex({ links: [route()] }), { view: { to: 2025 } });
    const chart = screen.getByRole('figure', { name: 'Flights a week over time' });
    expect(within(chart).getByRole('img')).toHaveAccessibleName(/3 figures, 2025; highest 3 in June 2025/);
    expect([...chart.querySelectorAll('.chart__axis')].map((y) => y.textContent)).toEqual(['2025']);
  });

  it('writes the chart summary in Russian without a doubled "year" after a month', async () => {
    await i18n.changeLanguage('ru');
    renderDetails('fl-ala-urc', miniIndex({ links: [route()] }), { lang: 'ru' });
    const chart = screen.getByRole('figure', { name: /Рейсов в неделю/ });
    expect(within(chart).getByRole('img')).toHaveAccessibleName(/Значений: 4, 2025–2026; наибольшее — 5 \(январь 2026 г\.\)/);
  });

  it('writes a status step in Russian with the month in the genitive', async () => {
    i18n.changeLanguage('ru');
    renderDetails('fl-ala-urc', miniIndex({ links: [route()] }), { lang: 'ru' });
    // "с июня 2025", as the key facts write it, never "с июнь 2025".
    expect(section('Главное')).toHaveTextContent('с июня 2025');
    const first = within(section('История статуса')).getAllByRole('listitem')[0]!;
    expect(lineText(first)).toMatch(/ с июня 2025/);
  });

  it('lists the sources as external links with publisher, title, date and language', () => {
    renderDetails('fl-ala-urc', miniIndex({ links: [route()] }));
    const items = within(section('Sources')).getAllByRole('listitem');
    const link = within(items[0]!).getByRole('link', { name: /Новый рейс в Урумчи/ });
    expect(link).toHaveAttribute('href', 'https://example.kz/news/urumqi');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(items[0]).toHaveTextContent('Kazinform: Новый рейс в Урумчи (opens in a new tab) · 16 January 2026 · ru');
    expect(items[1]).toHaveTextContent('CAAC: Summer schedule (opens in a new tab) · undated · zh');
  });

  it('shows a transport corridor with its kind, operator, route and capacity', () => {
    const index = miniIndex({ links: [transport({ via: ['astana'], operator: text('KTZ') })] });
    renderDetails('rail-altynkol-khorgos', index);
    expect(screen.getByText('Transport corridor · Rail border crossing')).toBeInTheDocument();
    expect(screen.getByText('Operator').nextElementSibling).toHaveTextContent('KTZ');
    expect(screen.getByText('Via').nextElementSibling).toHaveTextContent('Astana');
    expect(lineText(within(section('Status history')).getByRole('listitem'))).toMatch(/^Operating from December 2012 · capacity 20 trains a day/);
  });

  it('never turns hostile text into markup', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const { container } = renderDetails(
      'fl-ala-urc',
      miniIndex({ links: [flight({ id: 'fl-ala-urc', title: text(hostile), sources: [source({ title: hostile, publisher: hostile })] })] }),
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(hostile);
  });

  it('marks an uncertain link with a badge and its note', () => {
    const index = miniIndex({ links: [partnership({ id: 'ps-x', certainty: 'uncertain', note: text('Only one regional outlet reports it.') })] });
    renderDetails('ps-x', index);
    expect(screen.getAllByText('uncertain')[0]).toHaveClass('badge');
    expect(screen.getByText('Only one regional outlet reports it.')).toBeInTheDocument();
  });

  it('lists events that refer to the link', () => {
    const index = miniIndex({
      links: [route()],
      events: [event('flight', '2025-06-02', { id: 'ev-launch', links: ['fl-ala-urc'], title: text('First flight') })],
    });
    renderDetails('fl-ala-urc', index);
    expect(within(section('Related events')).getByRole('button', { name: 'First flight' })).toBeInTheDocument();
  });
});

describe('Details: mission', () => {
  it('lists the district regions as of the day, with since date and history', async () => {
    const user = userEvent.setup();
    const mission = guangzhouCg({
      district: [
        { regions: ['CN-GD'], from: '2022-03', to: '2026-01-15', sources: [0] },
        { regions: ['CN-GD', 'CN-XJ', 'CN-BJ'], from: '2026-01-16', sources: [1] },
      ],
    });
    const { onSelect } = renderDetails('kz-cg-guangzhou', miniIndex({ missions: [mission] }));
    const district = section('Consular district as of 29 November 2026');
    expect(district).toHaveTextContent('since 16 January 2026');
    expect(within(district).getAllByRole('button').map((b) => b.textContent)).toEqual(['Beijing', 'Guangdong', 'Xinjiang']);
    const history = within(section('District history')).getAllByRole('listitem');
    expect(history.map(lineText)).toEqual([
      'March 2022 – 15 January 2026: Guangdong [1]',
      // In the order of the list above, not of the data.
      'since 16 January 2026: Beijing, Guangdong, Xinjiang [2]',
    ]);
    await user.click(within(district).getByRole('button', { name: 'Beijing' }));
    expect(onSelect).toHaveBeenCalledWith('CN-BJ');
  });

  it('shows the map symbol of its kind, its seat and its status history', () => {
    const { container } = renderDetails('cn-cg-aktobe', miniIndex({ missions: [aktobeCg()] }));
    expect(container.querySelector('svg.mission-symbol')).toHaveAttribute('data-kind', 'consulate-general');
    expect(screen.getAllByText('Consulate general').length).toBeGreaterThan(0);
    const facts = section('Key facts');
    expect(facts).toHaveTextContent('Seat: Aktobe (Aktobe Region)');
    expect(within(facts).getByRole('button', { name: 'Aktobe Region' })).toBeInTheDocument();
    expect(within(section('Status history')).getAllByRole('listitem').map(lineText)).toEqual([
      'Announced (reported June 2022) [2]',
      'Operating from July 2024 [1]',
    ]);
  });

  it('says a mission is only announced in years before it opened', () => {
    renderDetails('cn-cg-aktobe', miniIndex({ missions: [aktobeCg()] }), { view: { from: 2022, to: 2023 } });
    expect(within(section('Key facts')).getByText('announced, not yet operating')).toHaveClass('badge');
  });

  it('shows where a mission sat on the day, and its seats over time', () => {
    renderDetails('cn-emb-astana', miniIndex({ missions: [chineseEmbassy()] }));
    expect(section('Key facts')).toHaveTextContent('Seat: Astana');
    // Numbered in reading order: the seat in the key facts (Astana, the second source) is cited first.
    expect(within(section('Seats over time')).getAllByRole('listitem').map(lineText)).toEqual(['Almaty from 1992 [2]', 'Astana from 2007 [1]']);
    cleanup();
    renderDetails('cn-emb-astana', miniIndex({ missions: [chineseEmbassy()] }), { view: { from: 1995, to: 2005 } });
    expect(section('Key facts')).toHaveTextContent('Seat: Almaty');
  });

  it('explains a district that is not published', () => {
    renderDetails('kz-emb-beijing', miniIndex({ missions: [kazakhEmbassy({ districtNote: text('No district is published.') })] }));
    expect(section('District not published')).toHaveTextContent('No district is published.');
  });

  it('cites the sources of its note and district note on their lines', () => {
    const sources = [source({ publisher: 'Ministry', title: 'Opening', url: 'https://example.org/open' }), source({ publisher: 'Daily', title: 'Work with the provinces', url: 'https://example.org/work' })];
    const embassy = kazakhEmbassy({ sources, note: text('Serves the north.'), noteSources: [1], districtNote: text('Presumably the north.'), districtNoteSources: [1] });
    const { container } = renderDetails('kz-emb-beijing', miniIndex({ missions: [embassy] }));
    const district = section('District not published');
    expect(within(district).getByRole('link', { name: /^Source 2: Daily/ })).toHaveAttribute('href', 'https://example.org/work');
    const note = container.querySelector('.certainty__note')!;
    expect(lineText(note)).toMatch(/^Serves the north\. \[2\]$/);
  });
});

describe('Details: event', () => {
  const visit = () =>
    event('visit', '2025-04-10', {
      id: 'ev-visit',
      endDate: '2025-04-12',
      title: text('Akim of Almaty visits Urumqi'),
      summary: text('Talks on trade.'),
      regions: ['KZ-75'],
      places: ['urumqi'],
      from: 'KZ-75',
      to: 'CN-XJ',
      missions: ['kz-cg-guangzhou'],
      certainty: 'uncertain',
      note: text('One source only.'),
    });

  it('shows dates, visitor and host, regions involved and related missions', () => {
    renderDetails('ev-visit', miniIndex({ missions: [guangzhouCg()], events: [visit()] }));
    expect(screen.getByRole('heading', { level: 2, name: 'Akim of Almaty visits Urumqi' })).toBeInTheDocument();
    expect(screen.getAllByText(/10–12 April 2025/).length).toBeGreaterThan(0);
    expect(screen.getByText('Talks on trade.')).toBeInTheDocument();
    expect(screen.getByText('Visitor → host').nextElementSibling).toHaveTextContent('Almaty → Xinjiang');
    const regions = within(section('Regions involved')).getAllByRole('button').map((b) => b.textContent);
    expect(regions).toEqual(['Almaty', 'Xinjiang']);
    expect(within(section('Related missions')).getByRole('button', { name: /Guangzhou/ })).toBeInTheDocument();
    expect(screen.getByText('uncertain')).toBeInTheDocument();
    expect(screen.getByText('One source only.')).toBeInTheDocument();
  });

  it('writes the summary in the interface language, marked with it', async () => {
    i18n.changeLanguage('zh');
    renderDetails('ev-visit', miniIndex({ events: [visit()] }), { lang: 'zh' });
    expect(screen.getByText('Talks on trade. (zh)')).toHaveAttribute('lang', 'zh');
  });
});

describe('Details: place', () => {
  it('names the place in every language and links to its region', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderDetails('urumqi', miniIndex({}));
    expect(screen.getByRole('heading', { level: 2, name: 'Urumqi' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Xinjiang' }));
    expect(onSelect).toHaveBeenCalledWith('CN-XJ');
    expect(screen.getByText('Urumqi (zh)').closest('li')).toHaveAttribute('lang', 'zh');
  });
});

describe('Details: frame', () => {
  it('closes with Escape and with the close button', async () => {
    const user = userEvent.setup();
    const { onClose } = renderDetails('CN-GD', miniIndex({}));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('says so when nothing has the id', () => {
    renderDetails('nope', miniIndex({}));
    expect(screen.getByText('Nothing with the id “nope” is in the atlas.')).toBeInTheDocument();
  });

  it('renders nothing while the data loads', () => {
    const { container } = renderWithModel(<Details id="CN-GD" onSelect={vi.fn()} onClose={vi.fn()} />, { index: null });
    expect(container).toBeEmptyDOMElement();
  });

  it('puts focus on the new title when the selection moves from inside the panel', async () => {
    const user = userEvent.setup();
    const index = miniIndex({ missions: [guangzhouCg()] });
    const { onSelect, onClose, rerender, model } = renderDetails('CN-GD', index);
    await user.click(screen.getByRole('button', { name: 'Consulate General of Kazakhstan in Guangzhou' }));
    rerender(
      <ModelProvider value={model}>
        <Details id="kz-cg-guangzhou" onSelect={onSelect} onClose={onClose} />
      </ModelProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });
});
