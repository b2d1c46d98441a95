// @ts-check
/**
 * `npm run lint:eslint`: typescript-eslint with type information (recommendedTypeChecked) over
 * the TypeScript of the project (src, test, fixtures, bench). Rules turned off or tuned, and why:
 * see the comments below and README "Lint".
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'tmp/', 'laporan-*/', '.bench/', 'bin/', '*.config.*', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_name` marks a value destructured away on purpose (`const { a: _drop, ...rest } = x`)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // numbers and booleans in template literals are how every message is built; only objects,
      // null/undefined and the like are worth a finding
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // an `async` function without an await keeps the Promise signature its callers expect
      // (runProfileList beside the commands that do await; ReportSet.discard): not a bug
      '@typescript-eslint/require-await': 'off',
      // the terminal, CSV and workbook sanitisers match control characters (ESC, NUL…) on purpose
      'no-control-regex': 'off',
    },
  },
  {
    // tests read the reports back with JSON.parse (and exceljs cell values): `any` by nature; typing
    // every document read in a test would add casts, not safety
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
