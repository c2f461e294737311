import { describe, expect, it } from 'vitest';
import { corpus } from './corpus.test-data';
import { trainingDigest } from './corpus-digest';
import { everydayAnswers } from './everyday-answers';
import { heldOutBatches, learnedTrainingSet, readBatches, sealedBatchNames } from './held-out.test-data';
import { detectSafetySignal } from './detect-safety-signal';
import { learnedModel, readLearned } from './learned-reading';
import { score, train } from './softmax-model';

describe('the learned reading', () => {
  it('was trained on the corpus, the read held-out batches and the locale files as they are now (run `npm run safety:train` after changing any)', () => {
    expect(learnedModel().trainedOn).toEqual({ messages: learnedTrainingSet.length, digest: trainingDigest(learnedTrainingSet, everydayAnswers()) });
  });

  it('is trained on the read held-out batches, and on nothing of a sealed one that the corpus did not already hold', () => {
    const trained = new Set(learnedTrainingSet.map((entry) => entry.text));
    const inCorpus = new Set(corpus.map((entry) => entry.text));
    for (const name of sealedBatchNames) {
      expect(heldOutBatches[name]!.filter((entry) => trained.has(entry.text) && !inCorpus.has(entry.text)), name).toEqual([]);
    }
    expect(Object.keys(readBatches).length).toBeGreaterThan(20);
    for (const [name, batch] of Object.entries(readBatches)) expect(batch.filter((entry) => trained.has(entry.text)).length, name).toBeGreaterThan(batch.length * 0.95);
  });

  it('names the features that made it alarm, so a coach or the GGD can read why', () => {
    // No rule spells out blades taken out of a pencil sharpener; the concepts and words do.
    const signal = detectSafetySignal('heb de mesjes uit mn puntenslijper gehaald en ze liggen naast me. weet niet wat ik ga doen', 'nl');
    expect(signal.level).toBe('danger');
    expect(signal.matched?.rule).toMatch(/^learned: /);
    expect(signal.matched?.rule.split(', ').length).toBeGreaterThan(0);
    const reading = readLearned('heb de mesjes uit mn puntenslijper gehaald en ze liggen naast me. weet niet wat ik ga doen');
    expect(reading.danger).toBeGreaterThan(0.5);
    expect(reading.because.every((feature) => /^(word|stem|gram|concept|not|pair|notpair|context):/.test(feature))).toBe(true);
  });

  it('leaves everyday messages alone', () => {
    for (const text of ['hoi ik zoek een bijbaan in aalsmeer', 'wanneer begint de inschrijving voor het mbo?', 'i need help with my cv']) {
      expect(readLearned(text).danger, text).toBeLessThan(0.4);
    }
  });

  it('trains deterministically: the same examples give the same weights and scores', () => {
    const examples = [
      { features: new Set(['a', 'b']), label: 0 },
      { features: new Set(['b', 'c']), label: 1 },
      { features: new Set(['a', 'c']), label: 0 },
      { features: new Set(['c']), label: 1 },
    ];
    const settings = { epochs: 20, learningRate: 0.3, l2: 0.001, minCount: 1 };
    const first = train(['x', 'y'], examples, settings);
    expect(train(['x', 'y'], examples, settings)).toEqual(first);
    expect(score(first, new Set(['c'])).probabilities[1]).toBeGreaterThan(0.5);
    expect(score(first, new Set(['a'])).probabilities[0]).toBeGreaterThan(0.5);
  });
});
