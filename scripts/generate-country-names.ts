/** npm run data:country-names: writes the app's country names in Polish and English. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { buildCountryNames } from './country-names/country-names.ts';

const FILE = fileURLToPath(new URL('../src/i18n/country-names.ts', import.meta.url));

const options = await prettier.resolveConfig(FILE);
writeFileSync(FILE, await prettier.format(buildCountryNames(), { ...options, filepath: FILE }));
console.log('src/i18n/country-names.ts written');
