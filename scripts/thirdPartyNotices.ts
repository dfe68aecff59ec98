import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Where the notices land in the build output (linked from the app's About panel). */
export const NOTICES_FILE = 'third-party-notices.txt';

type Package = { name: string; version: string; license: string; homepage: string | null; text: string };

/**
 * Packages bundled by the builds of this process, by name@version. Shared by every instance of the
 * plugin: the service worker is a second build (vite-plugin-pwa), and its writeBundle, which runs
 * last, writes the union.
 */
const shipped = new Map<string, Package>();

/** The package directory a module comes from ("…/node_modules/@scope/name"), or null for our own code. */
export function packageDirOf(moduleId: string): string | null {
  const id = moduleId.replace(/^\0/, '').split('?')[0]!.replaceAll('\\', '/');
  const at = id.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const parts = id.slice(at + '/node_modules/'.length).split('/');
  const name = parts[0]!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return `${id.slice(0, at)}/node_modules/${name}`;
}

function readPackage(dir: string): Package {
  const json = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const licenceFile = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const repo = typeof json.repository === 'string' ? json.repository : json.repository?.url;
  return {
    name: json.name,
    version: json.version,
    license: typeof json.license === 'string' ? json.license : (json.license?.type ?? 'see the package'),
    homepage: json.homepage ?? repo ?? null,
    text: licenceFile ? fs.readFileSync(path.join(dir, licenceFile), 'utf8').trim() : '(The package ships no licence file; its package.json names the licence above.)',
  };
}

function render(packages: Package[]): string {
  const rule = '='.repeat(78);
  const head =
    'Third-party software in the Kazakhstan–China Regional Atlas\n\n' +
    'The packages bundled into this build (the app and its service worker), with their licences.\n' +
    'Generated at build time. The map data and its licences are credited on the map and in the README.\n';
  const body = packages
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => `${rule}\n${p.name} ${p.version} — ${p.license}\n${p.homepage ? `${p.homepage}\n` : ''}\n${p.text}\n`);
  return [head, ...body].join('\n');
}

/**
 * Writes dist/third-party-notices.txt from the npm packages whose code is in the bundle (not
 * everything in package.json: build tools are not shipped). The bundler's own helpers (Vite's
 * module preload, Rolldown's runtime) are injected as virtual modules and count as theirs.
 */
export function thirdPartyNotices(): Plugin {
  return {
    name: 'atlas-third-party-notices',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const helper = /^\0(vite|rolldown)\//.exec(id)?.[1];
          const dir = helper ? path.resolve('node_modules', helper) : packageDirOf(id);
          if (!dir) continue;
          const pkg = readPackage(dir);
          shipped.set(`${pkg.name}@${pkg.version}`, pkg);
        }
      }
    },
    writeBundle(options) {
      // A byte-order mark: hosts (and `vite preview`) serve .txt as text/plain without a charset,
      // and browsers would then show the names' dashes and accents as mojibake.
      if (options.dir) fs.writeFileSync(path.join(options.dir, NOTICES_FILE), `\uFEFF${render([...shipped.values()])}`);
    },
  };
}
