import type { Plugin } from 'vite';
import { LANGS, type Lang } from '../src/data/schema';
import { messagesFor } from '../src/i18n/namespaces';

const PREFIX = 'virtual:atlas-messages/';

/**
 * `virtual:atlas-messages/<lang>`: one language's UI strings (src/i18n/namespaces.ts). In the
 * build each is a JSON table of its own, so the chunk carries that language only; the dev
 * server and the tests import the namespaces live, so an edited string shows at once.
 */
export function messagesPlugin(): Plugin {
  let build = false;
  return {
    name: 'atlas-messages',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const lang = id.slice(PREFIX.length + 1) as Lang;
      if (!LANGS.includes(lang)) throw new Error(`${PREFIX}${lang}: not a language of the atlas`);
      // JSON.parse of a string is quicker to start than the same object as a JS literal.
      if (build) return `export default JSON.parse(${JSON.stringify(JSON.stringify(messagesFor(lang)))});`;
      return `import { messagesFor } from '/src/i18n/namespaces.ts';\nexport default messagesFor(${JSON.stringify(lang)});`;
    },
  };
}
