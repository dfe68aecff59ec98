/**
 * Source URLs come from the data files. The schema accepts only http(s), and the panels check
 * again where a URL becomes a link (safeUrl): a `javascript:` or other URL that slipped through
 * must never be rendered as a link, and every link opens in a new tab without an opener.
 */
import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Source } from '../data/schema';
import { i18next, initI18n } from '../i18n';
import { flight, trade } from '../filter/testFixtures';
import { Details } from './Details';
import { BOUNDARIES, makeIndex } from './detailsFixtures';

beforeAll(async () => {
  initI18n('en');
  await i18next.changeLanguage('en');
});

const src = (url: string, publisher: string): Source => ({ publisher, title: `Report by ${publisher}`, url, date: '2025-01-01', lang: 'en' });
// Built after the fixtures' own schema parse, as a file that got past the validator would be.
const HOSTILE = [
  src('javascript:alert(1)', 'Script'),
  src(' JavaScript:alert(2)', 'Spaced'),
  src('data:text/html,<script>alert(3)</script>', 'Data'),
  src('//evil.example/x', 'Protocol-relative'),
  src('https://example.org/report', 'Safe'),
];

function renderDetails(id: string, index: ReturnType<typeof makeIndex>) {
  return render(
    <Details id={id} index={index} boundaries={BOUNDARIES} day="2026-12-31" range={{ from: 2019, to: 2026 }} lang="en" colours={new Map()} onSelect={vi.fn()} onClose={vi.fn()} />,
  );
}

/** Every link in the panel is http(s), opens in a new tab and drops opener and referrer. */
function expectOnlySafeLinks(container: HTMLElement) {
  for (const el of container.querySelectorAll('[href]')) expect(el.getAttribute('href')).toMatch(/^https:\/\/example\.org\//);
  const links = screen.getAllByRole('link');
  expect(links.length).toBeGreaterThan(0);
  for (const a of links) {
    expect(a).toHaveAttribute('target', '_blank');
    expect(a.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  }
}

describe('external links from data', () => {
  it('a source list renders only the http(s) source as a link; the others stay readable text', () => {
    const index = makeIndex({ links: [{ ...flight({ id: 'fl-x' }), sources: HOSTILE }] });
    const { container } = renderDetails('fl-x', index);
    expectOnlySafeLinks(container);
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(within(container).getByText('Report by Script')).toBeInTheDocument();
  });

  it('a trade table renders no link for a javascript: source', () => {
    const link = { ...trade({ id: 'tr-x', values: [{ year: 2024, usd: 1e9, source: 0 }, { year: 2023, usd: 9e8, source: 4 }] }), sources: HOSTILE };
    const { container } = renderDetails('CN-XJ', makeIndex({ links: [link] }));
    expectOnlySafeLinks(container);
    expect(screen.queryByRole('link', { name: 'Script' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Safe' })).toHaveAttribute('href', 'https://example.org/report');
  });
});
