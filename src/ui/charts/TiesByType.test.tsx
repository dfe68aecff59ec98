import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../testing/i18n';
import { LINK_STYLE } from '../../style/linkStyle';
import { TiesByType } from './TiesByType';
import { YearDots } from './YearDots';

beforeAll(() => {
  initI18n('en');
});

describe('TiesByType', () => {
  it('writes every type’s count beside a bar in the type’s map colour, scaled to the largest', () => {
    render(<TiesByType counts={{ partnership: 4, flight: 2, transport: 0, trade: 1 }} />);
    const list = screen.getByRole('list', { name: 'Ties by type' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Partnerships4', 'Flights2', 'Transport corridors0', 'Trade1']);
    const bar = (i: number) => items[i]!.querySelector<HTMLElement>('.bars__bar')!;
    expect(bar(0).style.width).toBe('100%');
    expect(bar(1).style.width).toBe('50%');
    expect(bar(2).style.width).toBe('0%');
    // No sliver for zero (the bars' minimum width is for small counts only).
    expect(parseFloat(bar(2).style.minWidth)).toBe(0);
    expect(bar(3).style.minWidth).toBe('');
    expect(bar(1)).toHaveStyle({ background: LINK_STYLE.flight.colour });
  });
});

describe('YearDots', () => {
  it('draws a dot per event and names the years with their counts', () => {
    const { container } = render(<YearDots years={[2024, 2021, 2024]} range={{ from: 2020, to: 2025 }} />);
    expect(screen.getByRole('img')).toHaveAccessibleName('Events by year: 2021 (1), 2024 (2)');
    expect(container.querySelectorAll('circle')).toHaveLength(3);
  });
});
