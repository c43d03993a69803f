/**
 * Where the triage model lives in the project (the TriageModel static resource) and how the
 * TypeScript engine loads it: a missing, empty or malformed file is not an error but a reason for
 * phrase-only triage, as in the org.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelAvailability } from '../routing/model';
import { parseModel, TriageModelError } from './model';

export const MODEL_RESOURCE_NAME = 'TriageModel';
/** The static resource, relative to the repository root. */
export const MODEL_RESOURCE_PATH = `force-app/routing-engine/staticresources/${MODEL_RESOURCE_NAME}.json`;

/** The model file in the first source folder that has one, or null. */
function findModelFile(sourceDirs: readonly string[]): string | null {
  for (const dir of sourceDirs) {
    const file = path.join(dir, 'routing-engine', 'staticresources', `${MODEL_RESOURCE_NAME}.json`);
    if (existsSync(file)) return file;
    const flat = path.join(dir, 'staticresources', `${MODEL_RESOURCE_NAME}.json`);
    if (existsSync(flat)) return flat;
  }
  return null;
}

/** Reads the model from a file: the model, or why triage goes without it. */
export function readModelFile(file: string | null): ModelAvailability {
  if (file === null) return { model: null, problem: `no ${MODEL_RESOURCE_NAME} static resource` };
  try {
    return { model: parseModel(readFileSync(file, 'utf8')), problem: null };
  } catch (error) {
    if (error instanceof TriageModelError)
      return { model: null, problem: `${MODEL_RESOURCE_NAME}: ${error.message}` };
    throw error;
  }
}

export function loadTriageModel(sourceDirs: readonly string[]): ModelAvailability {
  return readModelFile(findModelFile(sourceDirs));
}
