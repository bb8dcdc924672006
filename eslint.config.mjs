// Lint: typescript-eslint's recommended rules, the Office add-in rules, and React hooks rules.
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * The layers (ARCHITECTURE.md): imports point down only, workbench → taskpane → workbook → runs →
 * engine, and functions → engine. Office.js is called from src/workbook only; the entry points
 * (taskpane/index.ts, taskpane/startTaskPane.tsx, workbench/startWorkbench.tsx) compose the layers.
 */
const UI = ['react', 'react-dom', 'react-dom/*', '@fluentui/*'];
function layer(files, forbidden, why, ignores = []) {
  return {
    files,
    ignores,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: forbidden, message: why }] },
      ],
    },
  };
}
const noOfficeGlobals = (files, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-globals': [
      'error',
      {
        name: 'Office',
        message: 'Only src/workbook calls Office.js: take a workbook operation as a prop.',
      },
      {
        name: 'Excel',
        message: 'Only src/workbook calls Office.js: take a workbook operation as a prop.',
      },
    ],
  },
});
const layers = [
  layer(
    ['src/engine/**'],
    [
      '**/functions/**',
      '**/runs/**',
      '**/workbook/**',
      '**/taskpane/**',
      '**/workbench/**',
      ...UI,
      'papaparse',
      'zod',
    ],
    'src/engine is pure contract mathematics: it imports nothing but itself.',
  ),
  layer(
    ['src/functions/**'],
    ['**/runs/**', '**/workbook/**', '**/taskpane/**', '**/workbench/**', ...UI],
    'The custom functions are thin adapters over src/engine only.',
  ),
  layer(
    ['src/runs/**'],
    ['**/functions/**', '**/workbook/**', '**/taskpane/**', '**/workbench/**', ...UI],
    'src/runs orchestrates simulations over the engine: it knows no workbook and no UI.',
  ),
  layer(
    ['src/workbook/**'],
    ['**/functions/**', '**/taskpane/**', '**/workbench/**', ...UI],
    'src/workbook talks to Office.js, the engine and the run results; it knows no UI.',
  ),
  layer(
    ['src/taskpane/**'],
    [
      '**/functions/**',
      '**/workbench/**',
      '**/workbook/officeWorkbookHost',
      '**/workbook/memoryWorkbookHost',
    ],
    'Pane components receive workbook operations as props; only the entry points choose a host.',
    ['src/taskpane/startTaskPane.tsx'],
  ),
  noOfficeGlobals(
    ['src/engine/**', 'src/functions/**', 'src/runs/**', 'src/taskpane/**', 'src/workbench/**'],
    ['src/taskpane/index.ts'],
  ),
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'reports/**', 'bench/.build/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    plugins: { 'office-addins': officeAddins, 'react-hooks': reactHooks },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Type-only imports vanish when compiled, so they say plainly which imports are dependencies at run time.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,cjs}', '*.config.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  ...layers,
);
