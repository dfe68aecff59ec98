import { describe, expect, it } from 'vitest';
import { datePrecision, formatAmount, formatDateRange, formatMoney, formatYearSpan, formatUsdRange, formatGrowth, formatNumber, formatPartialDate, formatUsd } from './format';

// Intl separates some parts with no-break spaces; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('datePrecision', () => {
  it('reads the precision from the shape of the date', () => {
    expect(datePrecision('2025')).toBe('year');
    expect(datePrecision('2025-06')).toBe('month');
    expect(datePrecision('2025-06-17')).toBe('day');
  });
});

describe('formatPartialDate', () => {
  it.each([
    ['en', '16 January 2026', 'June 2025', '2025'],
    ['ru', '16 января 2026 г.', 'июнь 2025 г.', '2025'],
    ['kk', '2026 ж. 16 қаңтар', '2025 ж. маусым', '2025'],
    ['zh', '2026年1月16日', '2025年6月', '2025年'],
  ] as const)('writes day, month and year precision in %s', (lang, day, month, year) => {
    expect(plain(formatPartialDate('2026-01-16', lang))).toBe(day);
    expect(plain(formatPartialDate('2025-06', lang))).toBe(month);
    expect(plain(formatPartialDate('2025', lang))).toBe(year);
  });

  it('puts a Russian month in the genitive after a preposition', () => {
    expect(plain(formatPartialDate('2025-06', 'ru', { inPhrase: true }))).toBe('июня 2025 г.');
    // A bare year takes "г." too, so "с 2025 г." reads like "с ноября 2023 г." on the line above.
    expect(plain(formatPartialDate('2025', 'ru', { inPhrase: true }))).toBe('2025 г.');
    // Other precisions and languages are unchanged in a phrase.
    expect(plain(formatPartialDate('2026-01-16', 'ru', { inPhrase: true }))).toBe('16 января 2026 г.');
    expect(formatPartialDate('2025-06', 'en', { inPhrase: true })).toBe('June 2025');
  });

  it('does not shift the day in time zones west of UTC', () => {
    // The date is built and formatted in UTC, so 1 January never becomes 31 December.
    expect(formatPartialDate('2026-01-01', 'en')).toBe('1 January 2026');
    expect(formatPartialDate('2026', 'en')).toBe('2026');
  });
});

describe('formatYearSpan', () => {
  it('writes a span of years as the year range reads it, and one year alone', () => {
    expect(plain(formatYearSpan(2016, 2024, 'en'))).toBe('2016–2024');
    expect(plain(formatYearSpan(2016, 2024, 'zh'))).toBe('2016—2024年');
    expect(plain(formatYearSpan(2023, 2023, 'en'))).toBe('2023');
  });
});

describe('formatDateRange', () => {
  it.each([
    ['en', '11–13 May 2006', '30 May – 2 June 2006', '30 December 2006 – 2 January 2007', '2002–2020'],
    ['ru', '11–13 мая 2006 г.', '30 мая – 2 июня 2006 г.', '30 декабря 2006 г. – 2 января 2007 г.', '2002–2020'],
    ['kk', '2006 ж. 11–13 мамыр', '2006 ж. 30 мамыр – 2 маусым', '2006 ж. 30 желтоқсан – 2007 ж. 2 қаңтар', '2002–2020'],
    ['zh', '2006年5月11日—13日', '2006年5月30日—6月2日', '2006年12月30日—2007年1月2日', '2002—2020年'],
  ] as const)('writes what two dates share once in %s', (lang, sameMonth, sameYear, acrossYears, years) => {
    expect(plain(formatDateRange('2006-05-11', '2006-05-13', lang))).toBe(sameMonth);
    expect(plain(formatDateRange('2006-05-30', '2006-06-02', lang))).toBe(sameYear);
    expect(plain(formatDateRange('2006-12-30', '2007-01-02', lang))).toBe(acrossYears);
    expect(plain(formatDateRange('2002', '2020', lang))).toBe(years);
  });

  it.each([
    ['en', 'May – June 2006', 'January – 30 September 2024'],
    ['ru', 'май – июнь 2006 г.', 'январь – 30 сентября 2024 г.'],
    ['kk', '2006 ж. мамыр – маусым', '2024 ж. қаңтар – 30 қыркүйек'],
    ['zh', '2006年5月—6月', '2024年1月—9月30日'],
  ] as const)('shares the year of months, and of a month and a day, in %s', (lang, months, mixed) => {
    expect(plain(formatDateRange('2006-05', '2006-06', lang))).toBe(months);
    expect(plain(formatDateRange('2024-01', '2024-09-30', lang))).toBe(mixed);
  });

  it('writes both dates in full when one is a bare year, and one date when they are equal', () => {
    expect(plain(formatDateRange('2006', '2006-05-13', 'en'))).toBe('2006 – 13 May 2006');
    expect(plain(formatDateRange('2019', '2024-05-13', 'zh'))).toBe('2019年—2024年5月13日');
    expect(plain(formatDateRange('2006-05-13', '2006-05-13', 'ru'))).toBe('13 мая 2006 г.');
  });
});

