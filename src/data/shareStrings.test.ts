import { describe, expect, it } from 'vitest';
import { shareStrings } from './shareStrings';

describe('shareStrings', () => {
  it('leaves every value, key and nesting as it was', () => {
    const make = () => ({
      links: [
        { id: 'a', sources: [{ publisher: 'Kazinform', lang: 'ru' }], n: 3, ok: true, none: null },
        { id: 'b', sources: [{ publisher: 'Kazinform', lang: 'ru' }], tags: ['x', 'x', ['x', { y: 'x' }]] },
      ],
      meta: { version: '2.3.0' },
    });
    expect(shareStrings(make())).toEqual(make());
  });

  it('works in place and passes primitives through', () => {
    const data = { a: ['s'] };
    expect(shareStrings(data)).toBe(data);
    expect(shareStrings('s')).toBe('s');
    expect(shareStrings(42)).toBe(42);
    expect(shareStrings(null)).toBeNull();
  });
});
