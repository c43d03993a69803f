/**
 * Reads the seed data from data/ and validates it before anything is sent: each file against its
 * JSON schema (ajv), then the rules a schema cannot express (unique keys, references between files,
 * a rep's queue group and skills matching the rep's team and channel). Every problem names the
 * file and the JSON path, e.g. `data/teams.json: $.users[3].role: …`.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ToolError, UsageError } from '../lib/cli';
import { duplicateKeys } from '../lib/json-duplicates';
import { checkConsistency, type Staffing } from './data-checks';
import { DATA_FILES, SEED_SCHEMA_DIR, type SeedData } from './data-model';

export interface DataProblem {
  /** The file as the user would open it, e.g. data/teams.json. */
  file: string;
  /** JSONPath of the offending value, e.g. $.users[3].role; `$` for the whole file. */
  path: string;
  message: string;
}

function formatProblem(problem: DataProblem): string {
  return `${problem.file}: ${problem.path}: ${problem.message}`;
}

export class DataError extends ToolError {
  constructor(readonly problems: DataProblem[]) {
    super(
      `The seed data has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was sent:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n')
    );
    this.name = 'DataError';
  }
}

/** `/users/3/role` → `$.users[3].role` */
export function jsonPathOf(pointer: string): string {
  if (pointer === '') return '$';
  return (
    '$' +
    pointer
      .split('/')
      .slice(1)
      .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((part) =>
        /^\d+$/.test(part)
          ? `[${part}]`
          : /^[A-Za-z_$][\w$]*$/.test(part)
            ? `.${part}`
            : `[${JSON.stringify(part)}]`
      )
      .join('')
  );
}

function describeAjvError(error: ErrorObject): { path: string; message: string } {
  const at = jsonPathOf(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { path: at, message: `unknown property "${String(params.additionalProperty)}"` };
    case 'required':
      return { path: at, message: `missing required property "${String(params.missingProperty)}"` };
    case 'enum':
      return {
        path: at,
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
      };
    case 'pattern':
      return {
        path: at,
        message: `${JSON.stringify(error.data)} does not match ${String(params.pattern)}`
      };
    default:
      return { path: at, message: error.message ?? error.keyword };
  }
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before[before.length - 1] ?? '').length + 1}`;
}

function parseJson(text: string, file: string): { value?: unknown; problem?: DataProblem } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? ` (${lineAndColumn(text, Number(position[1]))})` : '';
    return { problem: { file, path: '$', message: `not valid JSON${where}: ${message}` } };
  }
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(schemaFile: string): ValidateFunction {
  let validate = validators.get(schemaFile);
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
    validators.set(schemaFile, validate);
  }
  return validate;
}

/** Validates one parsed file against its schema; problems carry the file and JSON path. */
function schemaProblems(value: unknown, schemaFile: string, file: string): DataProblem[] {
  const validate = validatorFor(schemaFile);
  if (validate(value)) return [];
  const seen = new Set<string>();
  const problems: DataProblem[] = [];
  for (const error of validate.errors ?? []) {
    // oneOf/anyOf branches repeat what the concrete errors say.
    if (error.keyword === 'if') continue;
    const { path: at, message } = describeAjvError(error);
    const id = `${at}|${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push({ file, path: at, message });
  }
  return problems;
}

export interface LoadOptions {
  /** How the folder is shown in messages, as the user named it (default `data`). */
  displayDir?: string;
  /** What the routing metadata expects of reps; without it, those checks are skipped. */
  staffing?: Staffing;
}

/**
 * Loads and validates every seed data file in `dataDir`. Throws DataError listing every problem
 * found (all files are checked, so one run shows everything to fix).
 */
export function loadSeedData(dataDir: string, options: LoadOptions = {}): SeedData {
  const displayDir = options.displayDir ?? 'data';
  if (!statSync(dataDir, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(
      `data folder not found: ${displayDir} (it holds ${Object.values(DATA_FILES)
        .map((f) => f.file)
        .join(', ')})`
    );
  const problems: DataProblem[] = [];
  const loaded: Partial<Record<keyof SeedData, unknown>> = {};
  for (const [name, spec] of Object.entries(DATA_FILES) as [
    keyof SeedData,
    { file: string; schema: string }
  ][]) {
    const display = `${displayDir}/${spec.file}`;
    let text: string;
    try {
      text = readFileSync(path.join(dataDir, spec.file), 'utf8');
    } catch (error) {
      problems.push({
        file: display,
        path: '$',
        message: `cannot be read: ${(error as Error).message}`
      });
      continue;
    }
    const parsed = parseJson(text, display);
    if (parsed.problem) {
      problems.push(parsed.problem);
      continue;
    }
    for (const duplicate of duplicateKeys(text))
      problems.push({
        file: display,
        path: duplicate.path,
        message: `"${duplicate.key}" appears twice (again on line ${duplicate.line}); JSON keeps only the last value, so remove one`
      });
    const found = schemaProblems(parsed.value, path.join(SEED_SCHEMA_DIR, spec.schema), display);
    problems.push(...found);
    if (found.length === 0) loaded[name] = parsed.value;
  }
  if (problems.length > 0) throw new DataError(problems);
  const data = loaded as SeedData;
  const inconsistencies = checkConsistency(data, displayDir, options.staffing);
  if (inconsistencies.length > 0) throw new DataError(inconsistencies);
  return data;
}
