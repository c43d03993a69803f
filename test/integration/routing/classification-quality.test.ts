/**
 * Classification quality on messages the model never saw: the frozen held-out split
 * (data/triage/frozen, written independently and never read by training), routed by the shipped
 * engine with the committed TriageModel and the shipped settings. Training-set figures prove
 * nothing and are not asserted here; `npm run triage:eval` prints these figures and the
 * cross-validation ones.
 *
 * The floors are the acceptance targets where the committed model reaches them, and the measured
 * figure rounded down where it does not yet (complaint recall: target 99%), so a worse model fails.
 */
import { repoRoot } from '../../../scripts/lib/project';
import { loadRoutingConfig } from '../../../scripts/routing/config';
import { readFrozenData, readTrainingData } from '../../../scripts/triage-model/dataset';
import { engineWith, figures, predict, routeAll } from '../../../scripts/triage-model/evaluate';

const root = repoRoot();
const config = loadRoutingConfig(root);
const model = config.triageModel?.model;
const frozen = readFrozenData(root, readTrainingData(root));

describe('triage on the frozen held-out split', () => {
  const engine = engineWith(config, model!);
  const predictions = predict(engine, frozen);
  const f = figures(
    predictions,
    routeAll(engine, predictions, config.settings.managerConcernThreshold)
  );

  it('has a model and enough held-out messages of every language to mean something', () => {
    expect(model).toBeDefined();
    expect(frozen.length).toBeGreaterThanOrEqual(500);
    for (const language of ['en', 'es', 'fr', 'de'])
      expect(frozen.filter((m) => m.language === language).length).toBeGreaterThanOrEqual(30);
    expect(f.hnwComplaints).toBeGreaterThanOrEqual(50);
  });

  it('reaches the right team and group for at least 95%', () => {
    expect(f.rightTeamAndGroup).toBeGreaterThanOrEqual(0.95);
  });

  it('sends at least 98% of HNW complaints about the account manager to the director (target 99%)', () => {
    expect(f.hnwComplaintRecall).toBeGreaterThanOrEqual(0.98);
  });

  it('sends at most 10% of routine HNW contacts to the director', () => {
    expect(f.routineHnwToDirector).toBeLessThanOrEqual(0.1);
  });

  it('routes every language at least 85% right', () => {
    for (const [language, v] of Object.entries(f.byLanguage))
      expect([language, v.right / v.messages >= 0.85]).toEqual([language, true]);
  });
});
