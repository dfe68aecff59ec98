import { describe, expect, it } from 'vitest';
import { namesOneCity, pickName, scriptLang, shortRegionName, sourceTitle } from './names';
import { Source } from './schema';

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

describe('sourceTitle', () => {
  const page = { publisher: 'Kazinform', url: 'https://example.kz/a', date: '2024', lang: 'ru' };
  const described = { en: 'Almaty akim meets the mayor of Shanghai', ru: 'Аким Алматы встречается с мэром Шанхая', kk: 'Алматы әкімі Шанхай мэрімен кездесті', zh: '阿拉木图市长会见上海市长' };

  it('gives a headline as written, marked with its own language', () => {
    expect(sourceTitle({ ...page, title: 'Аким Алматы встретился с мэром Шанхая' }, 'zh')).toEqual({ text: 'Аким Алматы встретился с мэром Шанхая', lang: 'ru' });
  });

  it('gives a description in the reader’s language, in square brackets', () => {
    expect(sourceTitle({ ...page, described }, 'kk')).toEqual({ text: '[Алматы әкімі Шанхай мэрімен кездесті]', lang: 'kk' });
    expect(sourceTitle({ ...page, described }, 'zh').text).toBe('[阿拉木图市长会见上海市长]');
  });

  it('is required to be one or the other by the schema', () => {
    expect(Source.safeParse({ ...page, title: 'Headline' }).success).toBe(true);
    expect(Source.safeParse({ ...page, described }).success).toBe(true);
    expect(Source.safeParse({ ...page, title: 'Headline', described }).success).toBe(false);
    expect(Source.safeParse(page).success).toBe(false);
  });
});

describe('namesOneCity', () => {
  it('takes a city and its city region for one, whatever side carries the region word or an official form', () => {
    expect(namesOneCity('阿拉木图', '阿拉木图市', 'zh')).toBe(true);
    expect(namesOneCity('Чунцин', 'Чунцин қаласы', 'kk')).toBe(true);
    expect(namesOneCity('Гонконг (Сянган)', 'Гонконг', 'ru')).toBe(true);
    expect(namesOneCity('Гонконг', 'Сянган (Гонконг)', 'kk')).toBe(true);
    expect(namesOneCity('Макао (Аомынь)', 'Макао', 'ru')).toBe(true);
    expect(namesOneCity('香港', '香港特别行政区', 'zh')).toBe(true);
  });

  it('keeps a different place apart from the city region it lies in', () => {
    expect(namesOneCity('Pudong', 'Shanghai', 'en')).toBe(false);
    expect(namesOneCity('Урумчи', 'Синьцзян-Уйгурский автономный район', 'ru')).toBe(false);
    expect(namesOneCity('Yining (Ghulja)', 'Xinjiang', 'en')).toBe(false);
  });
});

describe('shortRegionName', () => {
  it.each([
    ['en', 'Abai Region', 'Abai'],
    ['en', 'Hong Kong', 'Hong Kong'],
    ['ru', 'Абайская область', 'Абайская'],
    ['kk', 'Абай облысы', 'Абай'],
    ['kk', 'Гуандун провинциясы', 'Гуандун'],
    // Official Kazakh pages say «өлкесі» for a province where the news agencies say «провинциясы».
    ['kk', 'Чжэцзян өлкесі', 'Чжэцзян'],
    ['kk', 'Шыңжаң-Ұйғыр автономиялық ауданы', 'Шыңжаң'],
    ['kk', 'Чунцин қаласы', 'Чунцин'],
    ['zh', '广东省', '广东'],
    ['zh', '新疆维吾尔自治区', '新疆'],
    ['zh', '澳门特别行政区', '澳门'],
  ] as const)('%s: %s → %s', (lang, name, short) => {
    expect(shortRegionName(name, lang)).toBe(short);
  });
});
