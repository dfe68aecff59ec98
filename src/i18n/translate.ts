/**
 * Looking up a UI string: a dotted key in a language's table, its plural form picked by
 * Intl.PluralRules, `{{name}}` and `{{name, number}}` filled in, English when a language
 * lacks the key. Pure: the tables are passed in. This is all of i18next the atlas used; the
 * library itself weighed about 19 kB (gzip) on the first load (#13).
 */
import type { Lang } from '../data/schema';
import { formatNumber } from './format';

/** One language's strings: nested objects of strings, plural forms as `key_one`, `key_other`… */
export type Table = Record<string, unknown>;

/** Values for a string's placeholders; a numeric `count` also picks the plural form. */
export type TOptions = { count?: number } & Record<string, unknown>;

export type TFunction = (key: string, options?: TOptions) => string;

function lookup(table: Table | undefined, key: string): string | undefined {
  let node: unknown = table;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Table)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralForm(lang: Lang, count: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

/** The string `key` has in `lang`'s table, plural form first, or undefined. */
export function find(table: Table | undefined, lang: Lang, key: string, count?: number): string | undefined {
  if (count === undefined) return lookup(table, key);
  // An explicit `_zero` wins for 0 in every language ("no links"), as the plural form would not.
  return (
    (count === 0 ? lookup(table, `${key}_zero`) : undefined) ??
    lookup(table, `${key}_${pluralForm(lang, count)}`) ??
    lookup(table, `${key}_other`) ??
    lookup(table, key)
  );
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?\}\}/g;

function interpolate(text: string, lang: Lang, values: TOptions): string {
  return text.replace(PLACEHOLDER, (_, name: string, format?: string) => {
    const value = values[name];
    if (value === undefined || value === null) return '';
    return format === 'number' && typeof value === 'number' ? formatNumber(value, lang) : String(value);
  });
}

/**
 * A `t` for one language. A key missing there falls back to English; a key missing
 * everywhere comes back as itself, so a slip shows up on screen rather than as a blank.
 * Each key (and count) is resolved once: every render calls `t` for each of its labels, and
 * walking the tables again came to a few milliseconds of each year change (#13).
 */
export function translator(lang: Lang, tables: Partial<Record<Lang, Table>>): TFunction {
  const resolved = new Map<string, string | undefined>();
  const resolve = (key: string, count: number | undefined) =>
    find(tables[lang], lang, key, count) ?? (lang === 'en' ? undefined : find(tables.en, 'en', key, count));
  return (key, options) => {
    const count = typeof options?.count === 'number' ? options.count : undefined;
    const id = count === undefined ? key : `${key}\u0000${count}`;
    let text = resolved.get(id);
    if (text === undefined && !resolved.has(id)) {
      text = resolve(key, count);
      // Until its table has loaded, a language shows English: not worth remembering.
      if (tables[lang]) resolved.set(id, text);
    }
    if (text === undefined) return key;
    return text.includes('{{') ? interpolate(text, lang, options ?? {}) : text;
  };
}
