import type { Lang } from '../data/schema';

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
