import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AtlasIndex } from '../data/indexes';
import { i18next, initI18n } from '../i18n';
import { aktobeCg, beijingEmbassy, event, flight, guangzhouCg, partnership, trade } from '../filter/testFixtures';
import { Details, type DetailsProps } from './Details';
import { BOUNDARIES, makeIndex } from './detailsFixtures';

beforeAll(() => {
  initI18n('en');
});
beforeEach(async () => {
  await i18next.changeLanguage('en');
});

const source = (patch: Record<string, unknown> = {}) => ({
  publisher: 'Kazinform',
  title: 'New route to Urumqi',
  url: 'https://example.kz/news/urumqi',
  date: '2026-01-16',
  lang: 'ru',
  ...patch,
});

function renderDetails(id: string, index: AtlasIndex, patch: Partial<DetailsProps> = {}) {
  const props: DetailsProps = {
    id,
    index,
    boundaries: BOUNDARIES,
    day: '2026-12-31',
    range: { from: 2020, to: 2026 },
    lang: 'en',
    colours: new Map([['kz-cg-guangzhou', '#0072B2']]),
    onSelect: vi.fn(),
    onClose: vi.fn(),
    ...patch,
  };
  const utils = render(<Details {...props} />);
  return { ...utils, props };
}

const section = (name: string) => screen.getByRole('region', { name });

