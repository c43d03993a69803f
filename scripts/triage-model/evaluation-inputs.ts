/**
 * What the held-out commands (`npm run triage:eval`, `npm run triage:agreement`) start from: a
 * committed model that is fresh, the routing configuration, and the labelled messages, training
 * then frozen. Each failure a user can act on is a UsageError: a stale model (retrain first), or
 * bad labelled lines named by file:line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../lib/cli';
import { loadRoutingConfig } from '../routing/config';
import type { RoutingConfig } from '../routing/model';
import {
  LabelledDataError,
  readFrozenData,
  readTrainingData,
  type LabelledMessage
} from './dataset';
import { parseModel, type TriageModel } from './model';
import { staleness } from './pipeline';
import { MODEL_RESOURCE_PATH } from './resource';

export interface EvaluationInputs {
  config: RoutingConfig;
  model: TriageModel;
  training: LabelledMessage[];
  frozen: LabelledMessage[];
}

/** The training messages, then the frozen split checked against them; bad lines as a UsageError. */
export function readLabelledSplits(root: string): {
  training: LabelledMessage[];
  frozen: LabelledMessage[];
} {
  try {
    const training = readTrainingData(root);
    return { training, frozen: readFrozenData(root, training) };
  } catch (error) {
    if (error instanceof LabelledDataError) throw new UsageError(error.message);
    throw error;
  }
}

export function evaluationInputs(root: string): EvaluationInputs {
  const stale = staleness(root);
  if (stale.length > 0)
    throw new UsageError(
      `the committed model is stale:\n  ${stale.join('\n  ')}\nRun npm run triage:train first.`
    );
  const config = loadRoutingConfig(root);
  const { training, frozen } = readLabelledSplits(root);
  const model = parseModel(readFileSync(path.join(root, MODEL_RESOURCE_PATH), 'utf8'));
  return { config, model, training, frozen };
}
