import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
];

/** Runtime boundaries from architecture.md, enforced here and by the per-folder tsconfigs. */
export default tseslint.config(
  { ignores: ['dist/**', '.tsbuild/**', 'node_modules/**', 'test-artifacts/**', 'bench-artifacts/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', importNames: ['ipcMain'], message: 'Only electron/main/ registers IPC handlers.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer never imports electron: use renderer/src/api.ts.' }],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer has no Node: ask the back end through api.ts.' },
            { group: ['**/electron/**', '../electron/*'], message: 'The renderer never imports back-end code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is pure: no electron.' }],
          patterns: [
            { group: nodeBuiltins, message: 'shared/ is pure: no Node built-ins.' },
            {
              group: ['@tiptap/*', 'react', 'react-dom', '**/electron/**', '**/renderer/**', '**/server/**'],
              message: 'shared/ imports neither TipTap, React, nor a runtime folder.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'navigator'],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/shell/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Core, shell, CLI and server run in plain Node: never import electron here.' },
          ],
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
              message: 'No imports from the UI or the Electron glue.',
            },
          ],
        },
      ],
    },
  },
  {
    // The node bundles mark these modules free of side effects (scripts/launch/sourcesWithoutSideEffects.mjs), so an
    // import made only for its effect would be dropped from them.
    files: ['electron/core/**/*.ts', 'electron/shell/**/*.ts', 'electron/cli/**/*.ts', 'shared/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[specifiers.length=0]',
          message:
            'No import for its side effects here: the bundles treat these modules as free of them. Import what you use.',
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The server runs in plain Node: never import electron.' }],
          patterns: [
            { group: ['**/renderer/**'], message: 'The server never imports UI code.' },
            {
              regex: '^(\\.\\./)+electron/(?!core/packages/verifyPackageFiles$|core/files/writeFileAtomic$)',
              message:
                'From electron/ the server uses only the signed-package verifier (core/packages/verifyPackageFiles) and the atomic file writer (core/files/writeFileAtomic).',
            },
          ],
        },
      ],
    },
  },
  {
    // Start-up cost: these libraries take tens of milliseconds to evaluate, so the back end loads them with
    // `await import()` where they are used, and the command line and the window start without them.
    files: ['electron/core/**/*.ts', 'electron/shell/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['pdf-lib', '@pdf-lib/*', 'node-forge', '@signpdf/signpdf', '@signpdf/placeholder-pdf-lib'],
              allowTypeImports: true,
              message:
                'Load this library with `await import()` inside the function that uses it: start-up stays fast (bench/startup.bench.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'The main process never imports UI code.' }] },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/core/**', '**/main/**'], message: 'The preload only bridges the contract.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
