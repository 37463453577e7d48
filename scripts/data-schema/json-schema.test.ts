import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from './json-schema.ts';

const schemaFile = new URL('../../data/cooperation.schema.json', import.meta.url);
const dataFile = new URL('../../data/cooperation.json', import.meta.url);

describe('data/cooperation.schema.json', () => {
  it('is up to date with the zod data contract (run `npm run data:schema` if not)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(buildJsonSchema());
  });

  it('is named by the data file, so editors such as VS Code use it', () => {
    const data = JSON.parse(readFileSync(dataFile, 'utf8')) as { $schema?: string };
    expect(data.$schema).toBe('./cooperation.schema.json');
  });

  it('rejects unknown keys at every level and requires the core lists', () => {
    const schema = JSON.parse(buildJsonSchema()) as {
      $schema: string;
      additionalProperties: boolean;
      required: string[];
      properties: { visits: { items: { additionalProperties: boolean; required: string[] } } };
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['hub', 'sources', 'themes', 'cities', 'visits']);
    expect(schema.properties.visits.items.additionalProperties).toBe(false);
    expect(schema.properties.visits.items.required).toContain('title');
  });
});
