/**
 * Source URLs come from the data files. The schema accepts only http(s), and the panels check
 * again where a URL becomes a link (safeUrl): a `javascript:` or other URL that slipped through
 * must never be rendered as a link, and every link opens in a new tab without an opener.
 */
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Source } from '../data/schema';
import { i18n, initI18n } from '../testing/i18n';
import { flight, miniIndex, trade } from '../testing/fixtures';
import { renderWithModel } from '../testing/render';
import { Details } from './details/Details';

beforeAll(async () => {
  initI18n('en');
  i18n.changeLanguage('en');
});

const src = (url: string, publisher: string): Source => ({ publisher, title: `Report by ${publisher}`, url, date: '2025-01-01', lang: 'en' });
// Put in after the fixtures' own schema parse, as a file that got past the validator would be.
const HOSTILE = [
  src('javascript:alert(1)', 'Script'),
  src(' JavaScript:alert(2)', 'Spaced'),
  src('data:text/html,<script>alert(3)</script>', 'Data'),
  src('//evil.example/x', 'Protocol-relative'),
  src('https://example.org/report', 'Safe'),
];

/** Every link in the panel is http(s), opens in a new tab and drops opener and referrer. */
function expectOnlySafeLinks(container: HTMLElement) {
  for (const el of container.querySelectorAll('[href]')) expect(el.getAttribute('href')).toMatch(/^https:\/\/example\.org\//);
  const links = within(container).getAllByRole('link');
  expect(links.length).toBeGreaterThan(0);
  for (const a of links) {
    expect(a).toHaveAttribute('target', '_blank');
    expect(a.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  }
}

describe('external links from data', () => {
  it('a tie’s markers and source list link only the http(s) source; the others stay readable text', () => {
    const index = miniIndex({ links: [{ ...flight({ id: 'fl-x', status: [{ status: 'operating', from: '2024', sources: [0, 1, 2, 3, 4] }] }), sources: HOSTILE }] });
    const { container } = renderWithModel(<Details id="fl-x" onSelect={vi.fn()} onClose={vi.fn()} />, { index, view: { sel: 'fl-x' } });
    expectOnlySafeLinks(container);
    const list = within(screen.getByRole('region', { name: 'Sources' }));
    expect(list.getAllByRole('link')).toHaveLength(1);
    expect(list.getByText('Report by Script')).toBeInTheDocument();
  });

  it('a trade chart’s table renders no link for a javascript: source', () => {
    const link = {
      ...trade({
        id: 'tr-x',
        values: [
          { year: 2024, value: 1e9, unit: 'usd', reporter: 'KZ', source: 0 },
          { year: 2023, value: 9e8, unit: 'usd', reporter: 'KZ', source: 4 },
        ],
      }),
      sources: HOSTILE,
    };
    const { container } = renderWithModel(<Details id="tr-x" onSelect={vi.fn()} onClose={vi.fn()} />, { index: miniIndex({ links: [link] }), view: { sel: 'tr-x' } });
    expectOnlySafeLinks(container);
    expect(screen.queryByRole('link', { name: /Script/ })).toBeNull();
  });
});
