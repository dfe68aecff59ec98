/**
 * Locale formatting of the atlas's figures: partial dates (year, month or day precision),
 * US-dollar amounts, plain numbers and growth percentages, through Intl so that each
 * language gets its own conventions. Pure: no React.
 */
import type { Lang, PartialDate } from '../data/schema';

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
 * A span of two partial dates with what they share written once: "11–13 May 2006",
 * "30 мая – 2 июня 2006 г.", "2006 ж. 11–13 мамыр", "2006年5月11日–13日". Dates of different
 * precision, or equal ones, fall back to the plain forms.
 */
export function formatDateRange(from: PartialDate, to: PartialDate, lang: Lang): string {
  const precision = datePrecision(from);
  if (from === to) return formatPartialDate(from, lang);
  if (precision !== datePrecision(to)) return `${formatPartialDate(from, lang)} – ${formatPartialDate(to, lang)}`;
  if (lang === 'en' || lang === 'ru') {
    return dateFormat(INTL_LOCALE[lang], { ...OPTIONS[precision], timeZone: 'UTC' }).formatRange(utc(from), utc(to));
  }
  // Chromium's Chinese range pattern falls back to numeric "2006/5/11 – 2006/5/13", and it has
  // no Kazakh data at all: both are written here, sharing the leading year (and month).
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const sameYear = fy === ty;
  const sameMonth = sameYear && fm === tm;
  if (precision === 'year') return lang === 'zh' ? `${fy}–${ty}年` : `${fy}–${ty}`;
  if (!sameYear) return lang === 'zh' ? `${formatPartialDate(from, lang)}–${formatPartialDate(to, lang)}` : `${formatPartialDate(from, lang)} – ${formatPartialDate(to, lang)}`;
  if (lang === 'zh') {
    const monthDay = (m: number, d?: number) => (d === undefined ? `${m}月` : `${m}月${d}日`);
    return sameMonth && precision === 'day' ? `${fy}年${fm}月${fd}日–${td}日` : `${fy}年${monthDay(fm!, fd)}–${monthDay(tm!, td)}`;
  }
  const month = (m: number) => KK_MONTHS[m - 1]!;
  if (precision === 'month') return `${fy} ж. ${month(fm!)} – ${month(tm!)}`;
  return sameMonth ? `${fy} ж. ${fd}–${td} ${month(fm!)}` : `${fy} ж. ${fd} ${month(fm!)} – ${td} ${month(tm!)}`;
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
  const { number, unit } = compactParts(value, lang);
  if (!unit) return number;
  return lang === 'zh' ? `${number}${unit}` : `${number} ${unit}`;
}

/**
 * A US-dollar amount, abbreviated to three significant digits the way each press writes it:
 * "USD 2.94 bn" (en), "2,94 млрд долл." (ru), "2,94 млрд доллар" (kk), "29.4亿美元" (zh,
 * which counts in 万 and 亿).
 */
export function formatUsd(usd: number, lang: Lang): string {
  const { number, unit } = compactParts(usd, lang);
  switch (lang) {
    case 'en':
      return unit ? `USD ${number} ${unit}` : `USD ${number}`;
    case 'ru':
      return unit ? `${number} ${unit} долл.` : `${number} долл.`;
    case 'kk':
      return unit ? `${number} ${unit} доллар` : `${number} доллар`;
    case 'zh':
      return `${number}${unit ?? ''}美元`;
  }
}

/**
 * Two US-dollar amounts as one span with the currency written once, and the scale word once
 * when both share it: "USD 1–5 bn", "USD 100 m – 1 bn" (en); "1–5 млрд долл." (ru); "10–50亿美元" (zh).
 */
export function formatUsdRange(from: number, to: number, lang: Lang): string {
  const a = compactParts(from, lang);
  const b = compactParts(to, lang);
  const part = (p: { number: string; unit: string | undefined }) => (p.unit ? (lang === 'zh' ? `${p.number}${p.unit}` : `${p.number} ${p.unit}`) : p.number);
  const shared = a.unit === b.unit;
  const first = shared ? a.number : part(a);
  // A dash between bare numbers is tight; between amounts with their own scale word, spaced.
  const span = lang === 'zh' || shared ? `${first}–${part(b)}` : `${first} – ${part(b)}`;
  switch (lang) {
    case 'en':
      return `USD ${span}`;
    case 'ru':
      return `${span} долл.`;
    case 'kk':
      return `${span} доллар`;
    case 'zh':
      return `${span}美元`;
  }
}
