/** npm run data:country-boxes: writes the app's country boxes (the browser's swapped-coordinates check). */
import { writeFileSync } from 'node:fs';
import { buildCountryBoxes } from './country-boxes/country-boxes.ts';

const FILE = new URL('../src/data/validation/country-boxes.ts', import.meta.url);

writeFileSync(FILE, buildCountryBoxes());
console.log('src/data/validation/country-boxes.ts written');
