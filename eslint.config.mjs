import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-artifacts/', '.data/', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The domain core runs in Apps Script and in Node: it may import nothing from either runtime.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', '../appsscript/*', '../bridge/*', '../../appsscript/*', '../../bridge/*'] }],
      'no-restricted-globals': ['error', 'Buffer', 'process', 'require', 'SpreadsheetApp', 'DriveApp', 'DocumentApp', 'Utilities', 'UrlFetchApp'],
    },
  },
);
