/**
 * Fits the triage model: three L2-regularised logistic regressions (topic: six-class softmax;
 * staff and aboutManager: binary) over one feature table, by L-BFGS with a fixed iteration budget.
 * Deterministic: the same examples in the same order give the same model, bit for bit.
 */
import { compareText } from '../routing/phrases';
import {
  ABOUT_COLUMN,
  ROW_WIDTH,
  STAFF_COLUMN,
  TOPIC_CLASSES,
  type TriageModelFile,
  MODEL_FORMAT
} from './model';

/** Stored weights keep 4 decimals: enough for the scores, and a smaller file for the Apex heap. */
function round4(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 1e4)) / 1e4;
}

export interface TrainingExample {
  values: ReadonlyMap<string, number>;
  /** Topic head class (index into TOPIC_CLASSES); null: not an example for the topic head. */
  topic: number | null;
  staff: boolean;
  /**
   * aboutManager head label: a concern about the client's own account manager (true) or not
   * (false, routine contacts included); null: not an example for that head (not HNW, or unknown).
   */
  about: boolean | null;
}

export interface TrainingOptions {
  /** L2 strength per head (on the mean log-loss). */
  l2: { topic: number; staff: number; about: number };
  /** A word or word pair must occur in at least this many training messages to become a feature. */
  minDocumentFrequency: number;
  /** At most this many features are kept (the strongest by their largest absolute weight). */
  maxFeatures: number;
  /** L-BFGS iterations per head. */
  iterations: number;
  /** Weight of a staff concern in the staff head's loss (above 1: missing one costs more). */
  staffPositiveWeight: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  l2: { topic: 3e-4, staff: 3e-4, about: 1e-3 },
  minDocumentFrequency: 2,
  maxFeatures: 10000,
  iterations: 300,
  staffPositiveWeight: 2
};

/** Examples as sparse rows over a fixed vocabulary. */
interface Design {
  indices: Int32Array[];
  values: Float64Array[];
}

function design(
  examples: readonly TrainingExample[],
  vocabulary: ReadonlyMap<string, number>
): Design {
  const indices: Int32Array[] = [];
  const values: Float64Array[] = [];
  for (const example of examples) {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, value] of example.values) {
      const j = vocabulary.get(name);
      if (j !== undefined) {
        idx.push(j);
        val.push(value);
      }
    }
    indices.push(Int32Array.from(idx));
    values.push(Float64Array.from(val));
  }
  return { indices, values };
}

/** A differentiable objective: returns the loss and writes the gradient. */
type Objective = (x: Float64Array, grad: Float64Array) => number;

/**
 * Minimises with L-BFGS (memory 10) and a backtracking line search; stops after `iterations`
 * iterations or when the gradient is tiny. Plain loops, no randomness.
 */
function lbfgs(f: Objective, x0: Float64Array, iterations: number, memory = 10): Float64Array {
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let fx = f(x, g);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const dot = (a: Float64Array, b: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += a[i]! * b[i]!;
    return sum;
  };
  for (let iter = 0; iter < iterations; iter++) {
    const gnorm = Math.sqrt(dot(g, g));
    if (gnorm < 1e-7) break;
    // Two-loop recursion: d = -H g.
    const q = Float64Array.from(g);
    const alpha: number[] = new Array<number>(s.length).fill(0);
    for (let i = s.length - 1; i >= 0; i--) {
      alpha[i] = rho[i]! * dot(s[i]!, q);
      for (let k = 0; k < n; k++) q[k] = q[k]! - alpha[i]! * y[i]![k]!;
    }
    let gamma = 1 / Math.max(gnorm, 1);
    if (s.length > 0) {
      const last = s.length - 1;
      gamma = dot(s[last]!, y[last]!) / dot(y[last]!, y[last]!);
    }
    for (let k = 0; k < n; k++) q[k] = q[k]! * gamma;
    for (let i = 0; i < s.length; i++) {
      const beta = rho[i]! * dot(y[i]!, q);
      for (let k = 0; k < n; k++) q[k] = q[k]! + s[i]![k]! * (alpha[i]! - beta);
    }
    const d = q.map((v) => -v);
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction: restart from the gradient.
      s.length = 0;
      y.length = 0;
      rho.length = 0;
      for (let k = 0; k < n; k++) d[k] = -g[k]! / Math.max(gnorm, 1);
      slope = dot(g, d);
    }
    let step = 1;
    const xNew = new Float64Array(n);
    const gNew = new Float64Array(n);
    let fNew = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let k = 0; k < n; k++) xNew[k] = x[k]! + step * d[k]!;
      fNew = f(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < fx)) break;
    const sk = new Float64Array(n);
    const yk = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      sk[k] = xNew[k]! - x[k]!;
      yk[k] = gNew[k]! - g[k]!;
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
      if (s.length > memory) {
        s.shift();
        y.shift();
        rho.shift();
      }
    }
    const improvement = fx - fNew;
    x = Float64Array.from(xNew);
    g = Float64Array.from(gNew);
    fx = fNew;
    if (improvement < 1e-10 * Math.max(1, Math.abs(fx))) break;
  }
  return x;
}

/**
 * Softmax regression with `classes` outputs (classes = 1: logistic regression). Parameters: the
 * weight matrix (features x classes) then the biases. Loss: weighted mean log-loss + l2/2 |W|^2.
 */
