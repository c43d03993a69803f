import path from 'node:path';
import { aProjectWith } from '../../builders/files';
import { MANAGER_COMPLAINT, ROUTINE_PORTFOLIO } from '../../builders/truths';
import {
  agreementOf,
  formatAgreement,
  readSecondReadings,
  SECOND_READER_FILE
} from '../../../scripts/triage-model/agreement';
import {
  LabelledDataError,
  readFrozenData,
  readLabelledFiles,
  readTrainingData,
  TRAIN_DIR,
  type LabelledMessage
} from '../../../scripts/triage-model/dataset';
import { TOPICS } from '../../../scripts/routing/model';

type Truth = { topic: string | null; issueType: string; aboutAccountManager: boolean };
const routine: Truth = ROUTINE_PORTFOLIO;
const complaint: Truth = MANAGER_COMPLAINT;

const message = (id: string, segment: 'HNW' | 'STANDARD', truth: Truth) =>
  JSON.stringify({
    id,
    writer: 'w',
    channel: 'email',
    language: 'en',
    segment,
    accountManager: segment === 'HNW' ? 'Daniel Brooks' : null,
    subject: 'Hello',
    body: 'Some text',
    kind: 'k',
    truth
  });
const reading = (id: string, truth: unknown, reader: unknown = 'r1') =>
  JSON.stringify({ id, reader, truth });

const project = (files: Record<string, string[]>) => aProjectWith(files, 'triage-agreement-');

/** Messages a-1..a-6: HNW complaint, HNW complaint, HNW routine, HNW routine, STANDARD trading, STANDARD none. */
const MESSAGES = [
  message('a-1', 'HNW', complaint),
  message('a-2', 'HNW', complaint),
  message('a-3', 'HNW', routine),
  message('a-4', 'HNW', routine),
  message('a-5', 'STANDARD', {
    topic: 'trading_platform',
    issueType: 'technical',
    aboutAccountManager: false
  }),
  message('a-6', 'STANDARD', { topic: null, issueType: 'technical', aboutAccountManager: false })
];

function messagesOf(root: string): Map<string, LabelledMessage> {
  const { messages, problems } = readLabelledFiles(root, [
    { file: `${TRAIN_DIR}/w.jsonl`, strict: true }
  ]);
  expect(problems).toEqual([]);
  return new Map(messages.map((m) => [m.id, m]));
}

