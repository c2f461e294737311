import { DEFAULT_URGENT_RESPONSE_HOURS } from '../config';
import { seedDirectorySource, type DirectorySource } from './directory/directory';
import type { UrgentResponseRules } from './safety-answer';

export interface FrontDoorSettings {
  /** After this much silence in the middle of a flow, a returning young person is asked: continue or start again? */
  resumeAfterMs: number;
  /** After this much silence, an unfinished flow is forgotten and a new message starts afresh. */
  expireAfterMs: number;
  /** Ask the one-tap rating after the intake, once the case store said who helps (the worker turns it on). */
  feedbackAfterIntake?: boolean;
  /**
   * The directory of where to go (cases/directory/: the table, cached per process): the referrals,
   * "bel of kom langs" and the night shelter of the emergency message name its contacts.
   * Default: the seed file, data/directory.json.
   */
  directory: DirectorySource;
  /** The response rules an urgent handover's deadline is computed with, told to the young person at once. */
  urgentRules: UrgentResponseRules;
}

export const defaultFrontDoorSettings: FrontDoorSettings = {
  resumeAfterMs: 12 * 60 * 60 * 1000,
  expireAfterMs: 30 * 24 * 60 * 60 * 1000,
  directory: seedDirectorySource,
  urgentRules: { responseDays: 2, urgentResponseHours: DEFAULT_URGENT_RESPONSE_HOURS },
};
