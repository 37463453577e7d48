import type { z } from 'zod';
import { citySchema, hubSchema, sourceSchema, themeSchema, visitSchema } from '../schema';
import { describeIssue } from './describe-issue';
import type { ShapeCheck, Shapes } from './shapes';

function fromSchema<T>(schema: z.ZodType<T>): ShapeCheck<T> {
  return (raw, path, problems) => {
    const result = schema.safeParse(raw, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.push(...describeIssue(issue, schema, path, raw));
    }
    return undefined;
  };
}

/** The precise checks: zod, with a message for every issue it finds. */
export const zodShapes: Shapes = {
  hub: fromSchema(hubSchema),
  source: fromSchema(sourceSchema),
  theme: fromSchema(themeSchema),
  city: fromSchema(citySchema),
  visit: fromSchema(visitSchema),
};
