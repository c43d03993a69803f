import { UsageError, runCli } from '../lib/cli';
import { repoRoot } from '../lib/project';
import {
  agreementOf,
  formatAgreement,
  readSecondReadings,
  SECOND_READER_FILE
} from '../triage-model/agreement';
import { LabelledDataError, type LabelledMessage } from '../triage-model/dataset';
import {
  crossValidate,
  engineWith,
  predict,
  routeAll,
  teamAndGroupKey
} from '../triage-model/evaluate';
import { evaluationInputs } from '../triage-model/evaluation-inputs';

runCli(
  {
    name: 'triage:agreement',
    summary:
      `Compares the writers' labels with a second reader's (${SECOND_READER_FILE}: a sample of training and ` +
      'frozen messages labelled again, blind, from the business description and one line per topic), and the model with both: ' +
      'how often two people agree on the team and group, the topic, the issue type and a complaint about the ' +
      'manager, and how the committed model routes the frozen messages (with --cv, also the training messages, ' +
      'each by the cross-validation model that never read its writer), judged by either label and on the ' +
      'messages both agree on.',
    options: {
      cv: { type: 'boolean' }
    },
    descriptions: {
      cv: 'Also route the training messages by 5-fold cross-validation by writer (a few minutes).'
    },
    epilog:
      'Exit status: 0 done, 1 bad data or a stale model (run npm run triage:train first), 2 unexpected failure.'
  },
  (args) => {
    const root = repoRoot();
    const { config, model, training, frozen } = evaluationInputs(root);
    const threshold = config.settings.managerConcernThreshold;
    const byId = new Map<string, LabelledMessage>();
    for (const m of [...training, ...frozen]) byId.set(m.id, m);
    let readings;
    try {
      readings = readSecondReadings(root, byId);
    } catch (error) {
      if (error instanceof LabelledDataError) throw new UsageError(error.message);
      throw error;
    }
    const engine = engineWith(config, model);
    const read = new Set(readings.map((r) => r.id));
    const frozenIds = new Set(frozen.map((m) => m.id));
    const routed = new Map<string, string>();
    const route = (predictions: ReturnType<typeof predict>) =>
      routeAll(engine, predictions, threshold).forEach((r, i) =>
        routed.set(predictions[i]!.message.id, teamAndGroupKey(r))
      );
    route(
      predict(
        engine,
        frozen.filter((m) => read.has(m.id))
      )
    );
    if (args.values.cv) {
      const predictions = crossValidate(training, config, model.translations, undefined, (m) =>
        process.stderr.write(`triage:agreement: ${m}\n`)
      );
      route(predictions.filter((p) => read.has(p.message.id)));
    }
    const inFrozen = readings.filter((r) => frozenIds.has(r.id));
    const inTraining = readings.filter((r) => !frozenIds.has(r.id));
    const out = [
      `Second reader: ${readings.length} messages of ${SECOND_READER_FILE} (${inFrozen.length} frozen, ${inTraining.length} training)`,
      `committed model: ${model.version}; Manager Concern Threshold setting: ${threshold.toFixed(2)}`,
      '',
      ...formatAgreement(
        `== Frozen split, routed by the committed model ==`,
        agreementOf(byId, inFrozen, routed)
      ),
      '',
      ...formatAgreement(
        args.values.cv
          ? '== Training messages, routed by cross-validation by writer =='
          : '== Training messages (the model is left out: --cv routes them) ==',
        agreementOf(byId, inTraining, args.values.cv ? routed : undefined)
      ),
      '',
      ...formatAgreement(
        '== Every message read twice ==',
        agreementOf(byId, readings, args.values.cv ? routed : undefined)
      )
    ];
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  }
);
