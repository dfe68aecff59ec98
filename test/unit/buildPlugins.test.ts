/**
 * The build steps that shape the first view's bundle: the maplibre-gl.css trim, the
 * per-language string tables and the ASCII-only scripts.
 */
import postcss from 'postcss';
import type { Plugin, ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/namespaces';
import { escapeNonAscii, worthEscaping } from '../../scripts/asciiScripts';
import { messagesPlugin } from '../../scripts/messagesPlugin';
import { trimMaplibreCss } from '../../scripts/trimMaplibreCss';

const MAPLIBRE_CSS = '/x/node_modules/maplibre-gl/dist/maplibre-gl.css';
const SAMPLE = `
.maplibregl-ctrl-geolocate .maplibregl-ctrl-icon { background-image: url("data:image/svg+xml;charset=utf-8,a"); }
.maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon { background-image: url("data:image/svg+xml;charset=utf-8,b"); }
.maplibregl-ctrl-fullscreen, .maplibregl-ctrl-attrib-button { cursor: pointer; }
@media (forced-colors: active) { .maplibregl-ctrl-compass .maplibregl-ctrl-icon { background-color: ButtonText; } }
.maplibregl-popup { display: flex; }
`;

const trim = async (css: string, from: string) => (await postcss([trimMaplibreCss()]).process(css, { from })).css;

describe('trimMaplibreCss', () => {
  it('drops the rules of controls the atlas never adds and keeps the zoom buttons and attribution', async () => {
    const out = await trim(SAMPLE, MAPLIBRE_CSS);
    expect(out).not.toMatch(/geolocate|fullscreen|compass|popup|forced-colors/);
    expect(out).toContain('maplibregl-ctrl-zoom-in');
    // A rule shared with a kept control keeps that selector only.
    expect(out).toMatch(/\.maplibregl-ctrl-attrib-button\s*\{\s*cursor: pointer/);
  });

  it('leaves every other stylesheet alone', async () => {
    expect(await trim(SAMPLE, '/x/src/index.css')).toBe(SAMPLE);
  });
});

/** Runs the plugin's hooks as Vite would, for `vite build` or the dev server. */
function loadTable(command: 'build' | 'serve', lang: string): string {
  const plugin = messagesPlugin() as Plugin & Record<string, (...args: unknown[]) => unknown>;
  (plugin.configResolved as (c: Partial<ResolvedConfig>) => void)({ command });
  const id = (plugin.resolveId as (id: string) => string | null)(`virtual:atlas-messages/${lang}`);
  if (!id) throw new Error('not resolved');
  return (plugin.load as (id: string) => string)(id);
}

describe('messagesPlugin', () => {
  it('builds one language’s strings into its module, and no other language’s', () => {
    const code = loadTable('build', 'ru');
    const json = JSON.parse(code.match(/^export default JSON\.parse\((".*")\);$/)![1]!) as string;
    // Exactly the Russian table: neither English nor the other languages come along.
    expect(JSON.parse(json)).toEqual(messagesFor('ru'));
  });

  it('imports the live namespaces on the dev server, and refuses a language the atlas does not have', () => {
    expect(loadTable('serve', 'zh')).toContain("messagesFor(\"zh\")");
    expect(() => loadTable('build', 'de')).toThrow(/not a language/);
  });
});

describe('asciiScripts', () => {
  // What the escaped script computes must be what the original computed, in every place a
  // character can stand: strings, templates, regular expressions (with and without u), identifiers,
  // object keys, an astral character, and a comment.
  const SOURCE = `
    const café = 'Kazakhstan–China ’quoted’';
    const keys = { لآ: 1, "—": \`︱\` };
    const re = /[–—]+/g, astral = /^🙂$/u;
    /* Ушқоңыр */
    return [café, Object.keys(keys).join('|'), keys['—'], 'a––b'.replace(re, '-'), astral.test('🙂'), \`Қ\${café.length}\`, '🙂'.length];
  `;
  const run = (code: string) => new Function(code)() as unknown[];

  it('writes every non-ASCII character as an escape and means the same', () => {
    const escaped = escapeNonAscii(SOURCE);
    expect(escaped).not.toMatch(/[\u0080-\uffff]/);
    expect(escaped).toContain('\\u2013');
    expect(run(escaped)).toEqual(run(SOURCE));
    expect(run(SOURCE)).toEqual(['Kazakhstan–China ’quoted’', 'لآ|—', '︱', 'a-b', true, 'Қ25', 2]);
  });

  it('escapes scripts that are almost all ASCII, and leaves mostly-other-script ones and pure ASCII alone', () => {
    expect(worthEscaping(`${'x'.repeat(1000)}–`)).toBe(true);
    expect(worthEscaping('Қазақстан мен Қытай')).toBe(false);
    expect(worthEscaping('x'.repeat(1000))).toBe(false);
  });
});
