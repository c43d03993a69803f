/**
 * Classification quality on messages the model never saw: the frozen held-out split
 * (data/triage/frozen, written independently and never read by training), routed by the shipped
 * engine with the committed TriageModel and the shipped settings. Training-set figures prove
 * nothing and are not asserted here; `npm run triage:eval` prints these figures and the
 * cross-validation ones.
 *
 * The split holds five writers: w3, then w6, w7, w11 and w12, added later from the same brief (see
 * data/triage/README.md). The floors are the acceptance targets where the committed model reaches
 * them (w3's right team and group and complaint recall) and the measured figure rounded to the
 * next whole point where it does not (w3's routine HNW to the director, 10.8% at the shipped
 * threshold of 0.14; over all five writers none of the three targets is met: right team and group
 * 95%, complaint recall 99%, routine HNW to the director at most 10%), so a worse model fails and
 * a better one may raise them.
 */
import { repoRoot } from '../../../scripts/lib/project';
import { loadRoutingConfig } from '../../../scripts/routing/config';
import {
  readFrozenData,
  readTrainingData,
  type LabelledMessage
} from '../../../scripts/triage-model/dataset';
import { engineWith, figures, predict, routeAll } from '../../../scripts/triage-model/evaluate';

const root = repoRoot();
const config = loadRoutingConfig(root);
const model = config.triageModel?.model;
const frozen = readFrozenData(root, readTrainingData(root));

describe('triage on the frozen held-out split', () => {
  const engine = engineWith(config, model!);
  const figuresOf = (messages: readonly LabelledMessage[]) => {
    const predictions = predict(engine, messages);
    return figures(
      predictions,
      routeAll(engine, predictions, config.settings.managerConcernThreshold)
    );
  };
  const all = figuresOf(frozen);
  const w3 = figuresOf(frozen.filter((m) => m.writer === 'w3'));

  it('has a model and enough held-out messages of every language and writer to mean something', () => {
    expect(model).toBeDefined();
    expect(frozen.length).toBeGreaterThanOrEqual(2000);
    for (const language of ['en', 'es', 'fr', 'de'])
      expect(frozen.filter((m) => m.language === language).length).toBeGreaterThanOrEqual(200);
    for (const writer of ['w3', 'w6', 'w7', 'w11', 'w12'])
      expect(frozen.filter((m) => m.writer === writer).length).toBeGreaterThanOrEqual(600);
    expect(all.hnwComplaints).toBeGreaterThanOrEqual(300);
  });

  it('reaches the right team and group for at least 95% of w3 and 92% of all five writers (target 95%)', () => {
    expect(w3.rightTeamAndGroup).toBeGreaterThanOrEqual(0.95);
    expect(all.rightTeamAndGroup).toBeGreaterThanOrEqual(0.92);
  });

  it('sends at least 99% of w3 and 96% of all HNW complaints about the account manager to the director (target 99%)', () => {
    expect(w3.hnwComplaintRecall).toBeGreaterThanOrEqual(0.99);
    expect(all.hnwComplaintRecall).toBeGreaterThanOrEqual(0.96);
  });

  it('sends at most 11% of w3 and 15% of all routine HNW contacts to the director (target 10%)', () => {
    expect(w3.routineHnwToDirector).toBeLessThanOrEqual(0.11);
    expect(all.routineHnwToDirector).toBeLessThanOrEqual(0.15);
  });

  it('routes every language at least 90% right over all five writers', () => {
    expect(Object.keys(all.byLanguage).sort()).toEqual(['de', 'en', 'es', 'fr']);
    for (const [language, v] of Object.entries(all.byLanguage))
      expect([language, v.right / v.messages >= 0.9]).toEqual([language, true]);
  });
});
