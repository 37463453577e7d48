/** npm run data:world-image: writes the country outlines drawn under the map's first frame. */
import { writeFileSync } from 'node:fs';
import { buildWorldImage } from './world-image/world-image.ts';

const FILE = new URL('../src/features/map/basemap/world-110m.svg', import.meta.url);

writeFileSync(FILE, buildWorldImage());
console.log('src/features/map/basemap/world-110m.svg written');
