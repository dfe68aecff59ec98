import type { Plugin } from 'vite';

const NON_ASCII = /[\u0080-\uffff]/g;

/** Every non-ASCII UTF-16 code unit as a \uXXXX escape (astral characters become their surrogate pair). */
export function escapeNonAscii(code: string): string {
  return code.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Whether a script is worth escaping: mostly ASCII with a few other characters. V8 and Blink hold
 * a script's source as two bytes per character as soon as one character is outside Latin-1, so
 * the main chunk (1.5 MB, a few hundred en dashes, quotes and Cyrillic letters) took 3 MB; all
 * ASCII it takes half (#13). A chunk that is mostly other scripts (the Russian, Kazakh and Chinese
 * strings) would only grow.
 */
export function worthEscaping(code: string): boolean {
  const others = code.match(NON_ASCII)?.length ?? 0;
  return others > 0 && others < code.length / 100;
}

/**
 * Escapes the non-ASCII characters of the built scripts that are almost all ASCII: our chunks
 * and the prebuilt MapLibre worker. A \u escape means the same character in a string, template,
 * regular expression, identifier or comment; none of these scripts reads a template's raw text,
 * where it would not.
 */
export function asciiScripts(): Plugin {
  return {
    name: 'atlas-ascii-scripts',
    apply: 'build',
    enforce: 'post',
    // After minification (which would write the characters back); names are hashed by then, and
    // as the escaping is deterministic, one name still means one content.
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') {
          if (worthEscaping(file.code)) file.code = escapeNonAscii(file.code);
        } else if (/\.m?js$/.test(file.fileName)) {
          const source = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          if (worthEscaping(source)) file.source = escapeNonAscii(source);
        }
      }
    },
  };
}
