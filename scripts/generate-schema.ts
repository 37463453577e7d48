/** npm run data:schema: writes data/cooperation.schema.json from the zod data contract. */
import { writeFileSync } from 'node:fs';
import { buildJsonSchema } from './data-schema/json-schema.ts';

const SCHEMA_FILE = new URL('../data/cooperation.schema.json', import.meta.url);

writeFileSync(SCHEMA_FILE, buildJsonSchema());
console.log('data/cooperation.schema.json written');
