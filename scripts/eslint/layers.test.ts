import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LAYER_RULES = [
  'import-x/no-restricted-paths',
  'import-x/no-extraneous-dependencies',
  'layers/no-import-cycle',
];

let eslint: ESLint;
// Loading the config (typescript-eslint, the plugins) takes a few seconds on a busy machine.
beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  await eslint.lintText('', { filePath: path.join(ROOT, 'src/lib/probe.ts') });
}, 60_000);

/** What the layering rules say about `code` as if it were the file at `filePath`. */
async function layerProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId !== null && LAYER_RULES.includes(message.ruleId))
    .map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the layering lint', () => {
  it.each([
    [
      'a feature imports app/',
      'src/features/search/probe.ts',
      "import { CooperationView } from '../../app/cooperation-view';",
      'features/ is below app, editor',
    ],
    [
      'a feature imports another feature',
      'src/features/search/probe.ts',
      "import { CityList } from '../city-list/city-list';",
      'features do not import each other',
    ],
    [
      'ui/ imports a feature',
      'src/ui/probe.ts',
      "import { MapLegend } from '../features/map/controls/map-legend';",
      'ui/ is below features',
    ],
    [
      'i18n/ imports ui/',
      'src/i18n/probe.ts',
      "import { LoadFailed } from '../ui/load-failed';",
      'i18n/ is below ui',
    ],
    [
      'data/ imports i18n/',
      'src/data/probe.ts',
      "import { messages } from '../i18n/messages';",
      'data/ is below i18n',
    ],
    [
      'lib/ imports data/',
      'src/lib/probe.ts',
      "import { DATA_FILE } from '../data/cooperation-query';",
      'lib/ is below data',
    ],
    [
      'ui/ imports a feature for a type only',
      'src/ui/probe.ts',
      "import type { MapCity } from '../features/map/map-city';",
      'ui/ is below features',
    ],
    [
      'ui/ loads a feature on demand',
      'src/ui/probe.ts',
      "export const load = () => import('../features/map/lazy-map');",
      'ui/ is below features',
    ],
    [
      "a feature takes another feature's styles",
      'src/features/search/probe.ts',
      "import '../city-list/city-list.css';",
      'features do not import each other',
    ],
    [
      'app/ imports main.tsx',
      'src/app/probe.ts',
      "import '../main';",
      'app/ is below editor, main.tsx',
    ],
    [
      'app/ imports the editor',
      'src/app/probe.ts',
      "import { fieldId } from '../editor/validation/field-id';",
      'app/ is below editor',
    ],
    [
      'a feature imports the editor',
      'src/features/search/probe.ts',
      "import { checkDraft } from '../../editor/validation/check-draft';",
      'features/ is below app, editor',
    ],
    [
      "the public map's entry imports the editor",
      'src/main.tsx',
      "import { EditorApp } from './editor/editor-app';",
      'main.tsx is the public map: it imports nothing of the editor',
    ],
    [
      "the public map's entry imports the editor's entry",
      'src/main.tsx',
      "import './editor-main';",
      'main.tsx is the public map: it imports nothing of the editor',
    ],
    [
      "the editor imports its page's entry",
      'src/editor/probe.ts',
      "import './../editor-main';",
      'editor/ is below main.tsx, editor-main.tsx',
    ],
    [
      'src/ imports scripts/',
      'src/data/probe.ts',
      "import { mulberry32 } from '../../scripts/generate-data/random';",
      'src/ does not import scripts/',
    ],
    [
      'a test-only helper imports scripts/',
      'src/testing/probe.ts',
      "import { mulberry32 } from '../../scripts/generate-data/random';",
      'src/ does not import scripts/',
    ],
    [
      'the app imports a test-only helper',
      'src/features/search/probe.ts',
      "import { testCity } from '../../testing/test-builders';",
      'src/testing/ is for tests only',
    ],
    [
      'a test imports a layer above its own',
      'src/ui/probe.test.ts',
      "import { MapLegend } from '../features/map/controls/map-legend';",
      'ui/ is below features',
    ],
    [
      'a type-only import closes a circle (through a dynamic import)',
      'src/features/city-list/virtual-groups.tsx',
      "import type { CityListProps } from './city-list';",
      'Import cycle: src/features/city-list/virtual-groups.tsx → src/features/city-list/city-list.tsx → src/features/city-list/virtual-groups.tsx',
    ],
    [
      'a value import closes a circle',
      'src/data/map-settings-guard.ts',
      "import { SETTINGS_FILE } from './map-settings';",
      'Import cycle: src/data/map-settings-guard.ts → src/data/map-settings.ts → src/data/map-settings-guard.ts',
    ],
    [
      'a package that package.json does not declare',
      'e2e/probe.spec.ts',
      "import { minimatch } from 'minimatch';",
      "'minimatch' should be listed in the project's dependencies",
    ],
    [
      'the app imports a devDependency',
      'src/ui/probe.ts',
      "import { z } from 'zod'; import { expect } from 'vitest';",
      "'vitest' should be listed in the project's dependencies, not devDependencies",
    ],
  ])('fails when %s', async (_, filePath, code, expected) => {
    const problems = await layerProblems(filePath, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it.each([
    [
      'app/ imports a feature',
      'src/app/probe.ts',
      "import { CityList } from '../features/city-list/city-list';",
    ],
    [
      'a feature imports its own folders',
      'src/features/map/probe.ts',
      "import { Basemap } from './basemap/basemap';",
    ],
    [
      'a feature imports ui/, i18n/, data/ and lib/',
      'src/features/search/probe.ts',
      [
        "import { LoadFailed } from '../../ui/load-failed';",
        "import { useI18n } from '../../i18n/i18n-context';",
        "import { DATA_FILE } from '../../data/cooperation-query';",
        "import { whenIdle } from '../../lib/when-idle';",
      ].join('\n'),
    ],
    [
      'a test imports another feature and the tools',
      'src/features/export/probe.test.ts',
      [
        "import { filterByThemes } from '../filters/filter-visits';",
        "import { mulberry32 } from '../../../scripts/generate-data/random';",
        "import { testCity } from '../../testing/test-builders';",
      ].join('\n'),
    ],
    [
      'the editor imports app/, features/, ui/, i18n/, data/ and lib/',
      'src/editor/probe.ts',
      [
        "import { startApp } from '../app/start';",
        "import { LanguageSwitch } from '../features/language/language-switch';",
        "import { LoadFailed } from '../ui/load-failed';",
        "import { useI18n } from '../i18n/i18n-context';",
        "import { DATA_FILE } from '../data/cooperation-query';",
        "import { whenIdle } from '../lib/when-idle';",
      ].join('\n'),
    ],
    [
      "the editor's entry imports the editor",
      'src/editor-main.tsx',
      "import { EditorApp } from './editor/editor-app';",
    ],
    [
      'the tools import the app',
      'scripts/probe.ts',
      "import { cooperationSchema } from '../src/data/schema.ts';",
    ],
  ])('lets %s', async (_, filePath, code) => {
    expect(await layerProblems(filePath, code)).toEqual([]);
  });
});
