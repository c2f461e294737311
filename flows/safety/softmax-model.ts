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
    const row = rounded(w.subarray(i * k, i * k + k));
    if (row.some((value) => Math.abs(value) >= 0.01)) weights[feature] = row;
  });
  return { classes, weights, bias: rounded(bias) };
}

const rounded = (values: ArrayLike<number>) => Array.from(values, (value) => Math.round(value * 1000) / 1000);

/**
 * Models trained on the same examples in `orders` different orders (the first as given, the others
 * shuffled with fixed seeds), averaged into one: still one linear model, still deterministic. A model
 * trained online leans on the examples it saw last; the average does not, and on the blind batches
 * left out in turn it caught more danger with fewer false alarms than any one order.
 */
export function trainAveraged(classes: string[], examples: readonly TrainingExample[], settings: TrainingSettings, orders: number): SoftmaxModel {
  const models = Array.from({ length: orders }, (_, seed) => train(classes, seed === 0 ? examples : shuffled(examples, seed), settings));
  const sums = new Map<string, number[]>();
  for (const model of models) {
    for (const [feature, row] of Object.entries(model.weights)) {
      const sum = sums.get(feature) ?? row.map(() => 0);
      row.forEach((value, c) => (sum[c]! += value / orders));
      sums.set(feature, sum);
    }
  }
  const weights: Record<string, number[]> = {};
  for (const feature of [...sums.keys()].sort()) {
    const row = rounded(sums.get(feature)!);
    if (row.some((value) => Math.abs(value) >= 0.01)) weights[feature] = row;
  }
  const bias = rounded(classes.map((_, c) => models.reduce((sum, model) => sum + model.bias[c]! / orders, 0)));
  return { classes, weights, bias };
}

/** The examples in an order fixed by the seed (Fisher–Yates with a linear congruential generator). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = (seed * 2654435761) >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
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
