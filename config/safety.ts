import { z } from 'zod';
import { nightSheltersSchema, type NightShelters } from '../flows/safety/emergency-message';
import { optional, safeJson } from './settings';

export interface SafetyConfig {
  /**
   * Each municipality's night shelter (NIGHT_SHELTERS, JSON), named to a young person who sleeps rough
   * or ran away; where none is set the safety message names the Sociaal loket.
   */
  nightShelters: NightShelters;
}

const safetySchema = z.object({
  NIGHT_SHELTERS: optional(z.string()),
});

export const safetySettings = safetySchema.shape;

/** Reads the safety settings; adds what is wrong with them to `problems`. */
export function readSafetyConfig(s: z.infer<typeof safetySchema>, problems: string[]): SafetyConfig {
  let nightShelters: NightShelters = {};
  if (s.NIGHT_SHELTERS) {
    const result = nightSheltersSchema.safeParse(safeJson(s.NIGHT_SHELTERS));
    if (result.success) nightShelters = result.data;
    else problems.push('NIGHT_SHELTERS must be JSON like {"amstelveen":{"name":"…","phone":"020-…"}} per municipality');
  }
  return { nightShelters };
}
