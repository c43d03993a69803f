import type { Triage } from '../../../scripts/routing/triage';
import { MANAGER_COMPLAINT, ROUTINE_PORTFOLIO } from '../../builders/truths';
import type { LabelledMessage } from '../../../scripts/triage-model/dataset';
import {
  assignFolds,
  chooseThreshold,
  figures,
  type CurvePoint,
  type Prediction,
  type Routed
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

describe('figures', () => {
  type Truth = LabelledMessage['truth'];
  type Facts = Pick<Triage, 'topic' | 'issueType' | 'aboutAccountManager' | 'language'>;
  const complaint: Truth = MANAGER_COMPLAINT;
  const routine: Truth = ROUTINE_PORTFOLIO;
  const facts = (topic: Triage['topic'], staff: boolean, aboutManager: boolean): Facts => ({
    topic,
    issueType: staff ? 'staff' : 'technical',
    aboutAccountManager: aboutManager,
    language: 'en'
  });
  const prediction = (
    id: string,
    segment: LabelledMessage['segment'],
    channel: 'email' | 'chat' | 'phone',
    language: 'en' | 'fr' | 'de' | 'es',
    truth: Truth,
    predicted: Facts
  ): Prediction =>
    ({
      message: {
        id,
        where: `w.jsonl:${id}`,
        file: 'w.jsonl',
        writer: 'w',
        language,
        kind: null,
        segment,
        accountManager: segment === 'HNW' ? 'Daniel Brooks' : null,
        contact: { id, channel, subject: null, body: 'text', transcript: null, intake: null },
        truth
      },
      facts: predicted
    }) as unknown as Prediction;

  /**
   * Five held-out messages and where the engine sent them: a complaint caught and one that reaches
   * the accused manager; a routine HNW message sent to the director and one that reaches the
   * manager; a STANDARD trading question sent to the right expert group.
   */
  const predictions = [
    prediction('1', 'HNW', 'email', 'en', complaint, facts('investment_portfolio', true, true)),
    prediction('2', 'HNW', 'chat', 'fr', complaint, facts('investment_portfolio', false, false)),
    prediction('3', 'HNW', 'email', 'en', routine, facts('investment_portfolio', true, false)),
    prediction('4', 'HNW', 'phone', 'de', routine, facts('investment_portfolio', false, false)),
    prediction(
      '5',
      'STANDARD',
      'chat',
      'es',
      { topic: 'trading_platform', issueType: 'technical', aboutAccountManager: false },
      facts('ai_portfolios', false, false)
    )
  ];
  const routed: Routed[] = [
    { team: 'HNW', group: 'DIRECTOR' },
    { team: 'HNW', group: 'ACCOUNT_MANAGER' },
    { team: 'HNW', group: 'DIRECTOR' },
    { team: 'HNW', group: 'ACCOUNT_MANAGER' },
    { team: 'EXPERTS', group: 'TRADING_PLATFORM' }
  ];

  it('counts right team and group, complaint recall, complaints to the manager and detours', () => {
    const f = figures(predictions, routed);
    expect(f.messages).toBe(5);
    expect(f.rightTeamAndGroup).toBeCloseTo(3 / 5, 12);
    expect(f.hnwComplaints).toBe(2);
    expect(f.hnwComplaintRecall).toBeCloseTo(1 / 2, 12);
    expect(f.complaintsToManager).toBe(1);
    expect(f.hnwRoutine).toBe(2);
    expect(f.routineHnwToDirector).toBeCloseTo(1 / 2, 12);
  });

  it('scores the heads by what triage said, not where the message went', () => {
    const f = figures(predictions, routed);
    expect(f.staff).toEqual({ label: 'staff', support: 2, precision: 0.5, recall: 0.5 });
    expect(f.aboutManager).toEqual({
      label: 'aboutManager',
      support: 2,
      precision: 1,
      recall: 0.5
    });
    const trading = f.topic.find((t) => t.label === 'trading_platform')!;
    expect(trading).toEqual({ label: 'trading_platform', support: 1, precision: 1, recall: 0 });
    const ai = f.topic.find((t) => t.label === 'ai_portfolios')!;
    expect(ai).toMatchObject({ support: 0, precision: 0 });
  });

  it('tallies every language and channel it saw, with what reached the right place', () => {
    const f = figures(predictions, routed);
    expect(f.byLanguage).toEqual({
      en: { messages: 2, right: 1 },
      fr: { messages: 1, right: 0 },
      de: { messages: 1, right: 1 },
      es: { messages: 1, right: 1 }
    });
    expect(f.byChannel).toEqual({
      email: { messages: 2, right: 1 },
      chat: { messages: 2, right: 1 },
      phone: { messages: 1, right: 1 }
    });
  });

  it('puts each message in the confusion matrix by its true and its routed destination', () => {
    const f = figures(predictions, routed);
    const cell = (truth: string, to: string) =>
      f.destinationConfusion[f.destinations.indexOf(truth)]![f.destinations.indexOf(to)];
    expect(cell('HNW/DIRECTOR', 'HNW/DIRECTOR')).toBe(1);
    expect(cell('HNW/DIRECTOR', 'HNW/ACCOUNT_MANAGER')).toBe(1);
    expect(cell('HNW/ACCOUNT_MANAGER', 'HNW/DIRECTOR')).toBe(1);
    expect(cell('HNW/ACCOUNT_MANAGER', 'HNW/ACCOUNT_MANAGER')).toBe(1);
    expect(cell('EXPERTS/TRADING_PLATFORM', 'EXPERTS/TRADING_PLATFORM')).toBe(1);
    expect(f.destinationConfusion.flat().reduce((a, b) => a + b, 0)).toBe(5);
  });
});
