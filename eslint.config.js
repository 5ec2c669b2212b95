import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layer rules from the architecture: shared/ is pure; electron/ and renderer/ never meet. */
const noNode = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'],
  message: 'Tidak boleh memakai modul Node di lapisan ini.',
};
const noElectron = {
  group: ['electron', '*/electron/*', '**/electron/**'],
  message: 'Hanya electron/ yang boleh memakai Electron.',
};
const noRenderer = {
  group: ['*/renderer/*', '**/renderer/**'],
  message: 'electron/ tidak boleh mengimpor renderer/.',
};
const noDexie = {
  group: ['dexie', 'dexie-*'],
  message: 'Hanya renderer/src/db/** yang boleh memakai Dexie.',
};
const noDatabase = {
  group: ['**/db/database', '**/db/database.ts', '**/db/migrations/*'],
  message:
    'Hanya renderer/src/db/** yang membuka basis data; fitur memakai useRepositories() dari db/.',
};
/** Features and ui/ reach the data layer only through its index (`db/`), never a file inside it. */
const noDbInternals = {
  group: ['**/db/*', '**/db/**'],
  message:
    'Fitur dan ui/ hanya mengimpor dari db/ (index); berkas di dalam db/ adalah urusan lapisan data.',
};
/**
 * …and never open or build repositories themselves: the window's repositories come from
 * useRepositories() (or are passed in by the component that called it).
 */
const noDbOpeners = {
  group: ['**/db', '**/db/index'],
  importNamePattern:
    '^(appRepositories|initAppDatabase|setWindowRepositories|buildAppRepositories|createContext|[a-z]\\w*Repository)$',
  message: 'Fitur dan ui/ memakai repositori dari useRepositories(), bukan membuatnya sendiri.',
};
const noReact = {
  group: ['react', 'react-*', '@mui/*'],
  message: 'shared/ harus murni: tanpa React/MUI.',
};
const noWindowApi = {
  selector: "MemberExpression[object.name='window'][property.name='api']",
  message: 'Hanya platform/api.ts yang membaca window.api.',
};

/**
 * "Dexie behind repositories" (architecture.md): features never reach the tables through the
 * context's `db` (`ctx.db.x`, `repos.ctx.db`, `ctx['db']`, `const { db } = ctx`); they call a
 * repository method in renderer/src/db/repositories (add one there when it is missing).
 */
const FEATURE_DB_MESSAGE =
  'features read data through repositories (architecture.md): call a repository method instead of touching ctx.db.';
const noFeatureDb = [
  { selector: "MemberExpression[computed=false][property.name='db']", message: FEATURE_DB_MESSAGE },
  { selector: "MemberExpression[computed=true][property.value='db']", message: FEATURE_DB_MESSAGE },
  { selector: "ObjectPattern > Property[key.name='db']", message: FEATURE_DB_MESSAGE },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      '.tsbuild/**',
      'node_modules/**',
      'test-results/**',
      'bench-results/**',
      'samples-out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noNode, noElectron, noRenderer, noDexie, noReact] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noRenderer, noDexie, noReact] }] },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noRenderer, noElectron, noDexie, noReact] }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/src/db/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noDexie, noDatabase] }],
    },
  },
  {
    files: [
      'renderer/src/features/**/*.ts',
      'renderer/src/features/**/*.tsx',
      'renderer/src/ui/**/*.ts',
      'renderer/src/ui/**/*.tsx',
    ],
    // Repeats the renderer's patterns: a later block's no-restricted-imports replaces the earlier one's.
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noNode, noElectron, noDexie, noDatabase, noDbInternals, noDbOpeners] },
      ],
    },
  },
  {
    files: ['renderer/src/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNode, noElectron] }] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/src/platform/api.ts'],
    rules: { 'no-restricted-syntax': ['error', noWindowApi] },
  },
  {
    files: ['renderer/src/features/**/*.ts', 'renderer/src/features/**/*.tsx'],
    ignores: [
      // Whole-database snapshot and restore: a database-level operation on every table at once.
      'renderer/src/features/backup/**',
    ],
    // Repeats noWindowApi: a later block's no-restricted-syntax replaces the earlier one's options.
    rules: { 'no-restricted-syntax': ['error', noWindowApi, ...noFeatureDb] },
  },
);