describe('formatUsd', () => {
  it.each([
    ['en', 'USD 2.94 bn', 'USD 450 m'],
    ['ru', '2,94 млрд долл.', '450 млн долл.'],
    ['kk', '2,94 млрд доллар', '450 млн доллар'],
    ['zh', '29.4亿美元', '4.5亿美元'],
  ] as const)('abbreviates billions and millions in %s', (lang, billions, millions) => {
    expect(plain(formatUsd(2.94e9, lang))).toBe(billions);
    expect(plain(formatUsd(4.5e8, lang))).toBe(millions);
  });

  it('rounds to three significant digits and keeps small amounts whole', () => {
    expect(formatUsd(12_345_678_901, 'en')).toBe('USD 12.3 bn');
    expect(formatUsd(950, 'en')).toBe('USD 950');
    expect(formatUsd(5.2e7, 'zh')).toBe('5200万美元');
  });
});

describe('formatMoney', () => {
  it.each([
    ['en', 'CNY 8.23 bn'],
    ['ru', '8,23 млрд юаней'],
    ['kk', '8,23 млрд юань'],
    ['zh', '82.3亿元'],
  ] as const)('writes yuan as the %s press does', (lang, text) => {
    expect(plain(formatMoney(8.23e9, 'cny', lang))).toBe(text);
  });
});

describe('formatUsdRange', () => {
  it.each([
    ['en', 'USD 1–5 bn', 'USD 100 m – 1 bn'],
    ['ru', '1–5 млрд долл.', '100 млн – 1 млрд долл.'],
    ['kk', '1–5 млрд доллар', '100 млн – 1 млрд доллар'],
    ['zh', '10—50亿美元', '1—10亿美元'],
  ] as const)('writes the currency once, and the scale word once when both ends share it, in %s', (lang, sameScale, acrossScales) => {
    expect(plain(formatUsdRange(1e9, 5e9, lang))).toBe(sameScale);
    expect(plain(formatUsdRange(1e8, 1e9, lang))).toBe(acrossScales);
  });

  it('writes a bare amount beside a scaled one in full, so the scale word does not seem to cover both', () => {
    expect(formatUsdRange(500, 2e6, 'zh')).toBe('500美元—200万美元');
    expect(formatUsdRange(500, 2e6, 'en')).toBe('USD 500 – USD 2 m');
  });
});

describe('formatAmount', () => {
  it.each([
    ['en', '55 bn', '3.2 m', '12,500'],
    ['ru', '55 млрд', '3,2 млн', '12 500'],
    ['kk', '55 млрд', '3,2 млн', '12 500'],
    ['zh', '550亿', '320万', '12,500'],
  ] as const)('abbreviates from a million up and writes smaller amounts in full, in %s', (lang, bcm, millions, full) => {
    expect(plain(formatAmount(55e9, lang))).toBe(bcm);
    expect(plain(formatAmount(3.2e6, lang))).toBe(millions);
    expect(plain(formatAmount(12_500, lang))).toBe(full);
  });
});

describe('formatNumber and formatGrowth', () => {
  it('uses the separators of the language', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(plain(formatNumber(1234.5, 'ru'))).toBe('1 234,5');
    expect(formatNumber(3, 'zh')).toBe('3');
  });

  it('signs growth and treats the input as percent', () => {
    expect(formatGrowth(12.3, 'en')).toBe('+12.3%');
    expect(formatGrowth(-5, 'en')).toBe('-5%');
    expect(formatGrowth(0, 'en')).toBe('0%');
    expect(plain(formatGrowth(12.3, 'ru'))).toBe('+12,3 %');
  });
});
