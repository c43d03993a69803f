import type { LabelledMessage } from '../../../scripts/triage-model/dataset';
import {
  assignFolds,
  chooseThreshold,
  type CurvePoint
} from '../../../scripts/triage-model/evaluate';

/** A curve point: threshold, complaint recall, routine HNW to the director. */
const point = (threshold: number, recall: number, toDirector: number): CurvePoint => ({
  threshold,
  hnwComplaintRecall: recall,
  routineHnwToDirector: toDirector,
  rightTeamAndGroup: 0.9
});

describe('chooseThreshold', () => {
  it('takes the highest threshold that meets both targets', () => {
    const choice = chooseThreshold([
      point(0.1, 0.995, 0.2),
      point(0.2, 0.992, 0.09),
      point(0.3, 0.99, 0.07),
      point(0.4, 0.98, 0.05)
    ]);
    expect(choice.threshold).toBeCloseTo(0.3, 9);
    expect(choice.why).toContain('recall >= 99.0% and routine HNW to the director <= 10.0%');
  });

  it('keeps 99% complaint recall when no threshold also keeps routine detours within 10%', () => {
    const choice = chooseThreshold([
      point(0.1, 0.995, 0.19),
      point(0.15, 0.99, 0.136),
      point(0.22, 0.985, 0.097),
      point(0.3, 0.979, 0.072)
    ]);
    expect(choice.threshold).toBeCloseTo(0.15, 9);
    expect(choice.why).toContain('complaints first');
  });

  it('takes the best recall, then the highest threshold, when none reaches 99%', () => {
    const choice = chooseThreshold([
      point(0.1, 0.97, 0.3),
      point(0.2, 0.98, 0.2),
      point(0.3, 0.98, 0.1),
      point(0.4, 0.95, 0.05)
    ]);
    expect(choice.threshold).toBeCloseTo(0.3, 9);
    expect(choice.why).toContain('the best recall');
  });
});

/** A labelled message of a writer (null: a corpus file's), HNW complaint or routine. */
function message(id: string, writer: string | null, complaint: boolean): LabelledMessage {
  return {
    id,
    where: `x:${id}`,
    file: writer === null ? 'data/corpus/messages.jsonl' : `data/triage/train/${writer}.jsonl`,
    writer,
    language: 'en',
    kind: null,
    segment: 'HNW',
    accountManager: 'Daniel Reyes',
    contact: { channel: 'email', subject: null, body: id } as LabelledMessage['contact'],
    truth: complaint
      ? { topic: null, issueType: 'staff', aboutAccountManager: true }
      : { topic: 'investment_portfolio', issueType: 'technical', aboutAccountManager: false }
  };
}

describe('assignFolds', () => {
  // Eight writers of 8, 7, ... 1 messages (w1 the largest), every other one a complaint, and a corpus file.
  const messages = [
    ...Array.from({ length: 8 }, (_, w) =>
      Array.from({ length: 8 - w }, (_, i) => message(`w${w + 1}-${i}`, `w${w + 1}`, i % 2 === 0))
    ).flat(),
    message('c-1', null, true),
    message('c-2', null, false)
  ];

  it('keeps each writer, and each corpus file, in one fold', () => {
    const folds = assignFolds(messages, 3);
    const foldsOf = new Map<string, Set<number>>();
    for (const m of messages) {
      const author = m.writer ?? m.file;
      foldsOf.set(author, (foldsOf.get(author) ?? new Set()).add(folds.get(m.id)!));
    }
    expect(foldsOf.size).toBe(9);
    for (const [author, set] of foldsOf) expect([author, set.size]).toEqual([author, 1]);
  });

  it('spreads the writers so every fold has about the same share of each stratum', () => {
    const folds = assignFolds(messages, 3);
    const complaints = [0, 0, 0];
    const routine = [0, 0, 0];
    for (const m of messages)
      (m.truth.issueType === 'staff' ? complaints : routine)[folds.get(m.id)!]! += 1;
    // 21 complaints and 17 routine messages over 3 folds: greedy by writer size lands within 2.
    expect([complaints, routine].map((c) => c.reduce((a, b) => a + b, 0))).toEqual([21, 17]);
    for (const counts of [complaints, routine])
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
    // The largest writer opens the first fold, the next one the second.
    expect(folds.get('w1-0')).toBe(0);
    expect(folds.get('w2-0')).toBe(1);
  });

  it('gives the same folds whatever the order of the messages', () => {
    const forward = assignFolds(messages, 5);
    const backward = assignFolds([...messages].reverse(), 5);
    expect([...backward.entries()].sort()).toEqual([...forward.entries()].sort());
  });
});