function fitHead(
  data: Design,
  labels: readonly number[],
  sampleWeights: readonly number[],
  features: number,
  classes: number,
  l2: number,
  iterations: number
): { weights: Float64Array; bias: Float64Array } {
  const width = classes;
  const size = features * width + width;
  const totalWeight = sampleWeights.reduce((a, b) => a + b, 0) || 1;
  const objective: Objective = (x, grad) => {
    grad.fill(0);
    let loss = 0;
    const z = new Float64Array(width);
    for (let i = 0; i < data.indices.length; i++) {
      const idx = data.indices[i]!;
      const val = data.values[i]!;
      const w = sampleWeights[i]! / totalWeight;
      if (w === 0) continue;
      for (let c = 0; c < width; c++) z[c] = x[features * width + c]!;
      for (let t = 0; t < idx.length; t++) {
        const base = idx[t]! * width;
        const v = val[t]!;
        for (let c = 0; c < width; c++) z[c] = z[c]! + v * x[base + c]!;
      }
      const label = labels[i]!;
      if (classes === 1) {
        const zz = z[0]!;
        const p = zz >= 0 ? 1 / (1 + Math.exp(-zz)) : Math.exp(zz) / (1 + Math.exp(zz));
        loss +=
          w *
          (zz >= 0
            ? Math.log(1 + Math.exp(-zz)) + (1 - label) * zz
            : Math.log(1 + Math.exp(zz)) - label * zz);
        z[0] = w * (p - label);
      } else {
        let max = -Infinity;
        for (let c = 0; c < width; c++) max = Math.max(max, z[c]!);
        let sum = 0;
        for (let c = 0; c < width; c++) sum += Math.exp(z[c]! - max);
        loss += w * (Math.log(sum) + max - z[label]!);
        for (let c = 0; c < width; c++)
          z[c] = w * (Math.exp(z[c]! - max) / sum - (c === label ? 1 : 0));
      }
      for (let c = 0; c < width; c++)
        grad[features * width + c] = grad[features * width + c]! + z[c]!;
      for (let t = 0; t < idx.length; t++) {
        const base = idx[t]! * width;
        const v = val[t]!;
        for (let c = 0; c < width; c++) grad[base + c] = grad[base + c]! + v * z[c]!;
      }
    }
    for (let k = 0; k < features * width; k++) {
      loss += 0.5 * l2 * x[k]! * x[k]!;
      grad[k] = grad[k]! + l2 * x[k]!;
    }
    return loss;
  };
  const x = lbfgs(objective, new Float64Array(size), iterations);
  return { weights: x.subarray(0, features * width), bias: x.subarray(features * width) };
}

/** Features seen in at least `minDf` examples (channel and phrase features always), ordinal order. */
function vocabularyOf(examples: readonly TrainingExample[], minDf: number): string[] {
  const df = new Map<string, number>();
  for (const e of examples)
    for (const name of e.values.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  return [...df.entries()]
    .filter(([name, n]) => n >= minDf || name.startsWith('c:') || name.startsWith('p:'))
    .map(([name]) => name)
    .sort(compareText);
}

interface FittedTable {
  names: string[];
  /** rows[f] = ROW_WIDTH weights. */
  rows: number[][];
  bias: number[];
}

function fitAll(
  examples: readonly TrainingExample[],
  names: string[],
  options: TrainingOptions
): FittedTable {
  const vocabulary = new Map(names.map((n, i) => [n, i]));
  const data = design(examples, vocabulary);
  const F = names.length;
  const K = TOPIC_CLASSES.length;
  const topic = fitHead(
    data,
    examples.map((e) => e.topic ?? 0),
    examples.map((e) => (e.topic === null ? 0 : 1)),
    F,
    K,
    options.l2.topic,
    options.iterations
  );
  const staff = fitHead(
    data,
    examples.map((e) => (e.staff ? 1 : 0)),
    examples.map((e) => (e.staff ? options.staffPositiveWeight : 1)),
    F,
    1,
    options.l2.staff,
    options.iterations
  );
  const about = fitHead(
    data,
    examples.map((e) => (e.about === true ? 1 : 0)),
    examples.map((e) => (e.about === null ? 0 : 1)),
    F,
    1,
    options.l2.about,
    options.iterations
  );
  const rows = names.map((_, f) => {
    const row = new Array<number>(ROW_WIDTH).fill(0);
    for (let c = 0; c < K; c++) row[c] = topic.weights[f * K + c]!;
    row[STAFF_COLUMN] = staff.weights[f]!;
    row[ABOUT_COLUMN] = about.weights[f]!;
    return row;
  });
  const bias = [...topic.bias, staff.bias[0]!, about.bias[0]!];
  return { names, rows, bias };
}

/**
 * Trains the model file: fit on the frequent features, keep the `maxFeatures` strongest, refit on
 * those (so the stored model is the optimum of what it keeps), round to 6 decimals.
 */
export function trainModel(
  examples: readonly TrainingExample[],
  version: string,
  options: TrainingOptions = DEFAULT_TRAINING
): TriageModelFile {
  let names = vocabularyOf(examples, options.minDocumentFrequency);
  let table = fitAll(examples, names, options);
  if (names.length > options.maxFeatures) {
    const strength = table.rows.map((row, f) => ({ f, s: Math.max(...row.map(Math.abs)) }));
    strength.sort((a, b) => b.s - a.s || a.f - b.f);
    const keep = new Set(strength.slice(0, options.maxFeatures).map((x) => x.f));
    names = names.filter((_, f) => keep.has(f));
    table = fitAll(examples, names, options);
  }
  const weights: Record<string, number[]> = {};
  table.names.forEach((name, f) => {
    const row = table.rows[f]!.map((w) => round4(w) + 0);
    if (row.some((w) => w !== 0)) weights[name] = row;
  });
  return {
    format: MODEL_FORMAT,
    version,
    classes: [...TOPIC_CLASSES, 'staff', 'aboutManager'],
    bias: table.bias.map((b) => round4(b) + 0),
    weights
  };
}
