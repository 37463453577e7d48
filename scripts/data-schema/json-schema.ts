import { z } from 'zod';
import { cooperationSchema } from '../../src/data/schema.ts';

/**
 * The editors' JSON Schema (draft 2020-12), generated from the zod data contract so the two
 * never drift apart. Checks that JSON Schema cannot express (references between entries,
 * dates matching years, places matching countries) are made by `npm run validate-data`.
 */
export function buildJsonSchema(): string {
  const schema = z.toJSONSchema(cooperationSchema, {
    target: 'draft-2020-12',
    io: 'input',
  });
  const document = {
    ...schema,
    $id: 'cooperation.schema.json',
    title: 'Współpraca zagraniczna Poznania: plik danych (Poznań international cooperation data)',
    description:
      'Sprawdź plik poleceniem npm run validate-data; instrukcja: docs/data.pl.md. (Check the file with npm run validate-data; guide: docs/data.en.md.)',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
