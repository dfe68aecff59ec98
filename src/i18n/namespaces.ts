/**
 * Every namespace of UI strings, in all four languages. Not imported by the app at run time:
 * scripts/messagesPlugin.ts turns it into one table per language (English bundled with the app,
 * the others a chunk each), so a reader downloads only their language (see `loadLanguage`).
 * Tests read it whole.
 */
import type { Lang } from '../data/schema';
import { about } from './messages/about';
import { core } from './messages/core';
import { filters } from './messages/filters';
import { legend } from './messages/legend';
import { lists } from './messages/lists';
import { offline } from './messages/offline';
import { search } from './messages/search';
import { panels } from './messages/panels';
import { facts } from './messages/facts';
import { recovery } from './messages/recovery';
import { vocab } from './messages/vocab';

/** Every namespace of UI strings; add a namespace module here. */
export const NAMESPACES = { core, about, vocab, panels, facts, filters, legend, lists, search, recovery, offline } as const;

/** All UI strings of one language. */
export type Messages = Record<string, unknown>;

/** All UI strings of one language, namespaces merged (their top-level keys never clash). */
export function messagesFor(lang: Lang): Messages {
  return Object.assign({}, ...Object.values(NAMESPACES).map((ns) => ns[lang]));
}
