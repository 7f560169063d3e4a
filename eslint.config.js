// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

/** Forbids relative imports that reach one of the named top-level folders of src/. */
const layers = (/** @type {string[]} */ names, /** @type {string} */ why) => ({
  regex: `(^|/)\\.\\.(/\\.\\.)*/(${names.join('|')})(/|$)`,
  message: why,
});

const restrict = (/** @type {object[]} */ patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'data',
      'node_modules',
      'playwright-report',
      'test-results',
      'bench/results',
      'coverage',
      'dev-dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  // Imports flow one way (DESIGN §5): ui → db, sync, domain, i18n; sync → db, domain;
  // db → domain; server → domain. The domain imports nothing but zod.
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: restrict([
      layers(['db', 'sync', 'ui', 'i18n', 'server'], 'src/domain imports nothing outside itself.'),
      {
        // papaparse: reading CSV text is pure, and the HR import's rules are the domain's.
        regex: '^(?!\\.|zod($|/)|date-fns($|/)|papaparse$)',
        message: 'src/domain may import only zod, date-fns, papaparse and itself.',
      },
    ]),
  },
  {
    files: ['src/db/**/*.ts'],
    rules: restrict([layers(['sync', 'ui', 'i18n', 'server'], 'src/db imports only src/domain.')]),
  },
  {
    files: ['src/sync/**/*.ts'],
    rules: restrict([layers(['ui', 'i18n', 'server'], 'src/sync imports src/db and src/domain.')]),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/i18n/**/*.ts'],
    rules: restrict([
      layers(['server'], 'The client never imports the server.'),
      { regex: '^(fastify|pg|@electric-sql/pglite|@node-rs/argon2)', message: 'Server-only.' },
    ]),
  },
  // src/server has a sync folder of its own: what leaves src/server depends on the depth.
  ...[1, 2, 3].map((depth) => ({
    files: [`src/server/${'*/'.repeat(depth - 1)}*.ts`],
    rules: restrict([
      {
        regex: `^(\\.\\./){${depth}}(db|sync|ui|i18n)(/|$)`,
        message: 'src/server imports only src/domain.',
      },
      { regex: '^(react|react-dom|dexie|i18next|workbox-window)', message: 'Client-only.' },
    ]),
  })),
  {
    files: ['**/*.test.{ts,tsx}', 'test/**', 'e2e/**', 'bench/**', 'scripts/**'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
