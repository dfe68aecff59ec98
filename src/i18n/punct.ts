import type { TFunction } from './translate';

/**
 * Names and labels put together in code, with the interface language's punctuation: "Urumqi
 * (Xinjiang)" and "Source: title" in Latin and Cyrillic, "乌鲁木齐（新疆）" and "来源：标题" in Chinese.
 */
export const parenthesized = (t: TFunction, text: string): string => `${t('punct.open')}${text}${t('punct.close')}`;

export const labelled = (t: TFunction, label: string, value: string): string => `${label}${t('punct.colon')}${value}`;