describe('reading the second reader', () => {
  it('names every bad line by file:line and reads nothing', () => {
    const root = project({
      [`${TRAIN_DIR}/w.jsonl`]: MESSAGES,
      [SECOND_READER_FILE]: [
        reading('a-1', complaint),
        '{oops',
        reading('zz-9', routine),
        reading('a-1', routine),
        reading('a-2', { topic: 'investment_portfolio', issueType: 'staff' }),
        reading('a-3', routine, ''),
        reading('a-5', {
          topic: 'trading_platform',
          issueType: 'staff',
          aboutAccountManager: true
        }),
        reading('a-6', { topic: 'crypto', issueType: 'technical', aboutAccountManager: false })
      ]
    });
    let problems: string[] = [];
    try {
      readSecondReadings(root, messagesOf(root));
    } catch (error) {
      expect(error).toBeInstanceOf(LabelledDataError);
      problems = (error as LabelledDataError).problems;
    }
    const f = SECOND_READER_FILE;
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${f}:2: not valid JSON`)),
      `${f}:3: "zz-9" is not the id of a labelled message`,
      `${f}:4: duplicate id "a-1" (first at ${f}:1)`,
      `${f}:5: unlabelled: "truth.aboutAccountManager" is missing`,
      `${f}:6: "reader" is required (a non-empty string)`,
      `${f}:7: "truth.aboutAccountManager" is true but the segment is not HNW`,
      `${f}:8: "truth.topic" "crypto" is not one of ${TOPICS.join(', ')}`
    ]);
  });

  it('says so when the file is missing', () => {
    const root = project({ [`${TRAIN_DIR}/w.jsonl`]: MESSAGES });
    expect(() => readSecondReadings(root, messagesOf(root))).toThrow(
      `${SECOND_READER_FILE}: not found`
    );
  });

  it('reads a routine label as not about the manager, whatever the line says', () => {
    const root = project({
      [`${TRAIN_DIR}/w.jsonl`]: MESSAGES,
      [SECOND_READER_FILE]: [reading('a-3', { ...routine, aboutAccountManager: true })]
    });
    const [read] = readSecondReadings(root, messagesOf(root));
    expect(read).toMatchObject({ id: 'a-3', reader: 'r1', where: `${SECOND_READER_FILE}:1` });
    expect(read!.truth.aboutAccountManager).toBe(false);
  });
});

describe('agreement between writer, reader and model', () => {
  const root = project({
    [`${TRAIN_DIR}/w.jsonl`]: MESSAGES,
    [SECOND_READER_FILE]: [
      reading('a-1', complaint),
      // The reader does not read a-2 as a complaint: a routine message to the manager.
      reading('a-2', routine),
      reading('a-3', routine),
      reading('a-4', complaint),
      reading('a-5', {
        topic: 'trading_platform',
        issueType: 'technical',
        aboutAccountManager: false
      }),
      // A staff concern with no topic: another issue type, the same team and group (triage).
      reading('a-6', { topic: null, issueType: 'staff', aboutAccountManager: false })
    ]
  });
  const messages = messagesOf(root);
  const readings = readSecondReadings(root, messages);

  it('counts what the writer and the reader agree on', () => {
    const f = agreementOf(messages, readings);
    expect(f.messages).toBe(6);
    expect(f.teamAndGroup).toEqual({ count: 4, of: 6 });
    expect(f.topic).toEqual({ count: 6, of: 6 });
    expect(f.issueType).toEqual({ count: 3, of: 6 });
    expect(f.writerComplaintsReaderAgrees).toEqual({ count: 1, of: 2 });
    expect(f.readerComplaintsWriterAgrees).toEqual({ count: 1, of: 2 });
    expect(f.writerRoutineReaderComplaint).toEqual({ count: 1, of: 2 });
    expect(f.disagreements).toEqual([
      { writer: 'HNW/ACCOUNT_MANAGER', reader: 'HNW/DIRECTOR', count: 1 },
      { writer: 'HNW/DIRECTOR', reader: 'HNW/ACCOUNT_MANAGER', count: 1 }
    ]);
    expect(f.model).toBeNull();
  });

  it('judges the model by either label and on the messages both agree on', () => {
    const routed = new Map([
      ['a-1', 'HNW/DIRECTOR'],
      ['a-2', 'HNW/ACCOUNT_MANAGER'],
      ['a-3', 'HNW/DIRECTOR'],
      ['a-4', 'HNW/DIRECTOR'],
      ['a-5', 'ADVISORY/-'],
      ['a-6', 'TRIAGE/-']
    ]);
    const f = agreementOf(messages, readings, routed);
    expect(f.model).toEqual({
      rightByWriter: { count: 2, of: 6 },
      rightByReader: { count: 4, of: 6 },
      rightWhereBothAgree: { count: 2, of: 4 },
      complaintRecallWhereBothAgree: { count: 1, of: 1 },
      routineToDirectorWhereBothAgree: { count: 1, of: 1 }
    });
    const text = formatAgreement('== t ==', f).join('\n');
    expect(text).toContain('model right where both agree                 50.0% (2 of 4)');
    expect(text).toContain('HNW/DIRECTOR -> HNW/ACCOUNT_MANAGER: 1');
  });

  it('refuses a routing that leaves a read message out', () => {
    expect(() => agreementOf(messages, readings, new Map([['a-1', 'HNW/DIRECTOR']]))).toThrow(
      'no routing given for "a-2"'
    );
  });
});

describe('in this repository', () => {
  it('every second reading names a labelled message and is well formed', () => {
    const root = path.resolve(__dirname, '../../..');
    const training = readTrainingData(root);
    const frozen = readFrozenData(root, training);
    const byId = new Map([...training, ...frozen].map((m) => [m.id, m]));
    const readings = readSecondReadings(root, byId);
    expect(readings.length).toBeGreaterThan(0);
    expect(readings.some((r) => frozen.some((m) => m.id === r.id))).toBe(true);
  });
});
