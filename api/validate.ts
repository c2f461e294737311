import type { z } from 'zod';
import { BadRequestError } from './errors';

/** Validates input from outside once, at the edge; a bad value is a 400 that says what is wrong. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, what = 'body'): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : what}: ${i.message}`);
    throw new BadRequestError(`Invalid ${what}: ${problems.join('; ')}`, problems);
  }
  return result.data;
}
