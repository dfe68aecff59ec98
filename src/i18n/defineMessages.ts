import type { Lang } from '../data/schema';

type PluralOnly = 'zero' | 'two' | 'few' | 'many';

/**
 * The shape a translation must have, given the English strings: the same keys, any text.
 * Plural forms differ by language (`key_one`, `key_other`… as src/i18n/translate.ts reads them): a language may add `_zero/_two/_few/_many`
 * variants and may leave out `_one` (Chinese has no singular form); `_other` stays required.
 */
export type Localized<T> = {
  [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string ? string : Localized<T[K]>;
} & { [K in keyof T as K extends `${string}_one` ? K : never]?: string } & {
  [k: `${string}_${PluralOnly}`]: string;
};

/**
 * One namespace of UI strings in all four languages. English is the reference: the other
 * languages must have its keys, so a missing translation fails to compile (and the i18n
 * test checks the same at run time).
 */
export function defineMessages<const T extends Record<string, unknown>>(
  en: T,
  others: Record<Exclude<Lang, 'en'>, Localized<T>>,
): Record<Lang, Localized<T>> {
  return { en: en as unknown as Localized<T>, ...others };
}
