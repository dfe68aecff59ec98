import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../data/schema';
import { fixedT, i18n, initI18n } from '../testing/i18n';
import { LANG_STORAGE_KEY, type LangStorage } from '../i18n/langPreference';
import { defaultView } from '../view/view';
import { startLanguage } from './language';
import { createAtlasStore } from './store';

const memoryStorage = (saved: Lang | null = null): LangStorage => {
  const data: Record<string, string> = saved ? { [LANG_STORAGE_KEY]: saved } : {};
  return { getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
};

/** A store whose URL said `urlLang`. */
const storeWith = (urlLang: Lang | null) => createAtlasStore({ view: { ...defaultView(), lang: urlLang } });

describe('startLanguage: which language', () => {
  it('takes the URL’s language over the saved one and the browser’s', () => {
    const store = storeWith('zh');
    startLanguage(store, { languages: ['ru-RU'], storage: memoryStorage('kk'), apply: () => {} });
    expect(store.getState().lang).toBe('zh');
  });

  it('takes the saved language over the browser’s', () => {
    const store = storeWith(null);
    startLanguage(store, { languages: ['ru-RU'], storage: memoryStorage('kk'), apply: () => {} });
    expect(store.getState().lang).toBe('kk');
  });

  it('takes the first supported browser language, else English', () => {
    const a = storeWith(null);
    startLanguage(a, { languages: ['de-DE', 'ru-RU', 'zh-CN'], storage: memoryStorage(), apply: () => {} });
    expect(a.getState().lang).toBe('ru');
    const b = storeWith(null);
    startLanguage(b, { languages: ['de-DE', 'fr'], storage: null, apply: () => {} });
    expect(b.getState().lang).toBe('en');
  });

  it('follows the URL’s language when it changes, and falls back when it is cleared', () => {
    const store = storeWith(null);
    startLanguage(store, { languages: ['ru'], storage: memoryStorage('kk'), apply: () => {} });
    store.getState().setLang('zh');
    expect(store.getState().lang).toBe('zh');
    store.getState().setLang(null);
    expect(store.getState().lang).toBe('kk');
  });
});

describe('startLanguage: applying it', () => {
  beforeAll(() => {
    initI18n('en');
  });
  afterEach(async () => {
    i18n.changeLanguage('en');
  });

  it('applies the language before the store’s `lang` changes, at start and later', () => {
    const store = storeWith(null);
    const seen: [Lang, Lang][] = []; // [applied, store's lang at that moment]
    startLanguage(store, {
      languages: [],
      storage: memoryStorage('ru'),
      apply: (lang) => void seen.push([lang, store.getState().lang]),
    });
    store.getState().setLang('kk');
    // The store still held the previous language while `apply` ran.
    expect(seen).toEqual([
      ['ru', 'en'],
      ['kk', 'ru'],
    ]);
  });

  it('has the strings switched already for a subscriber added after start', () => {
    const store = storeWith(null);
    startLanguage(store, { languages: ['en'], storage: null, apply: (lang) => i18n.changeLanguage(lang) });
    const heard: string[] = [];
    store.subscribe((state, prev) => {
      if (state.lang !== prev.lang) heard.push(`${state.lang}:${i18n.t('langSwitch.label')}`);
    });
    store.getState().setLang('ru');
    // (The language is set inside the URL change's notification, so zustand may tell a
    // late subscriber twice; what matters is that it never sees the old strings.)
    expect(heard.length).toBeGreaterThan(0);
    const russian = fixedT('ru')('langSwitch.label');
    expect(russian).not.toBe(fixedT('en')('langSwitch.label'));
    for (const h of heard) expect(h).toBe(`ru:${russian}`);
  });

  it('applies only when the resolved language changes', () => {
    const store = storeWith(null);
    const apply = vi.fn();
    startLanguage(store, { languages: ['ru'], storage: null, apply });
    expect(apply).toHaveBeenCalledTimes(1);
    expect(apply).toHaveBeenLastCalledWith('ru');
    // Other view changes, and a URL language equal to the one in use, change nothing.
    store.getState().select('CN-GD');
    store.getState().setYearRange(2000, 2010);
    store.getState().setLang('ru');
    expect(apply).toHaveBeenCalledTimes(1);
    store.getState().setLang('zh');
    expect(apply).toHaveBeenCalledTimes(2);
    expect(apply).toHaveBeenLastCalledWith('zh');
  });

  it('with strings still to fetch, switches the strings and the store together once they are in', async () => {
    const store = storeWith(null);
    const pending = new Map<Lang, () => void>();
    const apply = vi.fn();
    startLanguage(store, {
      languages: [],
      storage: null,
      apply,
      load: (lang) => new Promise<void>((resolve) => void pending.set(lang, resolve)),
    });
    pending.get('en')!();
    await vi.waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
    store.getState().setLang('zh');
    await Promise.resolve();
    expect(apply).toHaveBeenCalledTimes(1);
    expect(store.getState().lang).toBe('en');
    pending.get('zh')!();
    await vi.waitFor(() => expect(store.getState().lang).toBe('zh'));
    expect(apply).toHaveBeenLastCalledWith('zh');
  });

  it('lets a later choice win over a slower earlier one', async () => {
    const store = storeWith(null);
    const pending = new Map<Lang, () => void>();
    const apply = vi.fn();
    startLanguage(store, { languages: [], storage: null, apply, load: (lang) => new Promise<void>((resolve) => void pending.set(lang, resolve)) });
    pending.get('en')!();
    store.getState().setLang('zh');
    store.getState().setLang('kk');
    pending.get('kk')!();
    await vi.waitFor(() => expect(store.getState().lang).toBe('kk'));
    pending.get('zh')!();
    await new Promise((r) => setTimeout(r, 0));
    // en and zh were overtaken before their strings arrived: only kk was switched in.
    expect(store.getState().lang).toBe('kk');
    expect(apply.mock.calls.map(([l]) => l)).toEqual(['kk']);
  });

  it('keeps the language in use when the new one’s strings fail, and retries when chosen again', async () => {
    const store = storeWith(null);
    let fail = true;
    const load = vi.fn((lang: Lang) => (lang !== 'en' && fail ? Promise.reject(new Error('offline')) : Promise.resolve()));
    const apply = vi.fn();
    startLanguage(store, { languages: [], storage: null, apply, load });
    store.getState().setLang('ru');
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().lang).toBe('en');
    store.getState().setLang(null);
    fail = false;
    store.getState().setLang('ru');
    await vi.waitFor(() => expect(store.getState().lang).toBe('ru'));
    expect(load.mock.calls.map(([l]) => l)).toEqual(['en', 'ru', 'ru']);
    expect(apply.mock.calls.map(([l]) => l)).toEqual(['en', 'ru']);
  });

  it('falls back to English when the first language’s strings cannot be had', async () => {
    const store = storeWith('zh');
    const apply = vi.fn();
    startLanguage(store, { languages: [], storage: null, apply, load: () => Promise.reject(new Error('offline')) });
    await vi.waitFor(() => expect(apply).toHaveBeenCalledWith('en'));
    expect(store.getState().lang).toBe('en');
  });

  it('switches nothing in once stopped, even when strings arrive later', async () => {
    const store = storeWith(null);
    let arrive = () => {};
    const apply = vi.fn();
    const stop = startLanguage(store, { languages: [], storage: null, apply, load: () => new Promise<void>((resolve) => (arrive = resolve)) });
    stop();
    arrive();
    await new Promise((r) => setTimeout(r, 0));
    expect(apply).not.toHaveBeenCalled();
  });

  it('stops following the store when stopped', () => {
    const store = storeWith(null);
    const apply = vi.fn();
    const stop = startLanguage(store, { languages: [], storage: null, apply });
    stop();
    store.getState().setLang('kk');
    expect(apply).toHaveBeenCalledTimes(1);
    expect(store.getState().lang).toBe('en');
  });
});
