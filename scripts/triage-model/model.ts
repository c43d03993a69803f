/**
 * The triage model: the JSON static resource TriageModel (docs/triage-model.md, "The model file")
 * and its scoring. Three logistic-regression heads over one feature table: topic (five topics and
 * none, softmax), staff (a concern about a person of the firm, sigmoid) and aboutManager (that
 * concern is about the client's own account manager, sigmoid). Mirrored by TriageModel.cls.
 */
import { TOPICS, type Topic } from '../routing/model';

export const MODEL_FORMAT = 1;
/** Topic head classes, in this order (ties go to the earlier class). */
export const TOPIC_CLASSES = [...TOPICS, 'none'] as const;
/** Width of a feature row: the six topic classes, then staff, then aboutManager. */
export const ROW_WIDTH = TOPIC_CLASSES.length + 2;
export const STAFF_COLUMN = TOPIC_CLASSES.length;
export const ABOUT_COLUMN = TOPIC_CLASSES.length + 1;

/** The static resource as stored (JSON). */
export interface TriageModelFile {
  format: number;
  /** Hash of what the model was trained from (data, features, settings): changes with any of them. */
  version: string;
  classes: string[];
  /** Biases in row order: six topic classes, staff, aboutManager. */
  bias: number[];
  /** Feature name -> weights in row order (ROW_WIDTH numbers). */
  weights: Record<string, number[]>;
  /**
   * The compiled glossary (docs/triage-model.md section 3.5): `language:stem` -> English stem.
   * Optional: a model without it translates nothing.
   */
  translations?: Record<string, string>;
}

/** A model checked and ready to score. */
export interface TriageModel {
  version: string;
  bias: readonly number[];
  weights: ReadonlyMap<string, readonly number[]>;
  translations: ReadonlyMap<string, string>;
}

export class TriageModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TriageModelError';
  }
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Checks a parsed static resource. Throws TriageModelError saying what is wrong: the engine then
 * falls back to phrase-only triage with that reason (never a routing failure).
 */
export function checkModel(raw: unknown): TriageModel {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new TriageModelError('the model is not a JSON object');
  const file = raw as Partial<TriageModelFile>;
  if (file.format !== MODEL_FORMAT)
    throw new TriageModelError(`the model format is ${String(file.format)}, not ${MODEL_FORMAT}`);
  if (typeof file.version !== 'string' || file.version === '')
    throw new TriageModelError('the model has no version');
  if (
    !Array.isArray(file.classes) ||
    file.classes.join(',') !== [...TOPIC_CLASSES, 'staff', 'aboutManager'].join(',')
  )
    throw new TriageModelError(
      `the model classes must be ${[...TOPIC_CLASSES, 'staff', 'aboutManager'].join(', ')}`
    );
  if (!Array.isArray(file.bias) || file.bias.length !== ROW_WIDTH || !file.bias.every(isNumber))
    throw new TriageModelError(`the model bias must be ${ROW_WIDTH} numbers`);
  if (file.weights === null || typeof file.weights !== 'object' || Array.isArray(file.weights))
    throw new TriageModelError('the model weights must be an object');
  const entries = Object.entries(file.weights);
  if (entries.length === 0) throw new TriageModelError('the model has no features');
  const weights = new Map<string, readonly number[]>();
  for (const [name, row] of entries) {
    if (!Array.isArray(row) || row.length !== ROW_WIDTH || !row.every(isNumber))
      throw new TriageModelError(`feature "${name}" must have ${ROW_WIDTH} numbers`);
    weights.set(name, row);
  }
  const translations = new Map<string, string>();
  if (file.translations !== undefined) {
    if (
      file.translations === null ||
      typeof file.translations !== 'object' ||
      Array.isArray(file.translations)
    )
      throw new TriageModelError('the model translations must be an object');
    for (const [key, english] of Object.entries(file.translations)) {
      if (typeof english !== 'string' || english === '')
        throw new TriageModelError(`translation "${key}" must be a word`);
      translations.set(key, english);
    }
  }
  return { version: file.version, bias: file.bias, weights, translations };
}

/** Parses and checks the static resource text. */
export function parseModel(text: string): TriageModel {
  if (text.trim() === '') throw new TriageModelError('the model file is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new TriageModelError(`the model file is not valid JSON (${(error as Error).message})`);
  }
  return checkModel(raw);
}

export interface Contribution {
  feature: string;
  value: number;
}

export interface HeadScores {
  /** Logits of the six topic classes (z = bias + sum of value x weight), before the softmax. */
  topicLogits: number[];
  topicProbabilities: number[];
  staffLogit: number;
  staffProbability: number;
  aboutLogit: number;
  aboutProbability: number;
}

/** 1 / (1 + e^-z), computed so that e is never raised to a large positive power. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** exp(z - max) / sum exp(z_j - max). */
export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/**
 * The three heads' logits and probabilities. Features the model does not know are ignored; known
 * ones are added in ordinal order of their names (the order of `values`).
 */
export function scoreHeads(model: TriageModel, values: ReadonlyMap<string, number>): HeadScores {
  const z = [...model.bias];
  for (const [name, value] of values) {
    const row = model.weights.get(name);
    if (!row) continue;
    for (let k = 0; k < ROW_WIDTH; k++) z[k] = z[k]! + value * row[k]!;
  }
  const topicLogits = z.slice(0, TOPIC_CLASSES.length);
  return {
    topicLogits,
    topicProbabilities: softmax(topicLogits),
    staffLogit: z[STAFF_COLUMN]!,
    staffProbability: sigmoid(z[STAFF_COLUMN]!),
    aboutLogit: z[ABOUT_COLUMN]!,
    aboutProbability: sigmoid(z[ABOUT_COLUMN]!)
  };
}

/** The topic class with the highest probability; ties to the earlier class. */
export function bestTopicClass(probabilities: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < probabilities.length; k++)
    if (probabilities[k]! > probabilities[best]!) best = k;
  return best;
}

export function topicOfClass(k: number): Topic | null {
  const name = TOPIC_CLASSES[k];
  return name === undefined || name === 'none' ? null : name;
}

/**
 * The features that pushed a decision most: value x (weight for the chosen side - weight for the
 * runner-up side), the `count` largest positive ones, ties by name.
 */
export function topContributions(
  model: TriageModel,
  values: ReadonlyMap<string, number>,
  column: number,
  against: number | null,
  sign: 1 | -1,
  count: number
): Contribution[] {
  const found: Contribution[] = [];
  for (const [name, value] of values) {
    const row = model.weights.get(name);
    if (!row) continue;
    const push = value * (row[column]! - (against === null ? 0 : row[against]!)) * sign;
    if (push > 0) found.push({ feature: name, value: push });
  }
  found.sort((a, b) =>
    b.value !== a.value
      ? b.value - a.value
      : a.feature < b.feature
        ? -1
        : a.feature > b.feature
          ? 1
          : 0
  );
  return found.slice(0, count);
}
