/**
 * Search keys: text folded so that the spellings people actually type meet. "Жетысу",
 * "Жетісу", "Zhetysu", "Zhetisu" and "Jetisu" all become `jetisu`; "Ақтөбе", "Актобе",
 * "Aqtöbe" and "Aktobe" become `aktobe`. Steps: case and diacritics off, Kazakh letters
 * folded onto Russian ones, Cyrillic written in Latin, then the Latin spelling loosened
 * where transliteration systems disagree (zh/j, y/i, q/k, kh/h, ts/c …). Chinese passes
 * through unchanged and is matched by substring. Pure; used on names and on queries alike.
 */

/**
 * Kazakh-only letters onto the Russian letters they are usually replaced with; ё and й
 * onto е and и, and the hard and soft signs dropped, as Latin spellings ignore them.
 */
const LETTER_FOLD: Record<string, string> = {
  ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ё: 'е', й: 'и', ъ: '', ь: '',
};

/** Russian letters in a plain Latin transliteration (close to the BGN/PCGN forms used in English news). */
const CYRILLIC_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ы: 'y', э: 'e', ю: 'yu', я: 'ya',
};

/**
 * Latin spellings that differ between systems, onto one form. Longest first: at each
 * position the regex takes the first alternative that matches, in one pass, so a result
 * is never rewritten again. "tsz"/"chzh" are the Russian renderings of pinyin j/zh
 * (Цзянсу = Jiangsu, Чжэнчжоу = Zhengzhou); pinyin x is Russian с (Xi'an = Сиань);
 * q is Kazakh Latin for қ (Aqtobe); final -ng is -н in Russian (Синьцзян = Xinjiang).
 */
const LOOSE: Record<string, string> = {
  shch: 's', chzh: 'j', tsz: 'j', dzh: 'j', zh: 'j', kh: 'h', sh: 's', ch: 'c', ts: 'c',
  wu: 'u', ng: 'n', q: 'k', x: 's', w: 'v', y: 'i',
};
// Word-final "ts" stays: it is the English plural ("flights"), not Russian ц.
const LOOSE_RE = new RegExp(
  Object.keys(LOOSE)
    .map((k) => (k === 'ts' ? 'ts(?=[a-z])' : k))
    .join('|'),
  'g',
);

const HAN = /\p{Script=Han}/u;
const APOSTROPHES = /['’ʼ`´]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** True when the text contains Chinese characters (matched by substring, not by key). */
export const hasHan = (text: string): boolean => HAN.test(text);

/** Lower case, compatibility forms unified, Kazakh letters folded, Latin diacritics removed. */
export function foldText(text: string): string {
  const lower = text.normalize('NFKC').toLowerCase().replace(/ı/g, 'i');
  const kazakh = lower.replace(/[әғқңөұүһіёйъь]/g, (c) => LETTER_FOLD[c] ?? c);
  return kazakh.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Cyrillic letters in Latin; other characters unchanged. Expects folded text. */
export function transliterate(folded: string): string {
  return folded.replace(/[а-я]/g, (c) => CYRILLIC_LATIN[c] ?? c);
}

// A pair, not a run: "Шымкентт" meets "Shymkent", but a key-mash such as "zzzzqqq" keeps
// doubled letters that no name has, instead of shrinking to a short prefix ("zk") of real ones.
const DOUBLED = /(\p{L})\1/gu;

/** One token's loose Latin form: variant spellings merged, each doubled letter single. */
export function loosen(token: string): string {
  return token.replace(LOOSE_RE, (m) => LOOSE[m] ?? m).replace(DOUBLED, '$1');
}

/**
 * The search tokens of a text: folded, transliterated, loosened, split at anything that
 * is not a letter or digit. Apostrophes join ("Xi'an" → `sian`), hyphens split
 * ("Алма-Ата" → `alma`, `ata`).
 */
export function searchTokens(text: string): string[] {
  return literalTokens(text).map(loosen);
}

/** Folded and transliterated, split at anything not a letter or digit: the tokens before loosening. */
const literalTokens = (text: string): string[] =>
  transliterate(foldText(text)).replace(APOSTROPHES, '').split(SEPARATORS).filter(Boolean);

/**
 * A text as typed, only folded and transliterated: without the loosening that lets "Shaanxi"
 * find "Shanxi" (and "Xian" find "Xi'an"), so an exact name can outrank its near twins.
 */
export const literalKey = (text: string): string => literalTokens(text).join('');

/** Tokens run together (doubled letters across the joins single), so "Alma-Ata", "Alma Ata" and "Almaata" meet. */
export const joinTokens = (tokens: readonly string[]): string => tokens.join('').replace(DOUBLED, '$1');

/** The compact key of a text: its tokens joined. */
export const compactKey = (text: string): string => joinTokens(searchTokens(text));

/**
 * True when `a` becomes `b` with at most one insertion, deletion, substitution or swap of
 * neighbours (Damerau–Levenshtein ≤ 1): the typo tolerance of the search.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i += 1;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Other names of places and regions that the data does not carry: former names still in
 * use, Russian forms of Kazakh names, older romanizations. Keyed by place or region id.
 */
export const ALIASES: Readonly<Record<string, readonly string[]>> = {
  almaty: ['Alma-Ata', 'Алма-Ата', 'Verny', 'Верный'],
  astana: ['Nur-Sultan', 'Нур-Султан', 'Nursultan', 'Akmola', 'Акмола', 'Tselinograd', 'Целиноград'],
  shymkent: ['Chimkent', 'Чимкент'],
  aktobe: ['Aktyubinsk', 'Актюбинск', 'Aqtöbe'],
  aktau: ['Shevchenko', 'Шевченко'],
  taraz: ['Zhambyl', 'Dzhambul', 'Джамбул', 'Aulie-Ata', 'Аулие-Ата'],
  semey: ['Semipalatinsk', 'Семипалатинск'],
  konaev: ['Kapchagay', 'Капчагай', 'Qapshaghay', 'Қапшағай'],
  kyzylorda: ['Kzyl-Orda', 'Кзыл-Орда'],
  urumqi: ['Urumchi', 'Ürümqi', 'Үрімші', 'Wulumuqi', 'Ürümchi'],
  yining: ['Ghulja', 'Kuldja', 'Gulja'],
  beijing: ['Peking'],
  guangzhou: ['Canton'],
  'KZ-33': ['Zhetysu', 'Семиречье', 'Semirechye'],
  'CN-XJ': ['Sinkiang', 'Шыңжаң'],
};
