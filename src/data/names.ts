import type { Lang, Link, LocalizedText, Source } from './schema';

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

/** Who runs a tie, named in the four languages: a flight's carrier or a transport link's operator. */
export function operatorOf(link: Link): LocalizedText | undefined {
  if (link.type === 'flight') return link.carrier ?? undefined;
  return link.type === 'transport' ? link.operator : undefined;
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
 * "Abai", "Абайская область" → "Абайская", "Абай облысы" → "Абай", "Чжэцзян өлкесі" → "Чжэцзян"
 * (өлкесі: the word official Kazakh pages use for a province), "广东省" → "广东",
 * "新疆维吾尔自治区" → "新疆". Names that are already short come back unchanged. Russian keeps
 * the adjective alone, as Russian small-scale maps do: with "обл." each label took two lines,
 * and at the first view Karaganda's had no room left between its neighbours'.
 */
export function shortRegionName(name: string, lang: Lang): string {
  switch (lang) {
    case 'en':
      return name.replace(/ (Region|Province)$/, '');
    case 'ru':
      return RU_AUTONOMOUS[name] ?? name.replace(/ область$/, '');
    case 'kk':
      return name.replace(/-.* автономиялық ауданы$| автономиялық ауданы$| облысы$| провинциясы$| өлкесі$| қаласы$/, '');
    case 'zh':
      return name.length > 2 ? name.replace(ZH_SUFFIX, '') : name;
  }
}

/**
 * Whether a place's name and its city region's name name the same city, so that "Hong Kong (Hong
 * Kong)" is said once: the names may differ by the region's word (阿拉木图 / 阿拉木图市, Чунцин /
 * Чунцин қаласы) or by an official form in brackets on either side (ru «Гонконг (Сянган)» / «Гонконг»,
 * kk «Гонконг» / «Сянган (Гонконг)»).
 */
export function namesOneCity(placeName: string, regionName: string, lang: Lang): boolean {
  const short = shortRegionName(regionName, lang);
  const bare = (name: string) => name.replace(/\s*[(（][^()（）]*[)）]\s*/g, '').trim();
  const inBrackets = (name: string) => [...name.matchAll(/[(（]([^()（）]*)[)）]/g)].map((m) => (m[1] ?? '').trim());
  const forms = (name: string) => new Set([name, bare(name), ...inBrackets(name)]);
  const place = forms(placeName);
  return [...forms(regionName), ...forms(short)].some((form) => place.has(form));
}

const SCRIPTS = [
  { script: 'latin', test: /[A-Za-z\u00C0-\u024F]/, lang: 'en' },
  { script: 'cyrillic', test: /[\u0400-\u04FF]/, lang: 'ru' },
  { script: 'han', test: /[\u3400-\u9FFF]/, lang: 'zh' },
] as const;
const KAZAKH_LETTERS = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/;
// Uzbek as Kazinform's Uzbek service writes it (Cyrillic).
const CYRILLIC_LANGS = new Set(['ru', 'kk', 'uk', 'be', 'bg', 'sr', 'mk', 'ky', 'tg', 'mn', 'uz']);
const HAN_LANGS = new Set(['zh', 'ja']);
const scriptOfLang = (lang: string) => (CYRILLIC_LANGS.has(lang) ? 'cyrillic' : HAN_LANGS.has(lang) ? 'han' : 'latin');

/**
 * The language a name or bibliographic line is written in, from its script, so that screen
 * readers voice it right on a page in another language. `hint` (a source's language) is taken
 * when its script is the line's: "aviation.direct" on a German page is German, "Kazinform" on a
 * Chinese page is not Chinese. Otherwise Latin reads as English (publishers are mostly named in
 * Latin script), Cyrillic as Kazakh when it has Kazakh letters, else Russian. Mixed: unknown.
 */
export function scriptLang(text: string, hint?: string): string | undefined {
  const found = SCRIPTS.filter((s) => s.test.test(text));
  if (found.length !== 1) return undefined;
  const { script, lang } = found[0]!;
  if (hint && scriptOfLang(hint) === script) return hint;
  if (script === 'cyrillic' && KAZAKH_LETTERS.test(text)) return 'kk';
  return lang;
}

/**
 * A source's title as a reader sees it, with the language it is written in: the page's headline,
 * or, for a page that shows none, the atlas's description in the reader's language in square
 * brackets (a supplied title, as catalogues mark it).
 */
export function sourceTitle(source: Source, lang: Lang): { text: string; lang: string | undefined } {
  if (source.described) return { text: `[${source.described[lang]}]`, lang };
  const title = source.title ?? '';
  return { text: title, lang: scriptLang(title, source.lang) };
}
