/**
 * Docs and code name files by paths relative to the repository (`docs/DATA.md`,
 * `../shared/research/facts.md`), never by where one machine keeps them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TEXT = /\.(md|ts|tsx|js|mjs|css|json|html|txt|svg)$/;
// A drive letter only when it starts a word and a path follows (C:\Users, 'C:\\Users' in code), not https:\/\/ in a regex.
const MACHINE_PATH = /\/work\/|\/root\/|\/home\/|\/tmp\/|(?<!\w)[A-Za-z]:\\{1,2}(?=\w)/;

function textFiles(dir: string): string[] {
  return readdirSync(join(repo, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && TEXT.test(e.name))
    .map((e) => relative(repo, join(e.parentPath, e.name)));
}

describe('documentation and source paths', () => {
  const files = ['README.md', ...textFiles('docs'), ...textFiles('src')];

  it('finds the files it checks', () => {
    expect(files).toContain('docs/DATA.md');
    expect(files).toContain('src/main.tsx');
  });

  it('name no absolute path of a machine', () => {
    const hits = files.flatMap((file) =>
      readFileSync(join(repo, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (MACHINE_PATH.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});
