import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initListStrings } from './lists/listFixtures';
import { MapSummary } from './MapSummary';

beforeAll(() => {
  initListStrings();
});

const counts = { links: 2, missions: 1, events: 5 };

describe('MapSummary', () => {
  it('announces the summary politely, in the given language, while staying out of sight', () => {
    const { rerender } = render(
      <MapSummary counts={null} regionsShown={{ cn: 34, kz: 20 }} range={null} selectedName={null} lang="ru" />,
    );
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).toBeEmptyDOMElement(); // mounted before the data, so the first summary is announced
    expect(live).toHaveClass('visually-hidden');
    rerender(
      <MapSummary
        counts={counts}
        regionsShown={{ cn: 34, kz: 20 }}
        range={{ from: 2020, to: 2025 }}
        selectedName="Гуандун"
        lang="ru"
      />,
    );
    expect(screen.getByText(/^34 провинции, 20 регионов; 2 связи/)).toBe(live);
    expect(live).toHaveTextContent('выбрано: Гуандун');
  });
});
