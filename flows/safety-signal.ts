/**
 * The safety net: recognises a message that signals danger (suicidal thoughts, self-harm, a medical
 * emergency, violence or abuse at home, sexual violence and exploitation, being threatened, running
 * away or sleeping rough), whatever question is open and in any of the languages we speak — a young
 * person may switch language in distress.
 *
 * The vocabulary lives per language in `flows/safety/lexicon-<lang>.ts`, the matching in small pure
 * files beside it, and `flows/safety/corpus.test-data.ts` holds the labelled messages it is measured
 * on. The result says why it fired (rule and words), so a coach or the GGD can read it.
 */
export { detectSafetySignal, warmSafetyNet } from './safety/detect-safety-signal';
export { safetyCategories, type SafetyCategory, type SafetyLevel, type SafetySignal } from './safety/safety-types';
