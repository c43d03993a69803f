import path from 'node:path';
import { aProjectWith } from '../../builders/files';
import {
  destinationOf,
  FROZEN_DIR,
  frozenFiles,
  isFrozen,
  LabelledDataError,
  readFrozenData,
  readLabelledFiles,
  readTrainingData,
  TRAIN_DIR,
  trainingFiles
} from '../../../scripts/triage-model/dataset';

const line = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'w-1',
    writer: 'w',
    channel: 'email',
    language: 'en',
    segment: 'HNW',
    accountManager: 'Daniel Brooks',
    subject: 'Rebalancing',
    body: 'Can we rebalance?',
    kind: 'routine',
    truth: { topic: 'investment_portfolio', issueType: 'technical', aboutAccountManager: false },
    ...overrides
  });

const project = (files: Record<string, string[]>) => aProjectWith(files, 'triage-data-');

describe('reading labelled files', () => {
  it('given bad, unlabelled and duplicate lines, then each is named by file:line and nothing is read', () => {
    const root = project({
      [`${TRAIN_DIR}/a.jsonl`]: [
        line(),
        '{not json',
        line({ id: 'w-2', truth: undefined }),
        line({ id: 'w-3', truth: { topic: 'ai_portfolios', issueType: 'technical' } }),
        line(),
        line({ id: 'w-4', channel: 'fax' }),
        '',
        line({ id: 'w-5', body: '', subject: null })
      ]
    });
    expect(() => readTrainingData(root)).toThrow(LabelledDataError);
    try {
      readTrainingData(root);
    } catch (error) {
      const problems = (error as LabelledDataError).problems;
      expect(problems).toEqual([
        expect.stringMatching(/^data\/triage\/train\/a\.jsonl:2: not valid JSON/),
        'data/triage/train/a.jsonl:3: unlabelled: "truth" is missing',
        'data/triage/train/a.jsonl:4: unlabelled: "truth.aboutAccountManager" is missing',
        'data/triage/train/a.jsonl:5: duplicate id "w-1" (first at data/triage/train/a.jsonl:1)',
        'data/triage/train/a.jsonl:6: "channel" "fax" is not one of phone, email, chat',
        'data/triage/train/a.jsonl:8: the message has no text (subject, body and transcript are all empty)'
      ]);
    }
  });

  it('refuses a frozen id that is also a training id', () => {
    const root = project({
      [`${TRAIN_DIR}/a.jsonl`]: [line()],
      [`${FROZEN_DIR}/f.jsonl`]: [line()]
    });
    const training = readTrainingData(root);
    expect(() => readFrozenData(root, training)).toThrow(/f\.jsonl:1: duplicate id "w-1"/);
  });

  it('gives a message the customer of its segment and a routine message no complaint label', () => {
    const { messages } = readLabelledFiles(
      project({
        'x.jsonl': [
          line({ truth: { topic: null, issueType: 'technical', aboutAccountManager: true } })
        ]
      }),
      [{ file: 'x.jsonl', strict: true }]
    );
    expect(messages[0]!.contact.customer).toEqual({
      investableAssets: 2_500_000,
      accountManager: { name: 'Daniel Brooks', active: true }
    });
    expect(messages[0]!.truth.aboutAccountManager).toBe(false);
  });
});

describe('the frozen split', () => {
  it('is never a training file, and training refuses one that is', () => {
    const root = project({
      [`${TRAIN_DIR}/a.jsonl`]: [line()],
      [`${FROZEN_DIR}/f.jsonl`]: [line({ id: 'f-1' })]
    });
    const files = trainingFiles(root).map((f) => f.file);
    expect(files).toEqual([`${TRAIN_DIR}/a.jsonl`]);
    expect(files.some(isFrozen)).toBe(false);
    expect(frozenFiles(root).map((f) => f.file)).toEqual([`${FROZEN_DIR}/f.jsonl`]);
    expect(readTrainingData(root).map((m) => m.id)).toEqual(['w-1']);
    expect(isFrozen(`${FROZEN_DIR}/f.jsonl`)).toBe(true);
  });

  it('in this repository: training reads no file of data/triage/frozen', () => {
    const root = path.resolve(__dirname, '../../..');
    expect(trainingFiles(root).filter((f) => isFrozen(f.file))).toEqual([]);
    expect(readTrainingData(root).some((m) => m.file.startsWith(FROZEN_DIR))).toBe(false);
  });
});

describe('truth destinations (docs/routing.md decision table)', () => {
  it.each([
    ['HNW', 'staff', null, 'HNW/DIRECTOR'],
    ['HNW', 'technical', 'trading_platform', 'HNW/ACCOUNT_MANAGER'],
    ['HNW', 'technical', 'ecommerce_platform', 'ECOMMERCE/-'],
    ['STANDARD', 'staff', 'financial_advising', 'ADVISORY/-'],
    ['STANDARD', 'technical', 'investment_portfolio', 'ADVISORY/-'],
    ['STANDARD', 'technical', 'ai_portfolios', 'EXPERTS/AI_PORTFOLIOS'],
    ['HNW', 'technical', null, 'TRIAGE/-']
  ] as const)('%s %s %s -> %s', (segment, issueType, topic, expected) => {
    const d = destinationOf(segment, { topic, issueType, aboutAccountManager: false });
    expect(`${d.team}/${d.group ?? '-'}`).toBe(expected);
  });

  it('agrees with the team and group written in the corpus', () => {
    const root = path.resolve(__dirname, '../../..');
    const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const lines = readFileSync(path.join(root, 'data/corpus/messages.jsonl'), 'utf8')
      .trim()
      .split('\n');
    for (const text of lines) {
      const m = JSON.parse(text) as {
        id: string;
        segment: 'HNW' | 'STANDARD';
        truth: { topic: null; issueType: 'staff'; team: string; group: string | null };
      };
      const d = destinationOf(m.segment, { ...m.truth, aboutAccountManager: null });
      expect([m.id, d.team, d.group]).toEqual([m.id, m.truth.team, m.truth.group]);
    }
  });
});