describe('Details: region', () => {
  it('shows the serving mission, its colour and since when', () => {
    const { container } = renderDetails('CN-GD', makeIndex({ missions: [guangzhouCg(), beijingEmbassy()] }));
    expect(screen.getByRole('heading', { level: 2, name: 'Guangdong' })).toBeInTheDocument();
    const district = section('Consular district');
    expect(within(district).getByRole('button', { name: 'Consulate General of Kazakhstan in Guangzhou' })).toBeInTheDocument();
    expect(district).toHaveTextContent('since 16 January 2026');
    expect(container.querySelector('.swatch')).toHaveStyle({ background: '#0072B2' });
  });

  it('says the district is not published before the consulate took the region over, with the embassy note', () => {
    const index = makeIndex({
      missions: [guangzhouCg(), beijingEmbassy({ districtNote: { en: 'Presumably served by the embassy.', ru: 'Вероятно, посольство.' } })],
    });
    renderDetails('CN-GD', index, { day: '2025-12-31', range: { from: 2020, to: 2025 } });
    const district = section('Consular district');
    expect(district).toHaveTextContent('The mission serving this region is not published.');
    expect(within(district).getByRole('button', { name: 'Embassy of Kazakhstan in Beijing' })).toBeInTheDocument();
    expect(district).toHaveTextContent('Presumably served by the embassy.');
    expect(within(district).queryByRole('button', { name: /Guangzhou/ })).toBeNull();
  });

  it('lists links active in the years by type, with partners, dates and a count of the rest', () => {
    const index = makeIndex({
      links: [
        flight({ id: 'fl-ala-urc', a: 'almaty', b: 'urumqi', from: '2024-06', title: { en: 'Almaty – Urumqi', ru: 'Алматы – Урумчи' } }),
        partnership({ id: 'ps-ala-xj', a: 'KZ-75', b: 'CN-XJ', from: '2015-09', title: { en: 'Almaty – Xinjiang', ru: 'Алматы – Синьцзян' } }),
        partnership({ id: 'ps-old', a: 'KZ-75', b: 'CN-GD', from: '2001', to: '2005' }),
      ],
    });
    renderDetails('KZ-75', index);
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

  it('lists the events of the selected years in date order', () => {
    const index = makeIndex({
      events: [
        event('forum', '2025-09-03', { id: 'ev-late', title: { en: 'Late forum', ru: 'Поздний форум' } }),
        event('visit', '2023-04', { id: 'ev-early', title: { en: 'Early visit', ru: 'Ранний визит' } }),
        event('visit', '2010', { id: 'ev-old' }),
      ],
    });
    renderDetails('KZ-75', index);
    const events = section('Events');
    const items = within(events).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['April 2023 Early visit', '3 September 2025 Late forum']);
    expect(events).toHaveTextContent('1 more event outside the selected years');
  });

  it('shows trade figures by year, keeping conflicting figures side by side with their sources', () => {
    const index = makeIndex({
      links: [
        trade({
          id: 'tr-kz-xj',
          a: 'KZ',
          b: 'CN-XJ',
          from: '2023',
          to: '2024',
          title: { en: 'Kazakhstan – Xinjiang trade', ru: 'Торговля Казахстан – Синьцзян' },
          sources: [source({ publisher: 'Urumqi Customs' }), source({ publisher: 'Kazakh Statistics', url: 'https://stat.example.kz/' })],
          values: [
            { year: 2024, usd: 2.94e9, growthPct: 12.3, source: 0 },
            { year: 2023, usd: 2.6e9, source: 0 },
            { year: 2024, usd: 3.1e9, certainty: 'uncertain', source: 1 },
          ],
        }),
      ],
    });
    renderDetails('CN-XJ', index);
    const table = within(section('Trade figures')).getByRole('table', { name: 'Kazakhstan – Xinjiang trade' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['2023', 'USD 2.6 bn ', '—', 'Urumqi Customs'],
      ['2024', 'USD 2.94 bn ', '+12.3%', 'Urumqi Customs'],
      ['2024', 'USD 3.1 bn uncertain', '—', 'Kazakh Statistics'],
    ]);
    expect(within(rows[2]!).getByRole('link', { name: 'Kazakh Statistics' })).toHaveAttribute('href', 'https://stat.example.kz/');
  });

  it('moves the selection when a linked name is chosen', async () => {
    const user = userEvent.setup();
    const { props } = renderDetails('CN-GD', makeIndex({ missions: [guangzhouCg()] }));
    await user.click(screen.getByRole('button', { name: 'Consulate General of Kazakhstan in Guangzhou' }));
    expect(props.onSelect).toHaveBeenCalledWith('kz-cg-guangzhou');
  });
});

describe('Details: link', () => {
  const route = () =>
    flight({
      id: 'fl-ala-urc',
      a: 'almaty',
      b: 'urumqi',
      from: '2025-06',
      carrier: 'China Southern',
      cargo: true,
      frequency: [
        { from: '2025-06', perWeek: 3 },
        { from: '2026-01', perWeek: 5 },
      ],
      suspended: [{ from: '2025-10', to: '2025-11' }],
      sources: [source(), source({ publisher: 'CAAC', title: 'Summer schedule', url: 'https://caac.example.cn/s', date: null, lang: 'zh' })],
    });

  it('shows a flight with carrier, frequency over time, suspensions and endpoints', () => {
    renderDetails('fl-ala-urc', makeIndex({ links: [route()] }));
    expect(screen.getByRole('heading', { level: 2, name: 'Almaty – Urumqi' })).toBeInTheDocument();
    expect(screen.getByText('Carrier').nextElementSibling).toHaveTextContent('China Southern cargo');
    expect(screen.getByText('3/week from June 2025')).toBeInTheDocument();
    expect(screen.getByText('5/week from January 2026')).toBeInTheDocument();
    expect(screen.getByText('October 2025 – November 2025')).toBeInTheDocument();
    // A city named like its region is shown once, as the region's link.
    const between = screen.getByText('Between').nextElementSibling as HTMLElement;
    expect(between).toHaveTextContent(/^Almaty — Urumqi \(Xinjiang\)$/);
    expect(within(between).getAllByRole('button').map((b) => b.textContent)).toEqual(['Almaty', 'Xinjiang']);
  });

  it('writes the frequency in Russian with the month in the genitive', async () => {
    await i18next.changeLanguage('ru');
    renderDetails('fl-ala-urc', makeIndex({ links: [route()] }), { lang: 'ru' });
    expect(screen.getByText(/^3 в неделю с июня 2025/)).toBeInTheDocument();
  });

  it('renders sources as external links with publisher, title, date and language', () => {
    renderDetails('fl-ala-urc', makeIndex({ links: [route()] }));
    const items = within(section('Sources')).getAllByRole('listitem');
    const link = within(items[0]!).getByRole('link', { name: /New route to Urumqi/ });
    expect(link).toHaveAttribute('href', 'https://example.kz/news/urumqi');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(items[0]).toHaveTextContent('Kazinform: New route to Urumqi (opens in a new tab) · 16 January 2026 · ru');
    expect(items[1]).toHaveTextContent('CAAC: Summer schedule (opens in a new tab) · undated · zh');
  });

  it('never turns hostile text into markup', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const { container } = renderDetails(
      'fl-ala-urc',
      makeIndex({ links: [flight({ id: 'fl-ala-urc', title: { en: hostile, ru: hostile }, sources: [source({ title: hostile, publisher: hostile })] })] }),
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(hostile);
  });

  it('marks an uncertain link with a badge and its note', () => {
    const index = makeIndex({
      links: [partnership({ id: 'ps-x', certainty: 'uncertain', note: { en: 'Only one regional outlet reports it.', ru: 'Сообщает лишь одно издание.' } })],
    });
    renderDetails('ps-x', index);
    expect(screen.getByText('uncertain')).toHaveClass('badge');
    expect(screen.getByText('Only one regional outlet reports it.')).toBeInTheDocument();
  });

  it('lists events that refer to the link', () => {
    const index = makeIndex({
      links: [route()],
      events: [event('flight', '2025-06-02', { id: 'ev-launch', links: ['fl-ala-urc'], title: { en: 'First flight', ru: 'Первый рейс' } })],
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
        { regions: ['CN-GD'], from: '2022-03', to: '2026-01-15' },
        { regions: ['CN-GD', 'CN-GX', 'CN-FJ', 'CN-HI'], from: '2026-01-16' },
      ],
    });
    const { props } = renderDetails('kz-cg-guangzhou', makeIndex({ missions: [mission] }));
    const district = section('Consular district as of 31 December 2026');
    expect(district).toHaveTextContent('since 16 January 2026');
    const names = within(district).getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Fujian', 'Guangdong', 'Guangxi', 'Hainan']);
    const history = within(section('District history')).getAllByRole('listitem');
    expect(history.map((li) => li.textContent)).toEqual([
      'March 2022 – 15 January 2026: Guangdong',
      'since 16 January 2026: Guangdong, Guangxi, Fujian, Hainan',
    ]);
    await user.click(within(district).getByRole('button', { name: 'Hainan' }));
    expect(props.onSelect).toHaveBeenCalledWith('CN-HI');
  });

  it('shows the map symbol of its kind and its city', () => {
    const { container } = renderDetails('cn-cg-aktobe', makeIndex({ missions: [aktobeCg()] }));
    expect(container.querySelector('svg.mission-symbol')).toHaveAttribute('data-kind', 'consulate-general');
    expect(screen.getAllByText('Consulate general').length).toBeGreaterThan(0);
    const city = screen.getByText('City').nextElementSibling as HTMLElement;
    expect(city).toHaveTextContent('Aktobe (Aktobe Region)');
    expect(within(city).getByRole('button', { name: 'Aktobe Region' })).toBeInTheDocument();
  });

  it('explains a district that is not published', () => {
    renderDetails('kz-emb-beijing', makeIndex({ missions: [beijingEmbassy({ districtNote: { en: 'No district is published.', ru: 'Округ не опубликован.' } })] }));
    expect(section('District not published')).toHaveTextContent('No district is published.');
  });
});

