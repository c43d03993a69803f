/**
 * The simulator's contacts say held-out messages only (the frozen split, which training never
 * read), in the traffic profile's mix; and Knowledge and the survey on the shipped data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import { CHANNELS, type Channel, type Topic } from '../../../scripts/routing/model';
import { DAY } from '../../../scripts/simulate/model';
import { htmlReport } from '../../../scripts/simulate/html';
import { textReport } from '../../../scripts/simulate/report';
import { contractJson, runScenario } from '../../../scripts/simulate/run';
import { loadScenario } from '../../../scripts/simulate/scenario';
import { Simulation } from '../../../scripts/simulate/simulation';
import { clientBook, TrafficSource } from '../../../scripts/simulate/traffic';
import {
  destinationOf,
  frozenFiles,
  readTrainingData
} from '../../../scripts/triage-model/dataset';

const root = repoRoot();
const FROZEN = frozenFiles(root).map((f) => f.file);
const frozenLines = () =>
  FROZEN.flatMap((file) => readFileSync(path.join(root, file), 'utf8').split('\n'));

const scenario = (seed = 1, days = 2) =>
  loadScenario({ days, seed, agentsScale: 1, overrides: { pushTimeoutSeconds: {}, capacity: {} } });

const textOf = (input: Record<string, unknown>) =>
  ['subject', 'body', 'transcript']
    .map((k) => (typeof input[k] === 'string' ? (input[k] as string) : ''))
    .map((t) => t.replace(/\s+/g, ' ').trim().toLowerCase())
    .join('|');

describe('held-out messages', () => {
  const loaded = scenario();
  const source = new TrafficSource(
    7,
    loaded.input.profile,
    loaded.input.tables,
    clientBook(loaded.input.customers, loaded.input.routing.settings.hnwThreshold, {
      byKeyOrName: () => undefined
    }),
    { byKeyOrName: () => undefined },
    DAY
  );
  const draws = CHANNELS.flatMap((channel) =>
    Array.from({ length: 3000 }, (_, i) => source.draw(channel, i))
  );

  it('given 9,000 drawn contacts, then every text comes from the frozen split and none is a training message, by id or by text', () => {
    const frozen = new Set(
      frozenLines()
        .filter((l) => l.trim() !== '')
        .map((l) => (JSON.parse(l) as { id: string }).id)
    );
    const training = readTrainingData(root);
    const trainingIds = new Set(training.map((m) => m.id));
    const trainingTexts = new Set(
      training.map((m) =>
        textOf({
          subject: m.contact.subject,
          body: m.contact.body,
          transcript: m.contact.transcript
        })
      )
    );
    const foreign = draws.filter((d) => !frozen.has(d.message.id)).map((d) => d.message.id);
    const seenInTraining = draws.filter(
      (d) => trainingIds.has(d.message.id) || trainingTexts.has(textOf(d.message.input))
    );
    expect(foreign).toEqual([]);
    expect(seenInTraining.map((d) => d.message.id)).toEqual([]);
    expect(new Set(draws.map((d) => d.message.id)).size).toBeGreaterThan(500);
    expect(FROZEN.length).toBeGreaterThan(1);
    expect(loaded.summary.heldOut.files).toEqual(FROZEN);
    expect(loaded.summary.heldOut.sameTextAsTraining).toBeGreaterThan(0);
  });

  it('given the drawn contacts, then each is labelled with the destination its segment and labels give, and a stand-in from the other segment names no manager', () => {
    for (const d of draws) {
      expect(d.message.channel).toBe(d.channel);
      const { team, group } = d.message.truth;
      expect({ team, group }).toEqual(destinationOf(d.message.segment, d.message.truth));
    }
    const frozenSegment = new Map(
      frozenLines()
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as { id: string; segment: string })
        .map((m) => [m.id, m.segment])
    );
    const standIns = draws.filter((d) => frozenSegment.get(d.message.id) !== d.message.segment);
    expect(standIns.length).toBeGreaterThan(0);
    for (const d of standIns) expect(d.message.accountManager).toBeNull();
  });

  it("given the drawn contacts, then each channel's segment and destination shares follow the traffic profile, not the split's own proportions", () => {
    const profile = loaded.input.profile;
    const weights = new Map<string, number>();
    let all = 0;
    for (const [topic, t] of Object.entries(profile.topicMix))
      for (const [issueType, i] of Object.entries(profile.issueTypeMix)) {
        const { team, group } = destinationOf('STANDARD', {
          topic: topic === 'none' ? null : (topic as Topic),
          issueType: issueType as 'technical' | 'staff',
          aboutAccountManager: null
        });
        const key = `${team}/${group ?? ''}`;
        weights.set(key, (weights.get(key) ?? 0) + t * i);
        all += t * i;
      }
    for (const channel of CHANNELS) {
      const ofChannel = draws.filter((d) => d.channel === channel);
      const hnw = ofChannel.filter((d) => d.message.segment === 'HNW').length / ofChannel.length;
      expect(Math.abs(hnw - profile.hnwShare[channel as Channel])).toBeLessThan(0.03);
      const standard = ofChannel.filter((d) => d.message.segment === 'STANDARD');
      for (const [key, weight] of weights) {
        const share =
          standard.filter((d) => `${d.message.truth.team}/${d.message.truth.group ?? ''}` === key)
            .length / standard.length;
        expect({ channel, key, close: Math.abs(share - weight / all) < 0.035 }).toEqual({
          channel,
          key,
          close: true
        });
      }
    }
  });

  it('says in the output that misroute and complaint figures are on held-out messages, how many, and what the split lacked', () => {
    const { heldOut } = loaded.summary;
    expect(heldOut.messages).toBeGreaterThan(700);
    expect(heldOut.gaps.length).toBeGreaterThan(0);
    for (const gap of heldOut.gaps) expect(gap).toMatch(/^no held-out .* (stand in|left out)/);
  });
});

describe('reproducible per seed, Knowledge and survey included', () => {
  it('given the same seed, when run twice, then everything is identical; another seed draws other contacts', () => {
    const a = runScenario(scenario(3));
    const b = runScenario(scenario(3));
    const c = runScenario(scenario(4));
    expect(contractJson(a)).toBe(contractJson(b));
    expect(JSON.stringify(a.details)).toBe(JSON.stringify(b.details));
    expect(JSON.stringify(c.details.routed.journey)).not.toBe(
      JSON.stringify(a.details.routed.journey)
    );
  });
});

describe('Knowledge and survey on the shipped data', () => {
  const loaded = scenario(1, 3);
  const output = runScenario(loaded);

  it('uses articles only in routed, never for triage (no topic), and surveys only resolved contacts', () => {
    for (const row of output.details.baseline.journey) expect(row.resolvedWithArticle).toBe(0);
    const routed = output.details.routed.journey;
    expect(routed.reduce((s, r) => s + r.resolvedWithArticle, 0)).toBeGreaterThan(0);
    for (const row of routed.filter((r) => r.team === 'TRIAGE'))
      expect(row.resolvedWithArticle).toBe(0);
    for (const name of ['baseline', 'routed'] as const)
      for (const row of output.details[name].journey) {
        expect(row.resolvedWithArticle).toBeLessThanOrEqual(row.resolved);
        expect(row.surveysSent).toBeLessThanOrEqual(row.resolved);
        expect(row.surveysAnswered).toBeLessThanOrEqual(row.surveysSent);
        if (row.channel === 'chat') expect(row.surveysSent).toBe(row.resolved);
        if (row.averageRating !== null) {
          expect(row.averageRating).toBeGreaterThanOrEqual(1);
          expect(row.averageRating).toBeLessThanOrEqual(5);
        }
      }
    const resolved = (name: 'baseline' | 'routed') =>
      output.details[name].journey.reduce((s, r) => s + r.resolved, 0);
    expect(resolved('routed')).toBe(output.details.routed.answered);
    expect(resolved('baseline')).toBe(output.details.baseline.answered);
  });

  it('given a run, then the table and the HTML page say the misroute and complaint figures are on held-out messages and how many, and print the journey assumptions as assumptions', () => {
    const count = output.scenario.heldOut.messages;
    const held = `measured on held-out messages: every contact says one of ${count} messages of ${FROZEN.join(', ')}`;
    const text = textReport(output);
    const page = htmlReport(output);
    for (const report of [text, page]) {
      expect(report).toContain(held);
      expect(report).toContain('Assumptions, not measurements');
      expect(report).toMatch(/Knowledge and satisfaction survey/);
    }
    expect(text).toContain(
      '| team | channel | resolved | with an article | surveys sent | answered | average rating |'
    );
    expect(page).toContain('<th>with an article</th>');
  });

  it('given articles for one topic only, then only contacts of that topic are resolved with one', () => {
    const only = new Set<Topic>(['ecommerce_platform']);
    const rows = new Simulation('routed', { ...loaded.input, articleTopics: only })
      .run()
      .metrics.details().journey;
    const withArticle = rows.filter((r) => r.resolvedWithArticle > 0).map((r) => r.team);
    expect(new Set(withArticle)).toEqual(new Set(['ECOMMERCE']));
  });

  it('given no articles at all, then no contact is resolved with one and routed handles exactly as long as without Knowledge', () => {
    const none = new Simulation('routed', { ...loaded.input, articleTopics: new Set() }).run();
    const details = none.metrics.details();
    expect(details.journey.every((r) => r.resolvedWithArticle === 0)).toBe(true);
    const off = new Simulation('routed', {
      ...loaded.input,
      profile: {
        ...loaded.input.profile,
        journey: {
          knowledge: { articleUse: 1, handleTimeFactor: 1 },
          survey: (loaded.input.profile.journey ?? scenario().summary.journey.assumptions).survey
        }
      }
    })
      .run()
      .metrics.figures();
    // An article that saves no time changes no wait: the figures equal the run without articles.
    expect(off).toEqual(none.metrics.figures());
  });
});
