/**
 * Trains the learned reading (flows/safety/learned-reading.ts) on the whole labelled corpus and writes
 * its weights, deterministically: the same corpus gives the same file.
 *
 *   npm run safety:train
 *   npx tsx flows/safety/train-learned-reading.ts --cross-validate   (5 folds, nothing written)
 */
import { writeFileSync } from 'node:fs';
import { corpus, type CorpusEntry } from './corpus.test-data';
import { trainingDigest } from './corpus-digest';
import { everydayAnswers } from './everyday-answers';
import { learnedClasses, learnedWeightsFile, type LearnedModel } from './learned-reading';
import { messageFeatures } from './message-features';
import { score, train, type TrainingExample } from './softmax-model';

const SETTINGS = { epochs: 15, learningRate: 0.3, l2: 0.001, minCount: 2 };
const FOLDS = 5;

const classOf = (entry: CorpusEntry) => learnedClasses.indexOf(entry.label === 'danger' ? entry.category! : entry.label === 'none' ? 'none' : 'unclear');
const NONE = learnedClasses.indexOf('none');
/** The labelled messages, and every everyday answer from the locale files as not danger. */
const examples = (entries: readonly CorpusEntry[]): TrainingExample[] => [
  ...entries.map((entry) => ({ features: messageFeatures(entry.text), label: classOf(entry) })),
  ...everydayAnswers().map((text) => ({ features: messageFeatures(text), label: NONE })),
];

function fold(entry: CorpusEntry): number {
  let hash = 0;
  for (const char of entry.text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % FOLDS;
}

/** How the learned reading alone does on messages it was not trained on, fold by fold. */
function crossValidate(): void {
  let danger = 0;
  let caught = 0;
  let safe = 0;
  let alarms = 0;
  for (let k = 0; k < FOLDS; k++) {
    const model = train([...learnedClasses], examples(corpus.filter((entry) => fold(entry) !== k)), SETTINGS);
    for (const entry of corpus.filter((e) => fold(e) === k)) {
      const p = score(model, messageFeatures(entry.text))
        .probabilities.slice(2)
        .reduce((a, b) => a + b, 0);
      if (entry.label === 'danger') [danger, caught] = [danger + 1, caught + (p >= 0.6 ? 1 : 0)];
      if (entry.label === 'none') [safe, alarms] = [safe + 1, alarms + (p >= 0.6 ? 1 : 0)];
    }
  }
  process.stdout.write(
    `learned reading alone, ${FOLDS}-fold: recall ${((caught / danger) * 100).toFixed(1)} % (${caught}/${danger}), alarms on safe ${((alarms / safe) * 100).toFixed(1)} % (${alarms}/${safe})\n`,
  );
}

/** One feature per line, sorted, so a retrained model's diff can be read. */
function serialise({ weights, ...rest }: LearnedModel): string {
  const lines = Object.keys(weights)
    .sort()
    .map((feature) => `    ${JSON.stringify(feature)}: ${JSON.stringify(weights[feature])}`);
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  return `${head},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}

if (process.argv.includes('--cross-validate')) {
  crossValidate();
} else {
  const model: LearnedModel = {
    ...train([...learnedClasses], examples(corpus), SETTINGS),
    trainedOn: { messages: corpus.length, digest: trainingDigest(corpus, everydayAnswers()) },
  };
  writeFileSync(learnedWeightsFile, serialise(model));
  process.stdout.write(`trained on ${corpus.length} messages: ${Object.keys(model.weights).length} features\n`);
}
