import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layer rules from the architecture: shared/ is pure; electron/ and renderer/ never meet. */
const noNode = { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'], message: 'Tidak boleh memakai modul Node di lapisan ini.' };
const noElectron = { group: ['electron', '*/electron/*', '**/electron/**'], message: 'Hanya electron/ yang boleh memakai Electron.' };
const noRenderer = { group: ['*/renderer/*', '**/renderer/**'], message: 'electron/ tidak boleh mengimpor renderer/.' };
const noDexie = { group: ['dexie', 'dexie-*'], message: 'Hanya renderer/src/db/** yang boleh memakai Dexie.' };
const noReact = { group: ['react', 'react-*', '@mui/*'], message: 'shared/ harus murni: tanpa React/MUI.' };

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', '.tsbuild/**', 'node_modules/**', 'test-results/**', 'bench-results/**', 'samples-out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noRenderer, noDexie, noReact] }] },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noRenderer, noDexie, noReact] }] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/src/db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noDexie] }] },
  },
  {
    files: ['renderer/src/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNode, noElectron] }] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/src/platform/api.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='window'][property.name='api']", message: 'Hanya platform/api.ts yang membaca window.api.' },
      ],
    },
  },
);
