// ESLint (flat config): typescript-eslint's recommended rules (with type information, for the promise
// rules) over the TypeScript, ESLint's recommended rules over the JavaScript. Run by `npm test`
// (scripts/test.js) and `npm run lint`. Layout is prettier's job (.prettierrc), not ESLint's.
'use strict';

const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

module.exports = tseslint.config(
  {
    ignores: [
      // Generated: their generators' output is checked byte for byte, so findings are fixed in the generators.
      'lib/ops/generated/**',
      'lib/proto/schema.ts',
      'lib/proto/types.ts',
      'test/fixtures/generated/**',
      'dist/**',
      'build/**',
      'build-*/**',
      'deps/**',
      'prebuilds/**',
      '.venv/**',
      'coverage/**',
      'bench/build/**',
      'bench/results/**',
      'examples/results/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A leading underscore marks a parameter kept for its position; a rest sibling drops keys from an object copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // An interface extending one type names it (recursive array types, the module augmentation of nn.LoadedModel).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // `import fs = require('fs')` is TypeScript's import of the module object itself, which tests patch.
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { project: ['./tsconfig.eslint.json'], tsconfigRootDir: __dirname } },
    rules: {
      // A promise nobody awaits or catches ends the process on rejection, or lets a test pass before its assertion ran.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: {
      // The scripts are CommonJS modules run by node as they are.
      '@typescript-eslint/no-require-imports': 'off',
      // A CommonJS module's top level is its own scope: `const crypto = require('crypto')` shadows the global, it does not redeclare it.
      'no-redeclare': ['error', { builtinGlobals: false }],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
  },
);
