import { describe, expect, it } from 'vitest';
import { pickName, scriptLang } from './names';

describe('pickName', () => {
  it('uses the requested language when present', () => {
    expect(pickName({ en: 'Jiangsu', ru: 'Цзянсу', zh: '江苏省' }, 'zh')).toEqual({ text: '江苏省', lang: 'zh' });
  });
  it('falls back from Kazakh to Russian before English', () => {
    expect(pickName({ en: 'Jiangsu', ru: 'Цзянсу' }, 'kk')).toEqual({ text: 'Цзянсу', lang: 'ru' });
  });
  it('falls back from Chinese to English', () => {
    expect(pickName({ en: 'Abai Region', ru: 'Абайская область' }, 'zh')).toEqual({ text: 'Abai Region', lang: 'en' });
  });
  it('returns an empty name rather than throwing when nothing is known', () => {
    expect(pickName({}, 'en').text).toBe('');
  });
});

describe('scriptLang', () => {
  it('reads the language of a line from its one script', () => {
    expect(scriptLang('Kazakhstan Today (kt.kz)')).toBe('en');
    expect(scriptLang('Огни Алатау')).toBe('ru');
    expect(scriptLang('Қазақстан шекарасы')).toBe('kk');
    expect(scriptLang('新华社')).toBe('zh');
  });

  it('takes the source’s language when it is written in the same script, and only then', () => {
    expect(scriptLang('aviation.direct', 'de')).toBe('de');
    expect(scriptLang('Kazinform', 'zh')).toBe('en');
    expect(scriptLang('Огни Алатау', 'ru')).toBe('ru');
    expect(scriptLang('新华社', 'ja')).toBe('ja');
    // Uzbek in Cyrillic has қ too: the hint wins over the Kazakh letters.
    expect(scriptLang('Йил охирига қадар', 'uz')).toBe('uz');
  });

  it('leaves mixed scripts and lines without letters unknown', () => {
    expect(scriptLang('CAAC News (中国民航网)')).toBeUndefined();
    expect(scriptLang('Мой город (mgorod.kz)')).toBeUndefined();
    expect(scriptLang('2026')).toBeUndefined();
  });
});
