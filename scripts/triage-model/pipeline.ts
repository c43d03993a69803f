/**
 * `npm run triage:train` as a library: labelled messages -> features (the same reading the engine
 * does) -> the fitted model, written as the TriageModel static resource with its summary and the
 * shared vectors; and the staleness check that npm test runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { customMetadataFiles } from '../routing/metadata-records';
import type { RoutingConfig } from '../routing/model';
import { compareText, PhraseMatcher } from '../routing/phrases';
import { readContact } from '../routing/triage';
import { allSourceDirectories } from '../lib/project';
import { type LabelledMessage, readTrainingData, trainingFiles } from './dataset';
import { GLOSSARY_PATH, readGlossary } from './glossary';
import {
  TOPIC_CLASSES,
  type TriageModelFile,
  ROW_WIDTH,
  STAFF_COLUMN,
  ABOUT_COLUMN
} from './model';
import { MODEL_RESOURCE_PATH } from './resource';
import { DEFAULT_TRAINING, trainModel, type TrainingExample, type TrainingOptions } from './train';
import { VECTORS_PATH, VECTORS_RESOURCE_PATH, vectorsText } from './vectors';

const MODEL_META_PATH = MODEL_RESOURCE_PATH.replace(/\.json$/, '.resource-meta.xml');
export const SUMMARY_PATH = 'data/triage/model-summary.md';
/** Above this the trainer refuses to write the model (Apex heap: docs/triage-model.md section 5). */
export const MAX_MODEL_BYTES = 1_000_000;

/** Source files whose change changes what training produces: part of the model's version. */
const TRAINING_SOURCES = [
  'scripts/triage-model/features.ts',
  'scripts/triage-model/train.ts',
  'scripts/triage-model/dataset.ts',
  'scripts/triage-model/glossary.ts',
  'scripts/routing/text.ts',
  'scripts/routing/phrases.ts',
  'scripts/routing/triage.ts'
];

/**
 * The training example of one labelled message, read exactly as the engine reads a contact with a
 * model of these translations.
 */
export function exampleOf(
  message: LabelledMessage,
  config: RoutingConfig,
  index: PhraseMatcher,
  translations: ReadonlyMap<string, string>
): TrainingExample {
  const reading = readContact(message.contact, config.settings, index, translations);
  const topic = TOPIC_CLASSES.indexOf(message.truth.topic ?? 'none');
  return {
    values: reading.features.values,
    // An HNW staff concern goes to the director whatever its topic, and writers often leave its
    // topic blank: its label would teach the topic head that complaint words mean "no topic".
    topic: message.segment === 'HNW' && message.truth.issueType === 'staff' ? null : topic,
    staff: message.truth.issueType === 'staff',
    // The aboutManager head estimates, for an HNW contact, a concern about the client's own manager.
    about:
      message.segment !== 'HNW'
        ? null
        : message.truth.issueType === 'technical'
          ? false
          : message.truth.aboutAccountManager
  };
}

/**
 * The model's version: a hash of the training files, the routing records the phrase features come
 * from, the training sources and options. Cheap to compute, so npm test checks it.
 */
function trainingVersion(root: string, options: TrainingOptions = DEFAULT_TRAINING): string {
  const hash = createHash('sha256');
  const add = (label: string, content: string) => {
    hash.update(`${label}\n${content.length}\n`);
    hash.update(content);
  };
  for (const { file } of trainingFiles(root))
    add(file, readFileSync(path.join(root, file), 'utf8'));
  for (const file of customMetadataFiles(allSourceDirectories(root))) {
    const base = path.basename(file);
    if (base.startsWith('TriagePhrase.') || base === 'RoutingSetting.Default.md-meta.xml')
      add(path.relative(root, file), readFileSync(file, 'utf8'));
  }
  const glossary = path.join(root, GLOSSARY_PATH);
  if (existsSync(glossary)) add(GLOSSARY_PATH, readFileSync(glossary, 'utf8'));
  for (const file of TRAINING_SOURCES) add(file, readFileSync(path.join(root, file), 'utf8'));
  add('options', JSON.stringify(options));
  return hash.digest('hex').slice(0, 12);
}

function modelMetaXml(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata">
    <cacheControl>Private</cacheControl>
    <contentType>application/json</contentType>
    <description>Learned triage model (docs/triage-model.md), written by npm run triage:train. Read by TriageModelScorer.</description>
</StaticResource>
`;
}

/** The model as stored: one feature per line, so a diff shows which features changed. */
function modelText(model: TriageModelFile): string {
  const lines = [
    '{',
    `  "format": ${model.format},`,
    `  "version": ${JSON.stringify(model.version)},`,
    `  "classes": ${JSON.stringify(model.classes)},`,
    `  "bias": ${JSON.stringify(model.bias)},`,
    '  "weights": {'
  ];
  const names = Object.keys(model.weights).sort(compareText);
  names.forEach((name, i) => {
    lines.push(
      `    ${JSON.stringify(name)}: ${JSON.stringify(model.weights[name])}${i < names.length - 1 ? ',' : ''}`
    );
  });
  lines.push('  },', '  "translations": {');
  const translations = Object.entries(model.translations ?? {});
  translations.forEach(([key, english], i) => {
    lines.push(
      `    ${JSON.stringify(key)}: ${JSON.stringify(english)}${i < translations.length - 1 ? ',' : ''}`
    );
  });
  lines.push('  }', '}');
  return lines.join('\n') + '\n';
}

function strongest(model: TriageModelFile, column: number, sign: 1 | -1, count: number): string {
  return Object.entries(model.weights)
    .map(([name, row]) => ({ name, w: row[column]! * sign }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || compareText(a.name, b.name))
    .slice(0, count)
    .map((x) => `\`${x.name}\` ${(x.w * sign).toFixed(2)}`)
    .join(', ');
}

