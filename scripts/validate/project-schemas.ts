/**
 * Step 0: sfdx-project.json and every scratch org definition (config/*.json) match the JSON
 * schemas Salesforce publishes in @salesforce/schemas, checked with ajv. The schemas do not look
 * inside scratch-definition `settings`, so those are checked against the Metadata API settings
 * types (`omniChannelSettings` → OmniChannelSettings) from @salesforce/types.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { MetadataTypes, ObjectType } from './metadata-types';
import type { ValidationReport } from './report';
import { suggestField } from './schema-check';

const SCRATCH_DEFINITION_DIR = 'config';

function schemaPath(name: string): string {
  const pkg = require.resolve('@salesforce/schemas/package.json');
  return path.join(path.dirname(pkg), name);
}

let validators: { project: ValidateFunction; scratch: ValidateFunction } | undefined;

function loadValidators(): { project: ValidateFunction; scratch: ValidateFunction } {
  if (!validators) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const read = (name: string) => JSON.parse(readFileSync(schemaPath(name), 'utf8')) as object;
    validators = {
      project: ajv.compile(read('sfdx-project.schema.json')),
      scratch: ajv.compile(read('project-scratch-def.schema.json'))
    };
  }
  return validators;
}

function valueAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const part of pointer.split('/').slice(1)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return current;
}

/**
 * ajv's errors, one clear line per problem. An `anyOf` (a scratch feature matching none of the
 * known features) produces one error per branch; those collapse into one message.
 */
export function describeSchemaErrors(errors: ErrorObject[], data: unknown): string[] {
  const messages: string[] = [];
  const anyOfPaths = new Set(
    errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath)
  );
  for (const error of errors) {
    const at = error.instancePath || '/';
    if (error.keyword === 'anyOf') {
      const value = valueAt(data, error.instancePath);
      messages.push(`${at}: ${JSON.stringify(value)} matches none of the allowed values`);
      continue;
    }
    if (anyOfPaths.has(error.instancePath)) continue;
    if (error.keyword === 'additionalProperties') {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      messages.push(`${at}: unknown key "${key}"`);
    } else if (error.keyword === 'enum') {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      messages.push(
        `${at}: ${JSON.stringify(valueAt(data, error.instancePath))} is not one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`
      );
    } else messages.push(`${at}: ${error.message ?? error.keyword}`);
  }
  return [...new Set(messages)];
}

