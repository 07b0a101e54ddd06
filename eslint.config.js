// One linter for the whole tree. The layer rule of docs/architecture.md is enforced here:
// each zone lists what its files may not import (test/unit/architecture.test.ts proves the rule fires).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map((p) => ({ group: [p.group].flat(), message: p.message })) },
  ],
});

const BROWSER_API = {
  group: 'webextension-polyfill',
  message: 'browser.* belongs in the entry points, not here.',
};
const PAGE = { group: '**/page/**', message: 'Only content and the CLI use the page layer.' };
/**
 * The background may parse a copy of a page where it has a DOM (Firefox's event page: parse-copy.ts),
 * and nothing else of the page layer.
 */
const PAGE_BUT_COPY = { ...PAGE, group: ['**/page/**', '!**/page/parse-copy'] };
const ENTRIES = ['content', 'background', 'popup', 'options', 'cli'].map((layer) => ({
  group: `**/${layer}/**`,
  message: `Entry points are leaves: nothing imports ${layer}.`,
}));

export const LAYER_RULES = [
  {
    files: ['src/core/**/*.ts'],
    rules: restrict([
      BROWSER_API,
      PAGE,
      ...ENTRIES,
      { group: '**/shared/**', message: 'The core depends on nothing in the extension.' },
      { group: 'node:*', message: 'The core runs in the browser too: no Node modules.' },
    ]),
  },
  { files: ['src/page/**/*.ts'], rules: restrict([BROWSER_API, ...ENTRIES]) },
  { files: ['src/shared/**/*.ts'], rules: restrict([BROWSER_API, PAGE, ...ENTRIES]) },
  { files: ['src/ui/**/*.ts'], rules: restrict([BROWSER_API, PAGE, ...ENTRIES]) },
  ...['content', 'background', 'popup', 'options', 'cli'].map((layer) => ({
    files: [`src/${layer}/**/*.ts`],
    rules: restrict([
      ...ENTRIES.filter((e) => !e.group.includes(`/${layer}/`)),
      ...(layer === 'content' || layer === 'cli' ? [] : [layer === 'background' ? PAGE_BUT_COPY : PAGE]),
    ]),
  })),
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'web-ext-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...LAYER_RULES,
  // Rules read tokens through TokenWindow/tokenAt and arrays through itemAt: never an unchecked `x!`.
  { files: ['src/core/**/*.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'error' } },
);