/** A page a lead can read: what the model leans on for each decision. */
function modelSummary(model: TriageModelFile, examples: number): string {
  const columns: [string, number][] = [
    ...TOPIC_CLASSES.map((c, k) => [`topic ${c}`, k] as [string, number]),
    ['staff concern', STAFF_COLUMN],
    ['about the account manager', ABOUT_COLUMN]
  ];
  const lines = [
    '# Triage model summary',
    '',
    `Written by \`npm run triage:train\`: model \`${model.version}\`, trained on ${examples} labelled messages, ` +
      `${Object.keys(model.weights).length} features of ${ROW_WIDTH} weights. Feature names: \`w:\` a word stem, ` +
      '`b:` a pair of stems, `k:` a pair of stems one word apart, `m:` a stem in a sentence about a person, ' +
      '`f:` the first letters of a longer stem, `c:` the channel, `p:` a phrase score from the Triage Phrases (docs/triage-model.md section 3.4).',
    '',
    '| decision | bias | strongest evidence for | strongest evidence against |',
    '| --- | --- | --- | --- |'
  ];
  for (const [label, column] of columns)
    lines.push(
      `| ${label} | ${model.bias[column]!.toFixed(2)} | ${strongest(model, column, 1, 12)} | ${strongest(model, column, -1, 8)} |`
    );
  lines.push(
    '',
    `The glossary (\`${GLOSSARY_PATH}\`) gave ${Object.keys(model.translations ?? {}).length} translations of Spanish, French and German stems.`
  );
  lines.push(
    '',
    'What a Triage Phrase point is worth: each `p:` feature adds its weight × ln(1 + phrase score) to the decision.',
    '',
    '| phrase feature | ' + columns.map(([l]) => l).join(' | ') + ' |',
    '| --- | ' + columns.map(() => '---').join(' | ') + ' |'
  );
  for (const [name, row] of Object.entries(model.weights)
    .filter(([n]) => n.startsWith('p:'))
    .sort())
    lines.push(`| \`${name}\` | ${row.map((w) => w.toFixed(2)).join(' | ')} |`);
  return lines.join('\n') + '\n';
}

export interface TrainResult {
  model: TriageModelFile;
  examples: number;
  bytes: number;
}

/** Trains on the training files and writes the resource, its meta, the summary and the vectors. */
export function trainAndWrite(
  root: string,
  config: RoutingConfig,
  progress: (message: string) => void = () => {}
): TrainResult {
  const messages = readTrainingData(root);
  progress(
    `read ${messages.length} labelled messages from ${trainingFiles(root)
      .map((f) => f.file)
      .join(', ')}`
  );
  const translations = readGlossary(root);
  progress(`compiled ${GLOSSARY_PATH}: ${translations.size} translations`);
  const index = new PhraseMatcher(config.phrases);
  const examples = messages.map((m) => exampleOf(m, config, index, translations));
  const version = trainingVersion(root);
  progress(`fitting the topic, staff and aboutManager heads (model ${version})`);
  const model = {
    ...trainModel(examples, version),
    translations: Object.fromEntries(translations)
  };
  const text = modelText(model);
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_MODEL_BYTES)
    throw new Error(`the model is ${bytes} bytes, above ${MAX_MODEL_BYTES}: lower maxFeatures`);
  // Everything is computed before anything is written: a failure leaves the committed files as they were,
  // never a new model beside old vectors or summary.
  const vectors = vectorsText(root);
  const outputs: [string, string][] = [
    [MODEL_RESOURCE_PATH, text],
    [MODEL_META_PATH, modelMetaXml()],
    [SUMMARY_PATH, modelSummary(model, examples.length)],
    [VECTORS_PATH, vectors],
    [VECTORS_RESOURCE_PATH, vectors]
  ];
  for (const [file, content] of outputs) writeFileSync(path.join(root, file), content);
  return { model, examples: examples.length, bytes };
}

/** What is stale, or an empty list: the committed model's version and the vectors file. */
export function staleness(root: string): string[] {
  const problems: string[] = [];
  const file = path.join(root, MODEL_RESOURCE_PATH);
  if (!existsSync(file)) problems.push(`${MODEL_RESOURCE_PATH} is missing`);
  else {
    const version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version;
    const expected = trainingVersion(root);
    if (version !== expected)
      problems.push(
        `${MODEL_RESOURCE_PATH} was trained from other inputs (model ${String(version)}, inputs now ${expected})`
      );
  }
  const vectors = path.join(root, VECTORS_PATH);
  if (!existsSync(vectors)) problems.push(`${VECTORS_PATH} is missing`);
  else if (
    JSON.stringify(JSON.parse(readFileSync(vectors, 'utf8'))) !==
    JSON.stringify(JSON.parse(vectorsText(root)))
  )
    problems.push(`${VECTORS_PATH} is not what the code produces`);
  return problems;
}
