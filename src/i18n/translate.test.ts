import { describe, expect, it } from 'vitest';
import { translator, type Table } from './translate';

const tables: Record<'en' | 'ru' | 'zh', Table> = {
  en: {
    counts: { links_one: '{{count}} link', links_other: '{{count}} links', links_zero: 'no links' },
    speed: '{{speed, number}}×',
    greeting: 'Hello, {{name}}',
    onlyEnglish: 'English only',
    nested: { deeper: { leaf: 'leaf' } },
  },
  ru: {
    counts: { links_one: '{{count}} связь', links_few: '{{count}} связи', links_many: '{{count}} связей', links_other: '{{count}} связи' },
    speed: '{{speed, number}}×',
  },
  zh: { counts: { links_other: '{{count}} 条联系' } },
};

describe('translator', () => {
  it('picks the plural form by the language’s rules', () => {
    const en = translator('en', tables);
    expect(en('counts.links', { count: 1 })).toBe('1 link');
    expect(en('counts.links', { count: 5 })).toBe('5 links');
    const ru = translator('ru', tables);
    expect([1, 3, 5, 21, 22, 25].map((count) => ru('counts.links', { count }))).toEqual([
      '1 связь',
      '3 связи',
      '5 связей',
      '21 связь',
      '22 связи',
      '25 связей',
    ]);
    expect(translator('zh', tables)('counts.links', { count: 1 })).toBe('1 条联系');
  });

  it('prefers an explicit zero form for 0, and the plural form where there is none', () => {
    expect(translator('en', tables)('counts.links', { count: 0 })).toBe('no links');
    expect(translator('ru', tables)('counts.links', { count: 0 })).toBe('0 связей');
  });

  it('fills placeholders, numbers with the language’s separators, a missing value with nothing', () => {
    expect(translator('en', tables)('speed', { speed: 1.5 })).toBe('1.5×');
    expect(translator('ru', tables)('speed', { speed: 1.5 })).toBe('1,5×');
    expect(translator('en', tables)('greeting', { name: 'Astana' })).toBe('Hello, Astana');
    expect(translator('en', tables)('greeting')).toBe('Hello, ');
  });

  it('falls back to English for a key the language lacks, and to the key itself when no one has it', () => {
    expect(translator('ru', tables)('onlyEnglish')).toBe('English only');
    expect(translator('ru', tables)('nested.deeper.leaf')).toBe('leaf');
    expect(translator('ru', tables)('no.such.key')).toBe('no.such.key');
    // A branch is not a string.
    expect(translator('en', tables)('nested.deeper')).toBe('nested.deeper');
  });

  it('reads a language whose table is not in yet as English', () => {
    expect(translator('ru', { en: tables.en })('counts.links', { count: 2 })).toBe('2 links');
  });

  it('answers a repeated key the same way, each count in its own form', () => {
    const ru = translator('ru', tables);
    expect([1, 5, 1, 5, 0].map((count) => ru('counts.links', { count }))).toEqual(['1 связь', '5 связей', '1 связь', '5 связей', '0 связей']);
    expect([ru('speed', { speed: 2 }), ru('speed', { speed: 3 })]).toEqual(['2×', '3×']);
  });

  it('uses a language’s table once it has loaded, not the English it showed meanwhile', () => {
    const loading: Partial<Record<'en' | 'ru', Table>> = { en: tables.en };
    const ru = translator('ru', loading);
    expect(ru('counts.links', { count: 5 })).toBe('5 links');
    loading.ru = tables.ru;
    expect(ru('counts.links', { count: 5 })).toBe('5 связей');
  });
});

describe('messages around a formatted date', () => {
  it('never put a full stop after a date that ends with one (Russian dates end "г.")', async () => {
    const { messagesFor } = await import('./namespaces');
    const { formatPartialDate } = await import('./format');
    for (const lang of ['en', 'ru', 'kk', 'zh'] as const) {
      const t = translator(lang, { en: messagesFor('en'), [lang]: messagesFor(lang) });
      for (const date of ['2026-12-02', '2026-12', '2026']) {
        const line = t('about.version', { version: '2.5.1', date: formatPartialDate(date, lang) });
        expect(line, line).not.toMatch(/\.\./);
        expect(line).toContain(formatPartialDate(date, lang));
      }
    }
  });
});

describe('labels that must not be confused', () => {
  it('name "cite this view" (a reference) apart from the share panel’s "link to this view" in every language', async () => {
    const { messagesFor } = await import('./namespaces');
    for (const lang of ['en', 'ru', 'kk', 'zh'] as const) {
      const t = translator(lang, { en: messagesFor('en'), [lang]: messagesFor(lang) });
      expect(t('about.cite'), lang).not.toBe(t('share.link'));
    }
  });
});
