import type { Lang } from '../data/schema';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * One namespace of UI strings in all four languages. English is the reference: the other
 * languages must have exactly its keys, so a missing translation fails to compile (and the
 * i18n test checks the same at run time).
 */
export function defineMessages<const T extends Record<string, unknown>>(
  en: T,
  others: Record<Exclude<Lang, 'en'>, Widen<T>>,
): Record<Lang, Widen<T>> {
  return { en: en as Widen<T>, ...others };
}