describe('Details: event', () => {
  const visit = () =>
    event('visit', '2025-04-10', {
      id: 'ev-visit',
      endDate: '2025-04-12',
      title: { en: 'Akim of Almaty visits Urumqi', ru: 'Аким Алматы посетил Урумчи' },
      summary: { en: 'Talks on trade.', ru: 'Переговоры о торговле.' },
      regions: ['KZ-75'],
      places: ['urumqi'],
      from: 'KZ-75',
      to: 'CN-XJ',
      missions: ['kz-cg-guangzhou'],
      certainty: 'uncertain',
    });

  it('shows dates, visitor and host, regions involved and related missions', () => {
    renderDetails('ev-visit', makeIndex({ missions: [guangzhouCg()], events: [visit()] }));
    expect(screen.getByRole('heading', { level: 2, name: 'Akim of Almaty visits Urumqi' })).toBeInTheDocument();
    expect(screen.getAllByText(/10 April 2025 – 12 April 2025/).length).toBeGreaterThan(0);
    expect(screen.getByText('Talks on trade.')).toBeInTheDocument();
    const regions = within(section('Regions involved')).getAllByRole('button').map((b) => b.textContent);
    expect(regions).toEqual(['Almaty', 'Xinjiang']);
    expect(within(section('Related missions')).getByRole('button', { name: /Guangzhou/ })).toBeInTheDocument();
    expect(screen.getByText('uncertain')).toBeInTheDocument();
  });

  it('falls back to another language for the summary and says which', async () => {
    await i18next.changeLanguage('zh');
    renderDetails('ev-visit', makeIndex({ events: [visit()] }), { lang: 'zh' });
    const summary = screen.getByText(/Talks on trade\./);
    expect(summary).toHaveAttribute('lang', 'en');
    expect(summary).toHaveTextContent('（英文）');
  });
});

describe('Details: frame', () => {
  it('closes with Escape and with the close button', async () => {
    const user = userEvent.setup();
    const { props } = renderDetails('CN-GD', makeIndex({}));
    await user.keyboard('{Escape}');
    expect(props.onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('says so when nothing has the id', () => {
    renderDetails('nope', makeIndex({}));
    expect(screen.getByText('Nothing with the id “nope” is in the atlas.')).toBeInTheDocument();
  });

  it('puts focus on the new title when the selection moves from inside the panel', async () => {
    const user = userEvent.setup();
    const index = makeIndex({ missions: [guangzhouCg()] });
    const { props, rerender } = renderDetails('CN-GD', index);
    await user.click(screen.getByRole('button', { name: 'Consulate General of Kazakhstan in Guangzhou' }));
    rerender(<Details {...props} id="kz-cg-guangzhou" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });
});
