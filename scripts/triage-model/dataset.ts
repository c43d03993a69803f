/**
 * Labelled messages for training and evaluating the triage model (data/triage/README.md): the
 * writers' files under data/triage/train and data/triage/frozen, and the corpus files under
 * data/corpus. Every bad line is reported as file:line; the frozen split is never listed for
 * training.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CHANNELS,
  ISSUE_TYPES,
  SEGMENTS,
  TOPICS,
  type Channel,
  type Contact,
  type Group,
  type IssueType,
  type Segment,
  type Team,
  type Topic
} from '../routing/model';
import { LANGUAGES, type Language } from './features';

export const TRAIN_DIR = 'data/triage/train';
export const FROZEN_DIR = 'data/triage/frozen';
/** Corpus files that are training data too (the phrases were tuned on them: never held out). */
const CORPUS_FILES = ['data/corpus/messages.jsonl', 'data/corpus/blind-set.jsonl'];

/** Investable assets given to a labelled message's customer (either side of the 1M threshold). */
const HNW_ASSETS = 2_500_000;
const STANDARD_ASSETS = 150_000;

export interface LabelledTruth {
  topic: Topic | null;
  issueType: IssueType;
  /** Null when the file does not say (an HNW staff concern in the older blind set). */
  aboutAccountManager: boolean | null;
}

export interface LabelledMessage {
  id: string;
  /** file:line, relative to the repository root. */
  where: string;
  file: string;
  writer: string | null;
  language: Language | null;
  kind: string | null;
  segment: Segment;
  accountManager: string | null;
  contact: Contact;
  truth: LabelledTruth;
}

export class LabelledDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Labelled data has ${problems.length} bad line(s):\n  ${problems.join('\n  ')}`);
    this.name = 'LabelledDataError';
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with one line; the reader reports it as file:line. */
export class LineProblem extends Error {}

function text(object: Json, key: string): string | null {
  const value = object[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new LineProblem(`"${key}" must be a string or null`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], key: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new LineProblem(`"${key}" ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
}

/** The labels of a line (`truth`); strict requires every field. Throws LineProblem. */
export function truthOf(value: unknown, strict: boolean): LabelledTruth {
  if (!isObject(value)) throw new LineProblem('unlabelled: "truth" is missing');
  const topicValue = value.topic;
  if (topicValue === undefined && strict)
    throw new LineProblem('unlabelled: "truth.topic" is missing');
  const topic =
    topicValue === null || topicValue === undefined || topicValue === 'none'
      ? null
      : oneOf(topicValue, TOPICS, 'truth.topic');
  if (value.issueType === undefined)
    throw new LineProblem('unlabelled: "truth.issueType" is missing');
  const issueType = oneOf(value.issueType, ISSUE_TYPES, 'truth.issueType');
  const about = value.aboutAccountManager;
  if (about !== undefined && about !== null && typeof about !== 'boolean')
    throw new LineProblem('"truth.aboutAccountManager" must be true or false');
  if (strict && typeof about !== 'boolean')
    throw new LineProblem('unlabelled: "truth.aboutAccountManager" is missing');
  return { topic, issueType, aboutAccountManager: typeof about === 'boolean' ? about : null };
}

function intakeOf(value: unknown): Contact['intake'] {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) throw new LineProblem('"intake" must be an object or null');
  const topic =
    value.topic === undefined || value.topic === null
      ? null
      : oneOf(value.topic, TOPICS, 'intake.topic');
  const aboutStaff = value.aboutStaff;
  if (aboutStaff !== undefined && aboutStaff !== null && typeof aboutStaff !== 'boolean')
    throw new LineProblem('"intake.aboutStaff" must be true, false or null');
  return { topic, aboutStaff: typeof aboutStaff === 'boolean' ? aboutStaff : null };
}

/**
 * One labelled line. `strict` (the writers' files) requires every field of data/triage/README.md;
 * the corpus files are read with their own field names (message, transcript, intake).
 */
function messageFromLine(
  value: unknown,
  file: string,
  line: number,
  strict: boolean
): LabelledMessage {
  if (!isObject(value)) throw new LineProblem('a line must be a JSON object');
  const id = typeof value.id === 'string' ? value.id.trim() : '';
  if (id === '') throw new LineProblem('"id" is required (a non-empty string)');
  const channel: Channel = oneOf(value.channel, CHANNELS, 'channel');
  const segment: Segment = oneOf(value.segment, SEGMENTS, 'segment');
  const manager = text(value, 'accountManager');
  const subject = text(value, 'subject');
  const body = text(value, 'body') ?? text(value, 'message');
  const transcript = text(value, 'transcript');
  let language: Language | null = null;
  let writer: string | null = null;
  let kind: string | null = null;
  if (strict) {
    language = oneOf(value.language, LANGUAGES, 'language');
    writer = text(value, 'writer');
    if (!writer) throw new LineProblem('"writer" is required');
    kind = text(value, 'kind');
    if (!kind) throw new LineProblem('"kind" is required');
    if (!('accountManager' in value))
      throw new LineProblem('"accountManager" is required (a name or null)');
  }
  if (
    (body ?? '').trim() === '' &&
    (subject ?? '').trim() === '' &&
    (transcript ?? '').trim() === ''
  )
    throw new LineProblem('the message has no text (subject, body and transcript are all empty)');
  const truth = truthOf(value.truth, strict);
  if (segment !== 'HNW' && truth.aboutAccountManager === true)
    throw new LineProblem('"truth.aboutAccountManager" is true but the segment is not HNW');
  const managerName = manager && manager.trim() !== '' ? manager.trim() : null;
  return {
    id,
    where: `${file}:${line}`,
    file,
    writer,
    language,
    kind,
    segment,
    accountManager: managerName,
    contact: {
      id,
      channel,
      subject,
      body,
      transcript,
      intake: intakeOf(value.intake),
      customer: {
        investableAssets: segment === 'HNW' ? HNW_ASSETS : STANDARD_ASSETS,
        accountManager: managerName ? { name: managerName, active: true } : null
      }
    },
    truth: {
      ...truth,
      // A routine message is never about the manager, whatever the file left blank.
      aboutAccountManager: truth.issueType === 'technical' ? false : truth.aboutAccountManager
    }
  };
}

