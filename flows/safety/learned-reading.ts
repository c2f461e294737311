import { readFileSync } from 'node:fs';
import { safetyCategories, type SafetyCategory } from './safety-types';
import { messageFeatures, type ReadingsSoFar } from './message-features';
import { score, type SoftmaxModel } from './softmax-model';

/**
 * A second reader beside the rules, learned from the labelled corpus (flows/safety/corpus.test-data.ts,
 * written largely blind): a logistic regression over the concepts, concept pairs, words and stems
 * the lexicons read (flows/safety/message-features.ts). It catches what no rule spells out yet —
 * "heb de mesjes uit mn puntenslijper gehaald", "my ex sent me a pic of a gun" — and it is still
 * deterministic and explainable: the weights are a file in the repository, and a reading names the
 * features that weighed most. Retrain with `npm run safety:train` after changing the corpus.
 */
export interface LearnedModel extends SoftmaxModel {
  /** What it was trained on: the corpus test fails when the corpus changed and the model did not. */
  trainedOn: { messages: number; digest: string };
}

/** Classes in the order the model scores them: the two without danger, then every category. */
export const learnedClasses = ['none', 'unclear', ...safetyCategories] as const;
const DANGER_FROM = learnedClasses.indexOf(safetyCategories[0]);

export interface LearnedReading {
  /** How likely the model finds it that the message tells of danger (the categories together). */
  danger: number;
  /** How likely it is a worry to ask about rather than danger ("ik wil niet meer"). */
  unclear: number;
  category: SafetyCategory;
  /** The features that weighed most for that category, strongest first. */
  because: string[];
}

export function readLearned(text: string, readings?: ReadingsSoFar): LearnedReading {
  const scored = score(learnedModel(), messageFeatures(text, readings));
  const categories = scored.probabilities.slice(DANGER_FROM);
  const best = categories.indexOf(Math.max(...categories));
  return {
    danger: categories.reduce((sum, p) => sum + p, 0),
    unclear: scored.probabilities[learnedClasses.indexOf('unclear')]!,
    category: safetyCategories[best]!,
    because: scored.reasons(DANGER_FROM + best, 4),
  };
}

const WEIGHTS = new URL('./learned-weights.json', import.meta.url);
let model: LearnedModel | undefined;

export function learnedModel(): LearnedModel {
  model ??= JSON.parse(readFileSync(WEIGHTS, 'utf8')) as LearnedModel;
  return model;
}

/** Reads with another model until called again without one: for measuring a model on messages it was not trained on. */
export function useLearnedModel(other: LearnedModel | undefined): void {
  model = other;
}

export { WEIGHTS as learnedWeightsFile };
