/**
 * Locale formatting of the atlas's figures: partial dates (year, month or day precision),
 * amounts of money (US dollars, yuan), spans of dates and amounts, plain numbers and growth
 * percentages, through Intl (or by hand where Intl differs between browsers) so that each
 * language gets its own conventions. Pure: no React.
 */
import type { Currency, Lang, PartialDate } from '../data/schema';

/**
 * The Intl locale of each interface language; British English writes "16 January 2026".
 * Kazakh numbers use Russian conventions (same separators) because browsers such as Chromium
 * ship no Kazakh locale data and would fall back to "1,234.5"; Kazakh dates are written below.
 */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', ru: 'ru', kk: 'ru', zh: 'zh-CN' };

const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

/** Kazakh dates as CLDR writes them ("2026 ж. 16 қаңтар"), independent of the browser's locale data. */
function formatKazakhDate(date: PartialDate, precision: DatePrecision): string {
  const [y, m, d] = date.split('-').map(Number);
  if (precision === 'year') return String(y);
  const month = KK_MONTHS[m! - 1]!;
  return precision === 'month' ? `${y} ж. ${month}` : `${y} ж. ${d} ${month}`;
}

export type DatePrecision = 'year' | 'month' | 'day';

// Building an Intl formatter costs far more than using one (tens of ms on a slow phone): one
// per locale and options, made on first use.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: 'n' | 'd', locale: string, options: object, make: () => F): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}
const numberFormat = (locale: string, options: Intl.NumberFormatOptions) => cached('n', locale, options, () => new Intl.NumberFormat(locale, options));
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) => cached('d', locale, options, () => new Intl.DateTimeFormat(locale, options));

/** How precise a partial date is: "2025" → year, "2025-06" → month, "2025-06-17" → day. */
export function datePrecision(date: PartialDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

const utc = (date: PartialDate): Date => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
};

/**
 * A partial date at its own precision: "16 January 2026", "June 2025", "2025" (en);
 * "16 января 2026 г." (ru); "2026年1月16日" (zh). With `inPhrase`, Russian months take the
 * genitive a preposition needs ("с июня 2025 г." rather than "с июнь 2025 г."); Intl only
 * has the genitive inside a full date, so it is cut out of one.
 */
export function formatPartialDate(date: PartialDate, lang: Lang, opts: { inPhrase?: boolean } = {}): string {
  const precision = datePrecision(date);
  if (lang === 'kk') return formatKazakhDate(date, precision);
  const locale = INTL_LOCALE[lang];
  // "с 2025 г.", like "с июня 2025 г." beside it; Intl writes a bare year without "г.".
  if (opts.inPhrase && lang === 'ru' && precision === 'year') return `${date.slice(0, 4)} г.`;
  if (opts.inPhrase && lang === 'ru' && precision === 'month') {
    const parts = dateFormat(locale, { ...OPTIONS.day, timeZone: 'UTC' }).formatToParts(utc(date));
    const day = parts.findIndex((p) => p.type === 'day');
    // Drop the day and the space after it: "1 июня 2025 г." → "июня 2025 г.".
    return parts
      .filter((_, i) => i !== day && i !== day + 1)
      .map((p) => p.value)
      .join('');
  }
  return dateFormat(locale, { ...OPTIONS[precision], timeZone: 'UTC' }).format(utc(date));
}

/**
 * The dash of a span: an en dash, spaced between phrases ("30 May – 2 June"), tight between
 * numbers ("2002–2020"); Chinese writes a tight 一字线 ("2002—2020年") either way, as the
 * interface's Chinese messages do.
 */
const spacedDash = (lang: Lang) => (lang === 'zh' ? '—' : ' – ');
const tightDash = (lang: Lang) => (lang === 'zh' ? '—' : '–');

/** A month or day without its year ("May", "30 May"; "май", "30 мая"; "мамыр"; "5月", "5月30日"). */
function withoutYear(date: PartialDate, precision: 'month' | 'day', lang: Lang): string {
  const [, m, d] = date.split('-').map(Number);
  if (lang === 'kk') return precision === 'month' ? KK_MONTHS[m! - 1]! : `${d} ${KK_MONTHS[m! - 1]!}`;
  if (lang === 'zh') return precision === 'month' ? `${m}月` : `${m}月${d}日`;
  const options: Intl.DateTimeFormatOptions = precision === 'month' ? { month: 'long' } : { day: 'numeric', month: 'long' };
  return dateFormat(INTL_LOCALE[lang], { ...options, timeZone: 'UTC' }).format(utc(date));
}

/**
 * A span of two partial dates with the year written once when they share it: "11–13 May 2006",
 * "30 May – 2 June 2006", "January – 30 September 2024", "май – июнь 2006 г.",
 * "2006 ж. 11–13 мамыр", "2006年5月11日—13日", "2002–2020". Written here rather than by
 * Intl.formatRange, whose patterns differ between browsers (and which falls back to numeric
 * Chinese dates in Chromium).
 */
