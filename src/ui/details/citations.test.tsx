import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Lang, Source } from '../../data/schema';
import { fixedT, i18n, initI18n } from '../../testing/i18n';
import { SOURCES } from '../../testing/fixtures';
import { Cite, CitationsProvider, CitedSources, createCitations, provenance, tipShift } from './citations';

beforeAll(() => {
  initI18n('en');
});
afterEach(() => {
  cleanup(); // unmount before switching the language back
  i18n.changeLanguage('en');
});

const [ministry, daily] = SOURCES as [Source, Source];
const undated: Source = { publisher: 'Akimat', title: 'Plan', url: 'https://akimat.example.kz/plan', date: null, lang: 'kk' };
const hostile: Source = { publisher: 'Evil', title: 'Click me', url: 'javascript:alert(1)', date: '2025', lang: 'en' };
const ftp: Source = { publisher: 'Archive', title: 'Old file', url: 'ftp://archive.example.org/a.pdf', date: '2024', lang: 'ru' };

/** A panel: some lines with markers, then the numbered list (with the record's own sources, if given). */
function renderPanel(lines: Source[][], own?: Source[], lang: Lang = 'en') {
  return render(
    <CitationsProvider value={createCitations()}>
      {lines.map((sources, i) => (
        <p key={i} data-testid={`line-${i}`}>
          Line {i} <Cite sources={sources} lang={lang} />
        </p>
      ))}
      <CitedSources lang={lang} own={own} />
    </CitationsProvider>,
  );
}

const markers = (i: number) => [...screen.getByTestId(`line-${i}`).querySelectorAll('.cite__marker')].map((m) => m.textContent);
const listed = () =>
  within(screen.getByRole('region', { name: 'Sources' }))
    .getAllByRole('listitem')
    .map((li) => [li.getAttribute('value'), li.querySelector('.source__publisher')?.textContent]);

