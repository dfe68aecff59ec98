import { describe, expect, it } from 'vitest';
import { firstThatFits } from './fittingPlaceholder';

// Width by character count: a stand-in for the canvas measure, which jsdom has not.
const byLength = (text: string) => text.length * 10;

describe('firstThatFits', () => {
  const choices = ['Regions, cities, links, events…', 'Search…'];

  it('keeps the longest choice where it fits', () => {
    expect(firstThatFits(choices, 310, byLength)).toBe('Regions, cities, links, events…');
  });

  it('falls back to a shorter choice where the longest would be cut', () => {
    expect(firstThatFits(choices, 309, byLength)).toBe('Search…');
  });

  it('takes the last choice where none fits', () => {
    expect(firstThatFits(choices, 20, byLength)).toBe('Search…');
  });
});
