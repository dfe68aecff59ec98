import type { Lang } from './schema';

/**
 * Order in which languages stand in for a missing name: Kazakh readers read Russian,
 * Chinese and Russian readers fall back to English, English to Russian.
 */
export const NAME_FALLBACK: Record<Lang, readonly Lang[]> = {
  en: ['en', 'ru'],
  ru: ['ru', 'en'],
  kk: ['kk', 'ru', 'en'],
  zh: ['zh', 'en', 'ru'],
};

export type MaybeNames = Partial<Record<Lang, string | undefined>>;

/** The name to show in `lang`, with the language it is actually in. */
export function pickName(names: MaybeNames, lang: Lang): { text: string; lang: Lang } {
  for (const l of NAME_FALLBACK[lang]) {
    const text = names[l];
    if (text) return { text, lang: l };
  }
  const any = (Object.entries(names) as [Lang, string | undefined][]).find(([, v]) => v);
  return any ? { text: any[1]!, lang: any[0] } : { text: '', lang };
}

/** Flat `name_xx` properties (as on boundary features) read as a names object. */
export function namesFromProps(props: Record<string, unknown>, prefix = 'name_'): MaybeNames {
  const out: MaybeNames = {};
  for (const l of ['en', 'ru', 'kk', 'zh'] as const) {
    const v = props[prefix + l];
    if (typeof v === 'string' && v) out[l] = v;
  }
  return out;
}

/** The Chinese forms an autonomous region or SAR drops in its short name (新疆维吾尔自治区 → 新疆). */
const ZH_SUFFIX = /(维吾尔|壮族|回族)?自治区$|特别行政区$|[省市州]$/;
const RU_AUTONOMOUS: Record<string, string> = {
  'Синьцзян-Уйгурский автономный район': 'Синьцзян',
  'Гуанси-Чжуанский автономный район': 'Гуанси',
  'Нинся-Хуэйский автономный район': 'Нинся',
  'Тибетский автономный район': 'Тибет',
};

/**
 * A region's name without its administrative word, for labels at low zoom: "Abai Region" →
 * "Abai", "Абайская область" → "Абайская обл.", "Абай облысы" → "Абай", "广东省" → "广东",
 * "新疆维吾尔自治区" → "新疆". Names that are already short come back unchanged.
 */
export function shortRegionName(name: string, lang: Lang): string {
  switch (lang) {
    case 'en':
      return name.replace(/ (Region|Province)$/, '');
    case 'ru':
      return RU_AUTONOMOUS[name] ?? name.replace(/ область$/, ' обл.');
    case 'kk':
      return name.replace(/-.* автономиялық ауданы$| автономиялық ауданы$| облысы$| провинциясы$| қаласы$/, '');
    case 'zh':
      return name.length > 2 ? name.replace(ZH_SUFFIX, '') : name;
  }
}

const LATIN = /[A-Za-z]/;
const CYRILLIC = /[\u0400-\u04FF]/;
const KAZAKH_LETTERS = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/;
const HAN = /[\u3400-\u9FFF]/;

/**
 * The language a name or bibliographic line is written in, from its script, so that screen
 * readers voice it right on a page in another language. Publishers are named in Latin script
 * ("Kazakhstan Today (kt.kz)"); a few are written in their own script. Mixed scripts: unknown.
 */
export function scriptLang(text: string): Lang | undefined {
  const scripts = [LATIN.test(text), CYRILLIC.test(text), HAN.test(text)];
  if (scripts.filter(Boolean).length !== 1) return undefined;
  if (scripts[0]) return 'en';
  if (scripts[1]) return KAZAKH_LETTERS.test(text) ? 'kk' : 'ru';
  return 'zh';
}
