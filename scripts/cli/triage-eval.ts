import { runCli } from '../lib/cli';
import { repoRoot } from '../lib/project';
import {
  chooseThreshold,
  crossValidate,
  curve,
  engineWith,
  figures,
  FOLDS,
  predict,
  routeAll
} from '../triage-model/evaluate';
import { frozenFiles, trainingFiles } from '../triage-model/dataset';
import { evaluationInputs } from '../triage-model/evaluation-inputs';
import { formatCurve, formatFigures } from '../triage-model/report';

runCli(
  {
    name: 'triage:eval',
    summary:
      'Measures the learned triage on messages it was not trained on: 5-fold cross-validation on the training messages ' +
      '(each writer in one fold, so every fold is measured on writers its model never read; folds stratified as far as ' +
      'whole writers allow) and the frozen split data/triage/frozen/*.jsonl scored with the ' +
      'committed model. Prints right team and group, HNW complaint recall, routine HNW sent to the director, per-class ' +
      'precision and recall, confusion matrices and the trade-off curve of the Manager Concern Threshold setting, with the ' +
      'default the curve recommends.',
    options: {
      'skip-cv': { type: 'boolean' }
    },
    descriptions: {
      'skip-cv': 'Only the frozen split (no retraining; a few seconds).'
    },
    epilog:
      'Exit status: 0 done, 1 bad data or a stale model (run npm run triage:train first), 2 unexpected failure.'
  },
  (args) => {
    const root = repoRoot();
    const { config, model, training, frozen } = evaluationInputs(root);
    const setting = config.settings.managerConcernThreshold;
    const out: string[] = [
      'Triage model evaluation: held-out figures only',
      `training messages: ${training.length} (${trainingFiles(root)
        .map((f) => f.file)
        .join(', ')})`,
      `frozen split: ${frozen.length} (${
        frozenFiles(root)
          .map((f) => f.file)
          .join(', ') || 'none'
      }), never read by training`,
      `committed model: ${model.version}; Manager Concern Threshold setting: ${setting.toFixed(2)}`,
      ''
    ];
    if (!args.values['skip-cv']) {
      const started = Date.now();
      const predictions = crossValidate(training, config, model.translations, undefined, (m) =>
        process.stderr.write(`triage:eval: ${m}\n`)
      );
      const engine = engineWith(config, model);
      const points = curve(engine, predictions);
      const choice = chooseThreshold(points);
      out.push(
        ...formatFigures(
          `== Cross-validation: ${FOLDS} folds over the training messages, each writer in one fold (${((Date.now() - started) / 1000).toFixed(0)} s) ==`,
          setting,
          figures(predictions, routeAll(engine, predictions, setting))
        ),
        '',
        '  trade-off curve of the Manager Concern Threshold (cross-validation; < marks the setting and the recommendation)',
        ...formatCurve(points, [setting, choice.threshold]),
        `  recommended default: ${choice.threshold.toFixed(2)} (${choice.why})` +
          (Math.abs(choice.threshold - setting) < 1e-9
            ? ': the setting has it'
            : `: the setting is ${setting.toFixed(2)}`),
        ''
      );
    }
    if (frozen.length > 0) {
      const engine = engineWith(config, model);
      const predictions = predict(engine, frozen);
      out.push(
        ...formatFigures(
          `== Frozen split, committed model ${model.version} ==`,
          setting,
          figures(predictions, routeAll(engine, predictions, setting))
        ),
        '',
        '  trade-off curve on the frozen split (for information: the default is chosen on cross-validation)',
        ...formatCurve(curve(engine, predictions), [setting])
      );
    } else out.push('== Frozen split: no files under data/triage/frozen ==');
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  }
);
