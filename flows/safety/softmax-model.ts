/**
 * A multinomial logistic regression over sparse binary features: deterministic to train (no random
 * start, examples in a fixed order) and to read, and small enough to explain: a class's score is the
 * sum of the weights of the features a message has.
 */
export interface SoftmaxModel {
  classes: string[];
  /** Per feature, its weight per class (same order as `classes`). */
  weights: Record<string, number[]>;
  bias: number[];
}

export interface TrainingExample {
  features: ReadonlySet<string>;
  /** Index into the classes. */
  label: number;
  /** How much this example counts (rarer classes and languages weigh more). */
  weight?: number;
}

export interface TrainingSettings {
  epochs: number;
  learningRate: number;
  /** L2 penalty per feature weight. */
  l2: number;
  /** Features seen in fewer examples than this are left out. */
  minCount: number;
}

export function train(classes: string[], examples: readonly TrainingExample[], settings: TrainingSettings): SoftmaxModel {
  const counts = new Map<string, number>();
  for (const example of examples) for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const kept = [...counts]
    .filter(([, count]) => count >= settings.minCount)
    .map(([feature]) => feature)
    .sort();
  const index = new Map(kept.map((feature, i) => [feature, i]));
  const k = classes.length;
  const w = new Float64Array(kept.length * k);
  const g2 = new Float64Array(kept.length * k).fill(1e-8);
  const bias = new Float64Array(k);
  const bg2 = new Float64Array(k).fill(1e-8);
  const rows = examples.map((example) => ({
    ids: [...example.features].map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    label: example.label,
    weight: example.weight ?? 1,
  }));
  const scores = new Float64Array(k);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const row of rows) {
      for (let c = 0; c < k; c++) {
        let s = bias[c]!;
        for (const id of row.ids) s += w[id * k + c]!;
        scores[c] = s;
      }
      const probabilities = softmax(scores);
      for (let c = 0; c < k; c++) {
        const gradient = row.weight * (probabilities[c]! - (c === row.label ? 1 : 0));
        bg2[c]! += gradient * gradient;
        bias[c]! -= (settings.learningRate * gradient) / Math.sqrt(bg2[c]!);
        for (const id of row.ids) {
          const at = id * k + c;
          const g = gradient + settings.l2 * w[at]!;
          g2[at]! += g * g;
          w[at]! -= (settings.learningRate * g) / Math.sqrt(g2[at]!);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  kept.forEach((feature, i) => {
    const row = Array.from(w.subarray(i * k, i * k + k), (value) => Math.round(value * 1000) / 1000);
    if (row.some((value) => Math.abs(value) >= 0.01)) weights[feature] = row;
  });
  return {
    classes,
    weights,
    bias: Array.from(bias, (value) => Math.round(value * 1000) / 1000),
  };
}

export interface Scored {
  probabilities: number[];
  /** The features that raised the given class most, strongest first. */
  reasons: (classIndex: number, count: number) => string[];
}

export function score(model: SoftmaxModel, features: ReadonlySet<string>): Scored {
  const k = model.classes.length;
  const sums = Float64Array.from(model.bias);
  const present: Array<[string, number[]]> = [];
  for (const feature of features) {
    const row = model.weights[feature];
    if (!row) continue;
    present.push([feature, row]);
    for (let c = 0; c < k; c++) sums[c]! += row[c]!;
  }
  return {
    probabilities: softmax(sums),
    reasons: (classIndex, count) =>
      present
        .filter(([, row]) => row[classIndex]! > 0)
        .sort((a, b) => b[1][classIndex]! - a[1][classIndex]!)
        .slice(0, count)
        .map(([feature]) => feature),
  };
}

function softmax(scores: ArrayLike<number>): number[] {
  const max = Math.max(...Array.from(scores));
  const exps = Array.from(scores, (s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}
