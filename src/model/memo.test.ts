import { describe, expect, it, vi } from 'vitest';
import { memoizeFields, memoizeLast } from './memo';

describe('memoizeLast', () => {
  it('returns the last result while every argument is the same', () => {
    const fn = vi.fn((list: readonly number[], n: number) => ({ sum: list.reduce((a, b) => a + b, 0) + n }));
    const memo = memoizeLast(fn);
    const list = [1, 2];
    const first = memo(list, 1);
    expect(memo(list, 1)).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('compares by identity: an equal but new object is a change', () => {
    const fn = vi.fn((list: readonly number[]) => list.length);
    const memo = memoizeLast(fn);
    memo([1, 2]);
    memo([1, 2]);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('recomputes when any one argument changes, and remembers only the last call', () => {
    const fn = vi.fn((a: string, b: string) => `${a}${b}`);
    const memo = memoizeLast(fn);
    memo('a', 'b');
    memo('a', 'c');
    memo('a', 'b'); // not cached any more: only the last call is kept
    expect(fn.mock.calls).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['a', 'b'],
    ]);
  });

  it('treats NaN as itself and null and undefined as different', () => {
    const fn = vi.fn((x: number | null | undefined) => String(x));
    const memo = memoizeLast(fn);
    memo(Number.NaN);
    memo(Number.NaN);
    expect(fn).toHaveBeenCalledTimes(1);
    memo(null);
    memo(undefined);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('caches a null result like any other', () => {
    const fn = vi.fn((_x: object) => null);
    const memo = memoizeLast(fn);
    const x = {};
    memo(x);
    memo(x);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('memoizeFields', () => {
  it('returns the last result while every field is the same, even in a fresh object', () => {
    const fn = vi.fn((input: { a: number[]; b: string }) => ({ n: input.a.length, b: input.b }));
    const memo = memoizeFields(fn);
    const a = [1];
    const first = memo({ a, b: 'x' });
    expect(memo({ b: 'x', a })).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('recomputes when a field changes identity, or a field comes or goes', () => {
    const fn = vi.fn((input: Record<string, unknown>) => Object.keys(input).length);
    const memo = memoizeFields(fn);
    const a = [1];
    memo({ a });
    memo({ a: [1] });
    expect(fn).toHaveBeenCalledTimes(2);
    const b = [2];
    memo({ a: b });
    memo({ a: b, c: undefined });
    expect(fn).toHaveBeenCalledTimes(4);
  });
});