describe('provenance', () => {
  const XINHUA = { en: 'Xinhua', ru: 'Синьхуа', kk: 'Синьхуа', zh: '新华社' };
  const KTZ = { en: 'KTZ', ru: 'КТЖ', kk: 'ҚТЖ', zh: '哈铁' };
  const mirrored: Source = { ...undated, publisher: 'Xinhua', lang: 'zh', mirror: true, via: 'office369.com' };

  it('says how a page was read in the interface language, with sites as given and the cited outlet in that language', () => {
    expect(provenance(mirrored, fixedT('en'), 'en')).toBe('read via a mirror copy on office369.com');
    expect(provenance({ ...undated, via: 'Sohu' }, fixedT('zh'), 'zh')).toBe('经Sohu转载');
    expect(provenance({ ...undated, citing: XINHUA }, fixedT('ru'), 'ru')).toBe('со ссылкой на Синьхуа');
    expect(provenance({ ...undated, citing: XINHUA }, fixedT('zh'), 'zh')).toBe('援引新华社报道');
    expect(provenance({ ...undated, via: 'ru24.pro' }, fixedT('kk'), 'kk')).toBe('ru24.pro сайтында');
  });

  it('joins a copy and a cited source with the language’s separator, and says nothing of a page read at its publisher', () => {
    expect(provenance({ ...undated, mirror: true, citing: KTZ }, fixedT('en'), 'en')).toBe('read via a mirror copy on akimat.example.kz, citing KTZ');
    expect(provenance({ ...undated, mirror: true, citing: KTZ }, fixedT('zh'), 'zh')).toBe('akimat.example.kz上的镜像副本，援引哈铁报道');
    expect(provenance(undated, fixedT('en'), 'en')).toBeNull();
  });

  it('names a mirror by the site its link leads to when the record names none', () => {
    const copy: Source = { ...undated, publisher: 'People’s Daily', mirror: true, url: 'http://www.news.example.net/test/mqq.php?a=1' };
    expect(provenance(copy, fixedT('en'), 'en')).toBe('read via a mirror copy on news.example.net');
    expect(provenance(copy, fixedT('kk'), 'kk')).toBe('news.example.net сайтындағы айна көшірмесі');
    // A record's own name for the site wins; a link that is no URL leaves the site unnamed.
    expect(provenance({ ...copy, via: 'Example mirror' }, fixedT('en'), 'en')).toBe('read via a mirror copy on Example mirror');
    expect(provenance({ ...copy, url: 'not a url' }, fixedT('en'), 'en')).toBe('read via a mirror copy');
  });

  it('shows it after the publisher in the list and in the hover text', () => {
    renderPanel([[mirrored]]);
    const item = within(screen.getByRole('region', { name: 'Sources' })).getByRole('listitem');
    expect(item).toHaveTextContent(/^Xinhua \(read via a mirror copy on office369\.com\): Plan/);
    expect(screen.getByRole('tooltip')).toHaveTextContent(/^Xinhua \(read via a mirror copy on office369\.com\), undated, zh$/);
  });

  it('marks a title with its own language, and the link with the page’s', () => {
    const english: Source = { ...daily, title: 'Khorgos ICBC resumes work', lang: 'ru' };
    const original: Source = { ...ministry, url: 'https://example.org/ru', title: 'МЦПС «Хоргос» возобновляет работу', lang: 'ru' };
    renderPanel([[english, original]]);
    const first = screen.getByRole('link', { name: /Khorgos ICBC resumes work/ });
    expect(first).toHaveAttribute('lang', 'en');
    expect(first).toHaveAttribute('hreflang', 'ru');
    expect(screen.getByRole('link', { name: /МЦПС/ })).toHaveAttribute('lang', 'ru');
  });

  it('shows a page without a headline by its description, in the reader’s language and in square brackets', () => {
    const { title: _headline, ...page } = daily;
    const described: Source = { ...page, lang: 'ru', described: { en: 'Khorgos ICBC resumes work', ru: 'МЦПС «Хоргос» возобновляет работу', kk: '«Қорғас» ХШЫО жұмысын жалғастырады', zh: '霍尔果斯国际边境合作中心恢复运营' } };
    i18n.changeLanguage('zh');
    renderPanel([[described]], undefined, 'zh');
    const link = screen.getByRole('link', { name: /^\[霍尔果斯国际边境合作中心恢复运营\]/ });
    expect(link).toHaveAttribute('lang', 'zh');
    expect(link).toHaveAttribute('hreflang', 'ru');
  });

  it('says in the reader’s language that a page names no outlet', () => {
    i18n.changeLanguage('zh');
    const unnamed: Source = { ...undated, publisher: null, lang: 'zh', via: 'z.3490.cn' };
    render(
      <CitationsProvider value={createCitations()}>
        <Cite sources={[unnamed]} lang="zh" />
      </CitationsProvider>,
    );
    expect(screen.getByRole('tooltip')).toHaveTextContent(/^未署名媒体（经z\.3490\.cn转载），无日期，zh$/);
    expect(screen.getByRole('link', { name: /^来源1：未署名媒体，/ })).toBeInTheDocument();
    expect(screen.getByText('未署名媒体')).not.toHaveAttribute('lang');
  });

  it('writes the hover text with the interface language’s punctuation', () => {
    i18n.changeLanguage('zh');
    render(
      <CitationsProvider value={createCitations()}>
        <Cite sources={[mirrored]} lang="zh" />
      </CitationsProvider>,
    );
    expect(screen.getByRole('tooltip')).toHaveTextContent(/^Xinhua（office369\.com上的镜像副本），无日期，zh$/);
  });
});

describe('createCitations', () => {
  it('numbers sources in the order they are first cited; the same source keeps its number', () => {
    const c = createCitations();
    expect(c.number(daily)).toBe(1);
    expect(c.number(ministry)).toBe(2);
    expect(c.number({ ...daily })).toBe(1); // the same source, another object
    expect(c.number({ ...daily, title: 'Another report' })).toBe(3); // same site, another page
    expect(c.list().map((s) => s.title)).toEqual(['Сообщение', 'Press release', 'Another report']);
  });
});

