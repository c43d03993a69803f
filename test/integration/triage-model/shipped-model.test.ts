/**
 * The committed triage model and vectors: fresh (trained from today's inputs), within the Apex size
 * budget, and used by the engine; a missing or empty model falls back to the phrases with the
 * reason recorded, never a routing failure.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import { loadRoutingConfig } from '../../../scripts/routing/config';
import { RoutingEngine } from '../../../scripts/routing/engine';
import { contactFromJson } from '../../../scripts/routing/input';
import { MAX_MODEL_BYTES, staleness } from '../../../scripts/triage-model/pipeline';
import { MODEL_RESOURCE_PATH, readModelFile } from '../../../scripts/triage-model/resource';
import { buildVectors, VECTORS_PATH } from '../../../scripts/triage-model/vectors';

const root = repoRoot();

describe('the committed triage model', () => {
  it('carries the version stamp of the current training inputs and code, and the vectors are what the code produces (trainModel itself: test/unit/triage-model/train.test.ts)', () => {
    expect(staleness(root)).toEqual([]);
  });

  it('fits the Apex heap budget', () => {
    expect(statSync(path.join(root, MODEL_RESOURCE_PATH)).size).toBeLessThanOrEqual(
      MAX_MODEL_BYTES
    );
  });

  it('is what the shipped engine routes with', () => {
    const config = loadRoutingConfig(root);
    expect(config.triageModel?.problem).toBeNull();
    const parsed = contactFromJson({
      id: 'x',
      channel: 'chat',
      body: 'I cannot log in to the app'
    });
    if (!parsed.ok) throw new Error(parsed.error.error);
    const routed = new RoutingEngine(config).route(parsed.contact);
    expect(routed.confidence).not.toBeNull();
    expect(routed.reasons.some((r) => r.startsWith('triage model '))).toBe(true);
  });
});

describe('the shared vectors', () => {
  const file = JSON.parse(readFileSync(path.join(root, VECTORS_PATH), 'utf8')) as {
    cases: { name: string; expected: { scores: unknown } }[];
  };

  it('match what the engine computes, case by case', () => {
    const built = buildVectors(root) as typeof file;
    expect(built.cases.map((c) => c.name)).toEqual(file.cases.map((c) => c.name));
    built.cases.forEach((c, i) => expect(c).toEqual(file.cases[i]));
  });

  it('hold the manager concern estimate of docs/triage-model.md section 6, each of its branches', () => {
    type ModelCase = {
      name: string;
      input: { intake?: { aboutStaff?: boolean | null } };
      expected: {
        scores: { aboutProbability: number; staffProbability: number } | null;
        managerConcernProbability: number;
        reasons: string[];
      };
    };
    const round2 = (x: number) => Math.floor(x * 100 + 0.5) / 100;
    const hnwModelCases = (file.cases as unknown as ModelCase[]).filter(
      (c) =>
        c.expected.scores !== null &&
        c.expected.reasons.some((r) => r.startsWith('segment HNW')) &&
        !c.expected.reasons.some((r) => r.includes('too few to rule out'))
    );
    const branches = new Set<string>();
    for (const c of hnwModelCases) {
      const { aboutProbability: about, staffProbability } = c.expected.scores!;
      const concern = c.input.intake?.aboutStaff === true ? 1 : staffProbability;
      const both = Math.sqrt(about * concern);
      const estimate = about >= 0.5 ? Math.max(about, both) : both;
      branches.add(
        c.input.intake?.aboutStaff === true
          ? 'intake'
          : about >= 0.5 && about > both
            ? 'aboutManager head alone'
            : 'geometric mean'
      );
      expect([c.name, c.expected.managerConcernProbability]).toEqual([c.name, round2(estimate)]);
    }
    expect([...branches].sort()).toEqual(['aboutManager head alone', 'geometric mean', 'intake']);
  });

  it('cover the model, the fallbacks and the text bound', () => {
    expect(file.cases.length).toBeGreaterThanOrEqual(12);
    expect(file.cases.filter((c) => c.expected.scores === null).length).toBe(2);
  });
});

describe('fallback to the phrases', () => {
  it.each([
    [null, 'no TriageModel static resource'],
    ['empty', 'TriageModel: the model file is empty']
  ])('given %p, then triage is phrase-only and says why', (kind, why) => {
    const dir = path.join(root, 'test', 'fixtures');
    const availability =
      kind === null
        ? readModelFile(null)
        : readModelFile(path.join(dir, 'triage-model', 'empty-model.json'));
    expect(availability.model).toBeNull();
    const config = { ...loadRoutingConfig(root), triageModel: availability };
    const parsed = contactFromJson({
      id: 'x',
      channel: 'email',
      body: 'Daniel sold my shares without asking.',
      customer: {
        investableAssets: 2_500_000,
        accountManager: { name: 'Daniel Brooks', active: true }
      }
    });
    if (!parsed.ok) throw new Error(parsed.error.error);
    const routed = new RoutingEngine(config).route(parsed.contact);
    expect(routed.reasons).toContain(`triage model not used (${why}): phrase-only triage`);
    expect(routed.confidence).toBeNull();
    expect(routed.language).toBe('en');
    expect([routed.team, routed.group]).toEqual(['HNW', 'DIRECTOR']);
  });
});
