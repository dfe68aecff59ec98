import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../testing/i18n';
import { YearDots } from './YearDots';

beforeAll(() => {
  initI18n('en');
});

describe('YearDots', () => {
  it('stacks a dot per event over its year and names the counts', () => {
    const { container } = render(<YearDots years={[2021, 2021, 2024]} range={{ from: 2020, to: 2024 }} />);
    const cx = [...container.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cx')));
    expect(cx[0]).toBe(cx[1]);
    expect(cx[2]).toBe(312); // the last year sits at the right end (320 wide, 8 of margin)
    expect(screen.getByRole('img')).toHaveAccessibleName('Events by year: 2021 (2), 2024 (1)');
  });

  it('keeps an event that began before the years shown inside the picture, at their first year', () => {
    const { container } = render(<YearDots years={[2019, 2021]} range={{ from: 2020, to: 2022 }} />);
    const cx = [...container.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cx')));
    expect(cx[0]).toBe(8);
    expect(cx.every((x) => x >= 8 && x <= 312)).toBe(true);
  });
});
