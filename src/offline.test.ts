import { describe, expect, it } from 'vitest';
import { startOffline } from './offline';
import { createAtlasStore } from './state/store';

const noticeIds = (store: ReturnType<typeof createAtlasStore>) => store.getState().notices.map((n) => n.id);

describe('startOffline', () => {
  it('says so when the data differs from the previous visit, and remembers this version', () => {
    const saved = new Map([['atlas-data-version', 'an older version']]);
    const store = createAtlasStore();
    startOffline(store, { getItem: (k) => saved.get(k) ?? null, setItem: (k, v) => void saved.set(k, v) });
    expect(noticeIds(store)).toEqual(['data-updated']);
    expect(saved.get('atlas-data-version')).toBe(__DATA_VERSION__);
  });

  it('says nothing on a first visit', () => {
    const store = createAtlasStore();
    startOffline(store, { getItem: () => null, setItem: () => {} });
    expect(noticeIds(store)).toEqual([]);
  });

  it('carries on when storage throws on read or write (blocked, or full)', () => {
    const store = createAtlasStore();
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(() => startOffline(store, { getItem: blocked, setItem: blocked })).not.toThrow();
    const full = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    expect(() => startOffline(store, { getItem: () => 'an older version', setItem: full })).not.toThrow();
    expect(noticeIds(store)).toEqual(['data-updated']);
  });
});
