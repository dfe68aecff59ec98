/**
 * Every UI string exists in every language, and every region has a name to show.
 * `defineMessages` already makes a missing key a type error; this test also catches what
 * types cannot: empty or placeholder values, plural forms a language needs, namespaces
 * that clash when merged, and boundary features without names.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBoundaries } from '../../src/data/boundaries';
import { LANGS, type Lang } from '../../src/data/schema';
import { messagesFor, NAMESPACES } from '../../src/i18n/namespaces';

type Messages = Record<Lang, Record<string, unknown>>;

const isNamespace = (value: unknown): value is Messages =>
  typeof value === 'object' &&
  value !== null &&
  LANGS.every((l) => typeof (value as Record<string, unknown>)[l] === 'object');

// Every module under messages/, registered in NAMESPACES or not yet: a helper's new
// namespace is checked from the moment its file exists.
const modules = import.meta.glob<Record<string, unknown>>('../../src/i18n/messages/*.ts', { eager: true });
const namespaces = new Map<string, Messages>();
for (const [path, exports] of Object.entries(modules)) {
  for (const [name, value] of Object.entries(exports)) {
    if (isNamespace(value)) namespaces.set(`${path.split('/').pop()}: ${name}`, value);
  }
}
for (const [name, value] of Object.entries(NAMESPACES)) {
  if (![...namespaces.values()].includes(value)) namespaces.set(`NAMESPACES.${name}`, value);
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Dotted paths of every string in a language's tree, and any non-string leaves. */
function leaves(tree: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [p, v] of leaves(value as Record<string, unknown>, path)) out.set(p, v);
    } else out.set(path, value);
  }
  return out;
}

/** Logical key ("counts.links") → the plural suffixes present ("one", "other"), or null for a plain key. */
function logicalKeys(tree: Record<string, unknown>): Map<string, Set<string> | null> {
  const out = new Map<string, Set<string> | null>();
  for (const path of leaves(tree).keys()) {
    const match = PLURAL.exec(path);
    if (!match) {
      out.set(path, null);
      continue;
    }
    const key = path.slice(0, match.index);
    const forms = out.get(key) ?? new Set<string>();
    forms.add(match[1]!);
    out.set(key, forms);
  }
  return out;
}

describe('UI strings', () => {
  it('finds the namespace modules, the v2 ones among them, each registered with the app', () => {
    expect(namespaces.size).toBeGreaterThanOrEqual(Object.keys(NAMESPACES).length);
    for (const file of ['core', 'vocab', 'panels', 'facts', 'filters', 'legend', 'lists', 'search', 'recovery']) {
      expect([...namespaces.keys()].some((k) => k.startsWith(`${file}.ts:`)), file).toBe(true);
    }
    // A module the app does not register would never be shown.
    const registered = new Set(Object.values(NAMESPACES) as unknown[]);
    for (const [name, messages] of namespaces) expect(registered.has(messages), `${name} is not in NAMESPACES`).toBe(true);
  });

  it.each(LANGS)('merges the namespaces into one table with the same keys in %s as in English', (lang) => {
    const en = logicalKeys(messagesFor('en'));
    expect([...logicalKeys(messagesFor(lang)).keys()].sort()).toEqual([...en.keys()].sort());
  });

  describe.each([...namespaces])('%s', (_name, messages) => {
    const reference = logicalKeys(messages.en);

    it.each(LANGS)('has the same keys in %s as in English', (lang) => {
      const keys = logicalKeys(messages[lang]);
      expect([...keys.keys()].sort()).toEqual([...reference.keys()].sort());
      for (const [key, forms] of keys) {
        expect(forms === null, `${lang}: ${key} is plural in one language only`).toBe(reference.get(key) === null);
      }
    });

    it.each(LANGS)('has every plural form %s needs, and always _other', (lang) => {
      // translate.ts picks the plural form with Intl.PluralRules of the language code itself.
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [key, forms] of logicalKeys(messages[lang])) {
        if (forms === null) continue;
        for (const form of new Set(['other', ...needed])) {
          expect(forms.has(form), `${lang}: ${key}_${form} is missing`).toBe(true);
        }
      }
    });

    it.each(LANGS)('has no empty, placeholder or non-string value in %s', (lang) => {
      for (const [path, value] of leaves(messages[lang])) {
        expect(typeof value, `${lang}: ${path}`).toBe('string');
        const text = String(value).trim();
        expect(text, `${lang}: ${path} is empty`).not.toBe('');
        expect(/^TODO\b/i.test(text), `${lang}: ${path} is still "${text}"`).toBe(false);
      }
    });
  });

  it('has no top-level key in two namespaces (merging would drop one)', () => {
    const owner = new Map<string, string>();
    for (const [name, messages] of namespaces) {
      for (const key of Object.keys(messages.en)) {
        expect(owner.get(key), `"${key}" is in ${owner.get(key)} and ${name}`).toBeUndefined();
        owner.set(key, name);
      }
    }
  });
});

describe('region names', () => {
  const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/data/boundaries.topo.json');
  const boundaries = decodeBoundaries(JSON.parse(readFileSync(file, 'utf8')));

  it('gives every region in boundaries.topo.json a name in English and Russian', () => {
    expect(boundaries.regions.features.length).toBeGreaterThan(0);
    for (const { properties: p } of boundaries.regions.features) {
      expect(p.name_en?.trim(), `${p.vid}: name_en`).toBeTruthy();
      expect(p.name_ru?.trim(), `${p.vid}: name_ru`).toBeTruthy();
    }
  });
});
