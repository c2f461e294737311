import { z } from 'zod';
import { municipalities } from '../../drizzle/schema';
import type { Translate } from '../ask-dialog';
import type { KnownFacts } from '../known-facts';
import type { SafetyCategory } from './safety-types';

/** A night shelter's own contact, as the municipality keeps it (DESIGN.md rule 12: contacts are data). */
export const nightShelterContactSchema = z.object({
  /** How the young person knows it, e.g. "Nachtopvang Amstelveen". */
  name: z.string().trim().min(1).max(80),
  /** As a young person dials it: "020-1234567", "+31 20 123 4567". */
  phone: z.string().regex(/^\+?\d[\d -]{5,18}\d$/, 'must be a phone number like 020-1234567'),
});
export type NightShelterContact = z.infer<typeof nightShelterContactSchema>;

/**
 * The night shelter of each municipality, for a young person sleeping rough or running away. Where
 * none is known (or the municipality is not known yet) the message points to the Sociaal loket of
 * their municipality, with 112 above it as always. Validate settings from outside with this schema.
 */
export const nightSheltersSchema = z.partialRecord(z.enum(municipalities), nightShelterContactSchema);
export type NightShelters = z.infer<typeof nightSheltersSchema>;

const LINES = 'commands:safety.lines';

/** What the helpline part of the message depends on: the danger, and what is known of the young person. */
export interface EmergencyMessageInput {
  t: Translate;
  category?: SafetyCategory | undefined;
  known: KnownFacts;
  nightShelters: NightShelters;
}

/** The lines of the emergency message; the coach reads which the young person was given. */
export const helplines = ['danger_now', 'medical', 'suicide_prevention', 'violence_home', 'sexual_violence', 'night_shelter', 'night_shelter_unknown', 'under_18'] as const;
export type Helpline = (typeof helplines)[number];

/**
 * The helplines that fit the danger and the young person's age, in the order they are read. 112
 * comes first whenever life may be in danger now; after pills, "call 112 now" is the whole first line.
 */
export function emergencyHelplines({ category = 'suicide', known, nightShelters }: Omit<EmergencyMessageInput, 't'>): Helpline[] {
  const lines: Helpline[] = [category === 'medical' ? 'medical' : 'danger_now'];
  switch (category) {
    case 'suicide':
    case 'self_harm':
      lines.push('suicide_prevention');
      break;
    case 'violence_home':
      lines.push('violence_home');
      break;
    case 'sexual_violence':
      lines.push('sexual_violence');
      break;
    case 'homeless_runaway':
      lines.push(shelterOf(known, nightShelters) ? 'night_shelter' : 'night_shelter_unknown');
      break;
    case 'medical':
    case 'threat':
      break;
  }
  // De Kindertelefoon is for children and young people up to 18.
  if (known.age !== undefined && known.age < 18) lines.push('under_18');
  return lines;
}

/**
 * The emergency message: only the numbers that fit the danger and the young person's age, each on
 * its own short line, so it reads on a small phone screen in a moment of stress.
 */
export function emergencyMessage(input: EmergencyMessageInput): string {
  const shelter = shelterOf(input.known, input.nightShelters);
  const lines = emergencyHelplines(input).map((line) =>
    line === 'night_shelter' && shelter ? input.t(`${LINES}.night_shelter`, { name: shelter.name, phone: shelter.phone }) : input.t(`${LINES}.${line}`),
  );
  lines.push(input.t(`${LINES}.coach`));
  return lines.join('\n');
}

function shelterOf(known: KnownFacts, nightShelters: NightShelters): NightShelterContact | undefined {
  return known.municipality && known.municipality !== 'other' ? nightShelters[known.municipality] : undefined;
}
