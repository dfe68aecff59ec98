import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/ form layers; a folder may import only from the layers below it
 * (docs/ARCHITECTURE.md draws them):
 *
 *   data · dom                schema, dates, status, indexes, loaders · browser helpers
 *   view, geometry, style     the view's shape; tie shapes; colours and symbols
 *   i18n, filter              strings and formats; pure selectors
 *   state                     store, URL codec and sync, language
 *   model                     everything the screen shows, derived once
 *   map, ui, search, export   siblings: none imports another
 *   app                       composes them (and `testing`, for tests only)
 */
const FOLDERS = ['data', 'dom', 'view', 'geometry', 'style', 'i18n', 'filter', 'state', 'model', 'map', 'ui', 'search', 'export', 'app', 'testing'];
const ALLOWED = {
  data: [],
  dom: [],
  view: ['data'],
  geometry: ['data'],
  style: ['data'],
  i18n: ['data', 'view'],
  filter: ['data', 'view'],
  state: ['data', 'view', 'filter', 'i18n'],
  model: ['data', 'view', 'geometry', 'style', 'filter', 'state', 'i18n'],
  map: ['data', 'view', 'geometry', 'style', 'filter', 'model'],
  ui: ['data', 'dom', 'view', 'geometry', 'style', 'i18n', 'filter', 'state', 'model'],
  search: ['data', 'dom', 'view', 'i18n', 'filter', 'state', 'model'],
  export: ['data', 'dom', 'view', 'geometry', 'style', 'i18n', 'filter', 'state', 'model'],
};

/**
 * The restriction for one layer: imports of any folder not allowed for it fail lint, and so does a
 * value import of zod anywhere but src/data/z.ts, which configures zod before any schema exists.
 */
function restrictedImports(folder, { zod = false } = {}) {
  const allowed = ALLOWED[folder];
  const forbidden = FOLDERS.filter((f) => f !== folder && !allowed.includes(f));
  return [
    'error',
    {
      paths: zod
        ? []
        : ['zod', 'zod/mini'].map((name) => ({ name, message: "Import { z } from 'src/data/z' (it switches zod's eval probe off under the CSP).", allowTypeImports: true })),
      patterns: [
        {
          group: forbidden.map((f) => `**/${f}/**`),
          message: `src/${folder} may import only from ${allowed.length ? allowed.join(', ') : 'itself'} (see docs/ARCHITECTURE.md).`,
          // The message tables type-check their keys against the URL codec's reasons; a
          // type-only import adds no dependency at run time.
          allowTypeImports: folder === 'i18n',
        },
      ],
    },
  ];
}

const layerRules = [
  ...Object.keys(ALLOWED).map((folder) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': restrictedImports(folder) },
  })),
  { files: ['src/data/z.ts'], rules: { '@typescript-eslint/no-restricted-imports': restrictedImports('data', { zod: true }) } },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'bench/out', 'coverage'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // No rule, the hooks rules above all, can be switched off by a comment in the app's code.
    files: ['src/**/*.{ts,tsx}'],
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'error' },
  },
  ...layerRules,
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
  },
);
