import { readdirSync } from 'node:fs';
import path from 'node:path';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { noImportCycle } from './no-import-cycle.js';

/**
 * The layers of src/, lowest first: each may import those below it, never those above. The
 * clerks' editor sits above the app (it shows the working copy in the real map); the map's
 * entry, main.tsx, may import neither the editor nor its entry (see `mapWithoutEditor`).
 */
const LAYERS = [
  'src/lib',
  'src/data',
  'src/i18n',
  'src/ui',
  'src/features',
  'src/app',
  'src/editor',
  'src/main.tsx',
  'src/editor-main.tsx',
];
const FEATURES = readdirSync(path.join(import.meta.dirname, '../../src/features'), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const TESTS = ['src/**/*.test.ts', 'src/**/*.test.tsx'];
const TESTING = 'src/testing/**';

const ORDER = 'editor-main.tsx → editor → app → features → ui → i18n → data → lib; main.tsx → app';
const names = (layers) => layers.map((layer) => layer.replace('src/', '')).join(', ');

/** Each layer may not import those above it (main.tsx: see `mapWithoutEditor`). */
const upwards = LAYERS.slice(0, -2).map((layer, index) => ({
  target: layer,
  from: LAYERS.slice(index + 1),
  message: `${names([layer])}/ is below ${names(LAYERS.slice(index + 1))}: it imports only the layers under it (${ORDER}).`,
}));

/** Features meet only in app/: none imports another. */
const acrossFeatures = FEATURES.map((feature) => ({
  target: `src/features/${feature}`,
  from: 'src/features',
  except: [`./${feature}`],
  message: `features do not import each other: compose them in app/, or move what both need down to ui/, data/ or lib/.`,
}));

/** The public map's bundle must not grow: its entry imports nothing of the editor. */
const mapWithoutEditor = {
  target: 'src/main.tsx',
  from: ['src/editor', 'src/editor-main.tsx'],
  message:
    'main.tsx is the public map: it imports nothing of the editor (editor-main.tsx is its entry).',
};

const fromScripts = {
  target: 'src',
  from: 'scripts',
  message: 'src/ does not import scripts/ (the tools import the app, not the other way round).',
};

const fromTesting = {
  target: 'src',
  from: 'src/testing',
  message: 'src/testing/ is for tests only: the app does not import it.',
};

const restrict = (zones) => ['error', { zones }];

export const layers = [
  {
    plugins: { 'import-x': importX, layers: { rules: { 'no-import-cycle': noImportCycle } } },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'layers/no-import-cycle': 'error',
      'import-x/no-extraneous-dependencies': ['error', { devDependencies: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...TESTS, TESTING],
    rules: {
      'import-x/no-restricted-paths': restrict([
        ...upwards,
        ...acrossFeatures,
        mapWithoutEditor,
        fromScripts,
        fromTesting,
      ]),
      // What the app imports ships to every visitor: a package it needs is a dependency.
      'import-x/no-extraneous-dependencies': ['error', { devDependencies: false }],
    },
  },
  {
    // A test may build its input with another feature's code, or the tools' (generated data).
    files: TESTS,
    rules: { 'import-x/no-restricted-paths': restrict(upwards) },
  },
  {
    files: [TESTING],
    rules: { 'import-x/no-restricted-paths': restrict([fromScripts]) },
  },
];