function readJson(file: string, report: ValidationReport): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    report.error('project', file, `not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * Scratch features Salesforce documents as taking a quantity (`Feature:<n>`) although the
 * @salesforce/schemas scratch schema lists them bare, so the schema alone would pass the bare name
 * the Dev Hub refuses and refuse the documented form. Names are case-insensitive, as features are.
 */
const FEATURES_WITH_QUANTITY: Readonly<
  Record<string, { name: string; min: number; max: number; source: string }>
> = {
  servicecloudvoicepartnertelephony: {
    name: 'ServiceCloudVoicePartnerTelephony',
    min: 1,
    max: 50,
    source:
      'Service Cloud Voice for Partner Telephony Developer Guide, A Note About Scratch Orgs: "Add a quantity value (between 1–50)"'
  }
};

/**
 * Checks the quantities of FEATURES_WITH_QUANTITY and returns the features as the published
 * schema expects them (such a feature without its quantity), with one message per problem.
 */
export function checkFeatureQuantities(features: unknown): {
  forSchema: unknown;
  problems: string[];
} {
  if (!Array.isArray(features)) return { forSchema: features, problems: [] };
  const problems: string[] = [];
  const forSchema = features.map((feature: unknown, index) => {
    if (typeof feature !== 'string') return feature;
    const [name = '', quantity] = feature.split(':');
    const rule = FEATURES_WITH_QUANTITY[name.toLowerCase()];
    if (!rule) return feature;
    const range = `${rule.min} to ${rule.max}`;
    if (quantity === undefined)
      problems.push(
        `/features/${index}: "${feature}" needs a quantity, "${rule.name}:<${range}>" (${rule.source})`
      );
    else if (!/^[0-9]+$/.test(quantity) || +quantity < rule.min || +quantity > rule.max)
      problems.push(
        `/features/${index}: "${feature}" has quantity "${quantity}", not a whole number from ${range} (${rule.source})`
      );
    return rule.name;
  });
  return { forSchema, problems };
}

/** Scratch settings: each key names a Metadata API settings type; each field must belong to it. */
function checkScratchSettings(
  file: string,
  settings: Record<string, unknown>,
  types: MetadataTypes,
  report: ValidationReport
): void {
  for (const [key, value] of Object.entries(settings)) {
    const typeName = key.charAt(0).toUpperCase() + key.slice(1);
    const type = types.object(typeName);
    if (!type || !typeName.endsWith('Settings')) {
      report.error('project', file, `/settings/${key}: no Metadata API settings type ${typeName}`);
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      report.error('project', file, `/settings/${key}: must be an object of ${typeName} fields`);
      continue;
    }
    checkSettingsObject(
      file,
      `/settings/${key}`,
      value as Record<string, unknown>,
      type,
      types,
      report
    );
  }
}

function checkSettingsObject(
  file: string,
  at: string,
  value: Record<string, unknown>,
  type: ObjectType,
  types: MetadataTypes,
  report: ValidationReport
): void {
  for (const [name, fieldValue] of Object.entries(value)) {
    const field = type.fields.get(name);
    if (!field) {
      const suggestion = suggestField(name, type);
      report.error(
        'project',
        file,
        `${at}/${name}: not a field of ${type.name}` +
          (suggestion ? `; did you mean "${suggestion}"?` : '')
      );
      continue;
    }
    const { type: fieldType } = field;
    if (
      fieldType.kind === 'primitive' &&
      fieldType.primitive === 'boolean' &&
      typeof fieldValue !== 'boolean'
    )
      report.error('project', file, `${at}/${name}: must be true or false`);
    else if (fieldType.kind === 'enum' && !fieldType.values.has(String(fieldValue)))
      report.error(
        'project',
        file,
        `${at}/${name}: ${JSON.stringify(fieldValue)} is not a ${fieldType.name} value`
      );
    else if (
      fieldType.kind === 'object' &&
      fieldValue &&
      typeof fieldValue === 'object' &&
      !Array.isArray(fieldValue)
    ) {
      const nested = types.object(fieldType.name);
      if (nested)
        checkSettingsObject(
          file,
          `${at}/${name}`,
          fieldValue as Record<string, unknown>,
          nested,
          types,
          report
        );
    }
  }
}

/**
 * A scratch definition is named so (`project-scratch-def.json`, `*-scratch-def.voice.json`) or
 * declares an edition; other JSON kept in config/ (data plans, tool settings) is left alone.
 */
function isScratchDefinition(file: string, json: unknown): boolean {
  if (/scratch/i.test(path.basename(file))) return true;
  return json !== null && typeof json === 'object' && 'edition' in json;
}

/** Candidate scratch org definition files: config/*.json. */
function scratchDefinitionFiles(root: string): string[] {
  const dir = path.join(root, SCRATCH_DEFINITION_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Validates sfdx-project.json and the scratch definitions. Returns false when sfdx-project.json is unusable. */
export function checkProjectFiles(
  root: string,
  types: MetadataTypes,
  report: ValidationReport
): boolean {
  const { project, scratch } = loadValidators();
  const projectFile = path.join(root, 'sfdx-project.json');
  report.counts.configFiles++;
  const projectJson = readJson(projectFile, report);
  let usable = projectJson !== undefined;
  if (usable && !project(projectJson)) {
    for (const message of describeSchemaErrors(project.errors ?? [], projectJson))
      report.error(
        'project',
        projectFile,
        `does not match @salesforce/schemas sfdx-project schema: ${message}`
      );
    usable = Array.isArray((projectJson as { packageDirectories?: unknown }).packageDirectories);
  }
  for (const file of scratchDefinitionFiles(root)) {
    const json = readJson(file, report);
    if (json === undefined) continue;
    if (!isScratchDefinition(file, json)) {
      report.notes.push(`${report.relative(file)} is not a scratch definition: not checked`);
      continue;
    }
    report.counts.configFiles++;
    const quantities = checkFeatureQuantities((json as { features?: unknown }).features);
    for (const problem of quantities.problems) report.error('project', file, problem);
    const forSchema =
      json !== null && typeof json === 'object' && 'features' in json
        ? { ...json, features: quantities.forSchema }
        : json;
    if (!scratch(forSchema)) {
      for (const message of describeSchemaErrors(scratch.errors ?? [], forSchema))
        report.error(
          'project',
          file,
          `does not match @salesforce/schemas scratch definition schema: ${message}`
        );
    }
    const settings = (json as { settings?: unknown }).settings;
    if (settings && typeof settings === 'object' && !Array.isArray(settings))
      checkScratchSettings(file, settings as Record<string, unknown>, types, report);
  }
  return usable;
}