/** Reads labelled files; every bad or duplicate line (ids unique across all the files) is a problem. */
export function readLabelledFiles(
  root: string,
  files: readonly { file: string; strict: boolean }[],
  seen = new Map<string, string>()
): { messages: LabelledMessage[]; problems: string[] } {
  const messages: LabelledMessage[] = [];
  const problems: string[] = [];
  for (const { file, strict } of files) {
    const absolute = path.join(root, file);
    if (!existsSync(absolute)) {
      problems.push(`${file}: not found`);
      continue;
    }
    readFileSync(absolute, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '') return;
        const where = `${file}:${i + 1}`;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch (error) {
          problems.push(`${where}: not valid JSON (${(error as Error).message})`);
          return;
        }
        try {
          const message = messageFromLine(parsed, file, i + 1, strict);
          const first = seen.get(message.id);
          if (first) {
            problems.push(`${where}: duplicate id "${message.id}" (first at ${first})`);
            return;
          }
          seen.set(message.id, where);
          messages.push(message);
        } catch (error) {
          if (!(error instanceof LineProblem)) throw error;
          problems.push(`${where}: ${error.message}`);
        }
      });
  }
  return { messages, problems };
}

function jsonlFiles(root: string, dir: string): string[] {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => `${dir}/${name}`);
}

/** The training files: the corpus files, then data/triage/train. Never the frozen split. */
export function trainingFiles(root: string): { file: string; strict: boolean }[] {
  const files = [
    ...CORPUS_FILES.filter((f) => existsSync(path.join(root, f))).map((file) => ({
      file,
      strict: false
    })),
    ...jsonlFiles(root, TRAIN_DIR).map((file) => ({ file, strict: true }))
  ];
  for (const { file } of files)
    if (isFrozen(file)) throw new Error(`${file} is in the frozen split: training never reads it`);
  return files;
}

export function frozenFiles(root: string): { file: string; strict: boolean }[] {
  return jsonlFiles(root, FROZEN_DIR).map((file) => ({ file, strict: true }));
}

/** True for a path inside the frozen held-out split. */
export function isFrozen(file: string): boolean {
  const normalised = file.split(path.sep).join('/');
  return (
    normalised === FROZEN_DIR ||
    normalised.startsWith(`${FROZEN_DIR}/`) ||
    normalised.includes(`/${FROZEN_DIR}/`)
  );
}

/** Reads the training messages; throws LabelledDataError naming every bad line. */
export function readTrainingData(root: string): LabelledMessage[] {
  const { messages, problems } = readLabelledFiles(root, trainingFiles(root));
  if (problems.length > 0) throw new LabelledDataError(problems);
  return messages;
}

/** Reads the frozen split, checking that no id is also a training id. */
export function readFrozenData(
  root: string,
  training: readonly LabelledMessage[]
): LabelledMessage[] {
  const seen = new Map(training.map((m) => [m.id, m.where]));
  const { messages, problems } = readLabelledFiles(root, frozenFiles(root), seen);
  if (problems.length > 0) throw new LabelledDataError(problems);
  return messages;
}

/** The true team and group, by the decision table of docs/routing.md (never by the engine). */
export function destinationOf(
  segment: Segment,
  truth: LabelledTruth
): { team: Team; group: Group | null } {
  const topic = truth.topic;
  if (segment === 'HNW' && truth.issueType === 'staff') return { team: 'HNW', group: 'DIRECTOR' };
  if (
    segment === 'HNW' &&
    (topic === 'investment_portfolio' ||
      topic === 'ai_portfolios' ||
      topic === 'trading_platform' ||
      topic === 'financial_advising')
  )
    return { team: 'HNW', group: 'ACCOUNT_MANAGER' };
  if (topic === 'ecommerce_platform') return { team: 'ECOMMERCE', group: null };
  if (topic === 'financial_advising') return { team: 'ADVISORY', group: null };
  if (topic === 'ai_portfolios') return { team: 'EXPERTS', group: 'AI_PORTFOLIOS' };
  if (topic === 'trading_platform') return { team: 'EXPERTS', group: 'TRADING_PLATFORM' };
  if (segment === 'STANDARD' && topic === 'investment_portfolio')
    return { team: 'ADVISORY', group: null };
  return { team: 'TRIAGE', group: null };
}