describe('Cite and CitedSources', () => {
  it('numbers markers in reading order, keeps a source’s number when cited again, and shows a line’s markers in number order', () => {
    renderPanel([[daily], [ministry, daily, ministry], [undated]]);
    expect(markers(0)).toEqual(['[1]']);
    // Given as ministry, daily, ministry: shown once each, in number order.
    expect(markers(1)).toEqual(['[1]', '[2]']);
    expect(markers(2)).toEqual(['[3]']);
    expect(listed()).toEqual([
      ['1', 'Example Daily'],
      ['2', 'Example Ministry'],
      ['3', 'Akimat'],
    ]);
  });

  it('makes each marker a link to its source, named and described by publisher, date and language', () => {
    renderPanel([[daily]]);
    const marker = within(screen.getByTestId('line-0')).getByRole('link');
    expect(marker).toHaveAttribute('href', daily.url);
    expect(marker).toHaveAttribute('target', '_blank');
    expect(marker).toHaveAttribute('rel', 'noopener noreferrer');
    expect(marker).toHaveAccessibleName('Source 1: Example Daily, February 2026, ru (opens in a new tab)');
    expect(marker).toHaveAccessibleDescription('Example Daily, February 2026, ru');
  });

  it('lists the record’s uncited sources after the cited ones', () => {
    renderPanel([[daily]], [ministry, daily]);
    expect(listed()).toEqual([
      ['1', 'Example Daily'],
      ['2', 'Example Ministry'],
    ]);
  });

  it('writes an undated source as such', () => {
    renderPanel([[undated]]);
    expect(within(screen.getByRole('region', { name: 'Sources' })).getByRole('listitem')).toHaveTextContent('· undated · kk');
    expect(screen.getByRole('tooltip')).toHaveTextContent(/^Akimat, undated, kk$/);
  });

  it('marks the publisher with the language it is written in, in the hover text and the list', () => {
    renderPanel([[daily]]);
    const publishers = screen.getAllByText('Example Daily');
    expect(publishers).toHaveLength(2);
    for (const p of publishers) expect(p).toHaveAttribute('lang', 'en');
  });

  it('links only http(s) URLs: a javascript: or ftp: source gets no link and no href', () => {
    const { container } = renderPanel([[hostile], [ftp], [daily]]);
    expect(within(screen.getByTestId('line-0')).queryByRole('link')).toBeNull();
    expect(within(screen.getByTestId('line-1')).queryByRole('link')).toBeNull();
    // Still numbered and named, as text that keyboard users can reach.
    expect(markers(0)).toEqual(['[1]']);
    expect(screen.getByTestId('line-0').querySelector('.cite__marker')).toHaveAttribute('tabindex', '0');
    const sources = within(screen.getByRole('region', { name: 'Sources' }));
    expect(sources.getByText('Click me').closest('a')).toBeNull();
    expect(sources.getByText('Old file').closest('a')).toBeNull();
    // Nothing anywhere points at the hostile URL; the one link left is the https source.
    expect(container.querySelectorAll('[href^="javascript"], [href^="ftp"]')).toHaveLength(0);
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([daily.url, daily.url]);
  });

  it('shows no sources section when nothing is cited, and says the sources have not loaded', () => {
    renderPanel([[]], []);
    expect(screen.queryByRole('region', { name: 'Sources' })).toBeNull();
    expect(screen.getByTestId('line-0').querySelector('.cite-group')).toBeNull();
    expect(screen.getByText(/could not be loaded yet/)).toBeInTheDocument();
  });

  it('ends a panel without records of its own (a region without ties) with nothing: no list, no loading notice', () => {
    const { container } = renderPanel([[]]);
    expect(screen.queryByRole('region', { name: 'Sources' })).toBeNull();
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
    expect(container.querySelector('.muted')).toBeNull();
  });

  it('says the record’s own sources have not loaded (its file failed) even when related lines cite theirs', () => {
    renderPanel([[daily]], []);
    expect(screen.getByText(/could not be loaded yet/)).toBeInTheDocument();
    expect(listed()).toEqual([['1', 'Example Daily']]);
  });

  it('says nothing about loading when the record has its own sources', () => {
    renderPanel([[daily]], [ministry]);
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
  });

  it('skips sources a line cites by an index the record does not have', () => {
    render(
      <CitationsProvider value={createCitations()}>
        <p data-testid="line-0">
          <Cite sources={[undefined, daily]} lang="en" />
        </p>
      </CitationsProvider>,
    );
    expect(markers(0)).toEqual(['[1]']);
  });

  it('refuses a marker outside a panel', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Cite sources={[daily]} lang="en" />)).toThrow(/outside a details panel/);
  });
});

describe('source tooltips', () => {
  it('stay inside the panel: shifted left only as far as the right edge needs and the left edge allows', () => {
    expect(tipShift(920, 200, 900, 1280)).toBe(0);
    expect(tipShift(1200, 200, 900, 1280)).toBe(-128);
    // Wider than the room on the right: as far left as the panel's own edge, no further.
    expect(tipShift(950, 400, 900, 1280)).toBe(-42);
  });

  it('close on Escape without letting it close the panel; the next Escape goes on', () => {
    renderPanel([[ministry]]);
    const marker = screen.getByTestId('line-0').querySelector('.cite__marker') as HTMLElement;
    marker.focus();
    const first = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => {
      marker.dispatchEvent(first);
    });
    expect(first.defaultPrevented).toBe(true);
    expect(marker.closest('.cite')).toHaveClass('cite--dismissed');
    const second = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => {
      marker.dispatchEvent(second);
    });
    expect(second.defaultPrevented).toBe(false);
    // Shown again on the next focus.
    act(() => {
      marker.blur();
      marker.focus();
    });
    expect(marker.closest('.cite')).not.toHaveClass('cite--dismissed');
  });
});
