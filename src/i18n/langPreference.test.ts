import { describe, expect, it } from 'vitest';
import {
  LANG_STORAGE_KEY,
  preferredLang,
  saveLangPreference,
  storedLang,
  type LangStorage,
} from './langPreference';

const memoryStorage = (initial: Record<string, string> = {}): LangStorage & { data: Record<string, string> } => {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
};

const throwingStorage: LangStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('preferredLang', () => {
  it('takes the URL language over the stored choice and the browser', () => {
    expect(preferredLang(['zh-CN'], memoryStorage({ [LANG_STORAGE_KEY]: 'kk' }), 'ru')).toBe('ru');
  });

  it('takes the stored choice over the browser languages', () => {
    expect(preferredLang(['zh-CN', 'en'], memoryStorage({ [LANG_STORAGE_KEY]: 'kk' }))).toBe('kk');
  });

  it('falls back to the first supported browser language, then English', () => {
    expect(preferredLang(['de-DE', 'ru-RU'], memoryStorage())).toBe('ru');
    expect(preferredLang(['de-DE'], null)).toBe('en');
  });

  it('ignores a stored value that is not a supported language', () => {
    expect(preferredLang(['zh'], memoryStorage({ [LANG_STORAGE_KEY]: 'fr' }))).toBe('zh');
  });

  it('works when storage is blocked', () => {
    expect(preferredLang(['kk-KZ'], throwingStorage)).toBe('kk');
  });
});

describe('saveLangPreference', () => {
  it('stores the choice so the next visit reads it back', () => {
    const storage = memoryStorage();
    saveLangPreference('zh', storage);
    expect(storage.data[LANG_STORAGE_KEY]).toBe('zh');
    expect(storedLang(storage)).toBe('zh');
  });

  it('does not throw when storage refuses to write', () => {
    expect(() => saveLangPreference('ru', throwingStorage)).not.toThrow();
  });
});
