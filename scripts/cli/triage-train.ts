import { ToolError, UsageError, runCli } from '../lib/cli';
import { repoRoot } from '../lib/project';
import { loadRoutingConfig } from '../routing/config';
import { LabelledDataError } from '../triage-model/dataset';
import { GlossaryError } from '../triage-model/glossary';
import { staleness, SUMMARY_PATH, trainAndWrite } from '../triage-model/pipeline';
import { MODEL_RESOURCE_PATH } from '../triage-model/resource';
import { VECTORS_PATH } from '../triage-model/vectors';

runCli(
  {
    name: 'triage:train',
    summary:
      'Trains the learned triage model (docs/triage-model.md) from the labelled messages of data/corpus/*.jsonl and ' +
      'data/triage/train/*.jsonl (never data/triage/frozen), and writes the TriageModel static resource, its summary ' +
      `(${SUMMARY_PATH}) and the shared vectors (${VECTORS_PATH}, and the TriageVectors static resource the Apex test reads). Deterministic: the same inputs give the same files.`,
    options: {
      check: { type: 'boolean' }
    },
    descriptions: {
      check:
        'Write nothing; exit 1 when the committed model or vectors are stale (the inputs changed since training).'
    },
    epilog: [
      'A malformed, unlabelled or duplicate-id line is reported as file:line and nothing is written (exit 1).',
      `Writes: ${MODEL_RESOURCE_PATH} (+ .resource-meta.xml), ${SUMMARY_PATH}, ${VECTORS_PATH}.`,
      'Exit status: 0 done (or fresh with --check), 1 bad data or stale model, 2 unexpected failure.'
    ].join('\n')
  },
  (args) => {
    const root = repoRoot();
    if (args.values.check) {
      const problems = staleness(root);
      if (problems.length > 0)
        throw new UsageError(
          `stale:\n  ${problems.join('\n  ')}\nRun npm run triage:train and commit the result.`
        );
      process.stdout.write('triage model and vectors are up to date\n');
      return 0;
    }
    try {
      const started = Date.now();
      const result = trainAndWrite(root, loadRoutingConfig(root), (m) =>
        process.stderr.write(`triage:train: ${m}\n`)
      );
      process.stdout.write(
        `model ${result.model.version}: ${Object.keys(result.model.weights).length} features, ${result.bytes} bytes, ` +
          `${result.examples} messages, ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
          `wrote ${MODEL_RESOURCE_PATH}, ${SUMMARY_PATH}, ${VECTORS_PATH}\n`
      );
      return 0;
    } catch (error) {
      if (error instanceof LabelledDataError || error instanceof GlossaryError)
        throw new UsageError(error.message);
      throw new ToolError(`training failed: ${(error as Error).message}`, { cause: error });
    }
  }
);