export function formatDateRange(from: PartialDate, to: PartialDate, lang: Lang): string {
  if (from === to) return formatPartialDate(from, lang);
  const pf = datePrecision(from);
  const pt = datePrecision(to);
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const dash = spacedDash(lang);
  const tight = tightDash(lang);
  if (pf === 'year' && pt === 'year') return `${fy}${tight}${ty}${lang === 'zh' ? '年' : ''}`;
  if (pf === 'year' || pt === 'year' || fy !== ty) return `${formatPartialDate(from, lang)}${dash}${formatPartialDate(to, lang)}`;
  const sameDayMonth = pf === 'day' && pt === 'day' && fm === tm;
  switch (lang) {
    case 'en':
    case 'ru':
      // "11–13 May 2006", "11–13 мая 2006 г.": the later date in full, the earlier without what it shares.
      return sameDayMonth ? `${fd}${tight}${formatPartialDate(to, lang)}` : `${withoutYear(from, pf, lang)}${dash}${formatPartialDate(to, lang)}`;
    case 'kk':
      return sameDayMonth ? `${fy} ж. ${fd}${tight}${td} ${KK_MONTHS[fm! - 1]!}` : `${fy} ж. ${withoutYear(from, pf, lang)}${dash}${withoutYear(to, pt, lang)}`;
    case 'zh':
      return sameDayMonth ? `${fy}年${fm}月${fd}日${tight}${td}日` : `${fy}年${withoutYear(from, pf, lang)}${dash}${withoutYear(to, pt, lang)}`;
  }
}

/** A span of whole years, e.g. a year range: "2016–2024", "2016–2024年"; one year alone when the two are equal. */
export function formatYearSpan(from: number, to: number, lang: Lang): string {
  return formatDateRange(String(from), String(to), lang);
}

/** A plain number with the language's separators: 1,234.5 (en), 1 234,5 (ru, kk). */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 2 }).format(value);
}

/** A growth rate given in percent (12.3 = +12.3 %), always signed: "+12.3%", "-5%" (en), "+12,3 %" (ru). */
export function formatGrowth(pct: number, lang: Lang): string {
  return numberFormat(INTL_LOCALE[lang], { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(pct / 100);
}

/** A number to three significant digits in the language's short scale words: { number: '20.5', unit: 'bn' }, { '205', '亿' }. */
function compactParts(value: number, lang: Lang): { number: string; unit: string | undefined } {
  const parts = numberFormat(INTL_LOCALE[lang], { notation: 'compact', maximumSignificantDigits: 3 }).formatToParts(value);
  const unit = parts.find((p) => p.type === 'compact')?.value;
  const number = parts
    .filter((p) => p.type !== 'compact')
    .map((p) => p.value)
    .join('')
    .trim();
  return { number, unit };
}

/**
 * A quantity in some unit (tonnes, cubic metres, TEU …) as the press writes it: from a million
 * up, abbreviated like money ("55 bn", "3,2 млн", "550亿"); below, in full ("12,500").
 */
export function formatAmount(value: number, lang: Lang): string {
  if (Math.abs(value) < 1e6) return formatNumber(value, lang);
  return scaled(compactParts(value, lang), lang);
}

/** How each press writes an abbreviated amount of money ("USD 2.94 bn", "2,94 млрд долл.", "29.4亿美元"). */
const MONEY: Record<Currency, Record<Lang, (amount: string) => string>> = {
  usd: { en: (a) => `USD ${a}`, ru: (a) => `${a} долл.`, kk: (a) => `${a} доллар`, zh: (a) => `${a}美元` },
  cny: { en: (a) => `CNY ${a}`, ru: (a) => `${a} юаней`, kk: (a) => `${a} юань`, zh: (a) => `${a}元` },
};

/** A number and its scale word as the language writes them together: "2.94 bn", "29.4亿". */
const scaled = ({ number, unit }: { number: string; unit: string | undefined }, lang: Lang) => (unit ? (lang === 'zh' ? `${number}${unit}` : `${number} ${unit}`) : number);

/**
 * An amount of money, abbreviated to three significant digits the way each press writes it:
 * "USD 2.94 bn" (en), "2,94 млрд долл." (ru), "2,94 млрд доллар" (kk), "29.4亿美元" (zh, which
 * counts in 万 and 亿); yuan likewise ("CNY 8.23 bn", "82.3亿元").
 */
export function formatMoney(value: number, currency: Currency, lang: Lang): string {
  return MONEY[currency][lang](scaled(compactParts(value, lang), lang));
}

/** A US-dollar amount (see formatMoney). */
export const formatUsd = (usd: number, lang: Lang): string => formatMoney(usd, 'usd', lang);

/**
 * Two US-dollar amounts as one span with the currency written once, and the scale word once
 * when both share it: "USD 1–5 bn", "USD 100 m – 1 bn" (en); "1–5 млрд долл." (ru); "10—50亿美元" (zh).
 */
export function formatUsdRange(from: number, to: number, lang: Lang): string {
  const a = compactParts(from, lang);
  const b = compactParts(to, lang);
  // "500–200万美元" would read as 5 million to 2 million: a bare number beside a scaled one is written in full.
  if (!a.unit && b.unit) return `${formatUsd(from, lang)}${spacedDash(lang)}${formatUsd(to, lang)}`;
  const shared = a.unit === b.unit;
  const first = shared ? a.number : scaled(a, lang);
  return MONEY.usd[lang](`${first}${shared ? tightDash(lang) : spacedDash(lang)}${scaled(b, lang)}`);
}
