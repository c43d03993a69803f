/**
 * What simulated contacts say, and where each truly belongs, so misroutes are counted against the
 * true team and group. Two sources, both read by the one JSON Lines reader of labelled messages,
 * the triage trainer's (scripts/triage-model/dataset.ts, data/triage/README.md), which names
 * every bad line as file:line:
 * - the held-out messages, the frozen split (data/triage/frozen): the contacts of every simulation,
 *   so the misroute and complaint figures are measured on text neither the Triage Phrases nor the
 *   learned model were fitted on. A frozen message whose text is also a training message's (a bare
 *   "hi") is left out, so no contact says anything training saw;
 * - a training corpus (default data/corpus/messages.jsonl): only for `--misroutes`, the list leads
 *   tune Triage Phrases with. It refuses the frozen split: tuning on it would spoil it.
 */
import path from 'node:path';
import { UsageError } from '../lib/cli';
import type { Channel, Group, IssueType, Segment, Team, Topic } from '../routing/model';
import {
  destinationOf,
  frozenFiles,
  isFrozen,
  LabelledDataError,
  readLabelledFiles,
  type LabelledMessage
} from '../triage-model/dataset';
import { readLabelledSplits } from '../triage-model/evaluation-inputs';

interface Truth {
  topic: Topic | null;
  issueType: IssueType;
  aboutAccountManager: boolean;
  team: Team;
  group: Group | null;
}

export interface CorpusMessage {
  id: string;
  channel: Channel;
  segment: Segment;
  /** The account manager the message is written to or about (a name), if any. */
  accountManager: string | null;
  /** Fields passed to the routing engine as they are: subject, body, intake, transcript. */
  input: Record<string, unknown>;
  truth: Truth;
}

export const DEFAULT_CORPUS_PATH = 'data/corpus/messages.jsonl';

/** A labelled message as the simulator uses it: the true team and group by the decision table. */
function corpusMessage(m: LabelledMessage): CorpusMessage {
  const input: Record<string, unknown> = {};
  const { subject, body, transcript, intake } = m.contact;
  if (subject !== null) input.subject = subject;
  if (body !== null) input.body = body;
  if (transcript !== null) input.transcript = transcript;
  if (intake !== null) input.intake = intake;
  return {
    id: m.id,
    channel: m.contact.channel,
    segment: m.segment,
    accountManager: m.accountManager,
    input,
    truth: {
      topic: m.truth.topic,
      issueType: m.truth.issueType,
      aboutAccountManager: m.truth.aboutAccountManager === true,
      ...destinationOf(m.segment, m.truth)
    }
  };
}

function dataError(error: unknown): never {
  if (error instanceof LabelledDataError) throw new UsageError(error.message);
  throw error;
}

/** Reads a training corpus for `--misroutes`; every bad line is named as file:line. */
export function readCorpus(file: string, root: string): CorpusMessage[] {
  if (isFrozen(file))
    throw new UsageError(
      `${file} is in the frozen held-out split: listing its misroutes to tune the Triage Phrases would spoil it; use a training file`
    );
  // The reader joins the file to its root: an absolute file is read from the file system's root.
  const base = path.isAbsolute(file) ? path.parse(file).root : root;
  const { messages, problems } = readLabelledFiles(base, [{ file, strict: false }]);
  if (problems.length === 1 && problems[0] === `${file}: not found`)
    throw new UsageError(`corpus not found: ${file}`);
  if (problems.length > 0) dataError(new LabelledDataError(problems));
  if (messages.length === 0) throw new UsageError(`${file} has no messages`);
  return messages.map(corpusMessage);
}

/** The whitespace- and case-insensitive text of a message, to find texts training also saw. */
function textKey(m: Pick<LabelledMessage, 'contact'>): string {
  const { subject, body, transcript } = m.contact;
  return [subject, body, transcript]
    .map((t) => (t ?? '').replace(/\s+/g, ' ').trim().toLowerCase())
    .join('|');
}

export interface HeldOutMessages {
  messages: CorpusMessage[];
  /** The frozen split's files, relative to the repository root. */
  files: string[];
  /** Frozen messages left out because a training message says the same (ids, file order). */
  sameTextAsTraining: string[];
}

/**
 * The frozen split's messages, checked against the training data: ids never shared (the
 * trainer's own check) and no text training saw.
 */
export function readHeldOut(root: string): HeldOutMessages {
  const { training, frozen } = readLabelledSplits(root);
  const files = frozenFiles(root).map((f) => f.file);
  if (frozen.length === 0)
    throw new UsageError('the frozen held-out split (data/triage/frozen/*.jsonl) has no messages');
  const trainingTexts = new Set(training.map(textKey));
  const kept: CorpusMessage[] = [];
  const sameTextAsTraining: string[] = [];
  for (const m of frozen) {
    if (trainingTexts.has(textKey(m))) sameTextAsTraining.push(m.id);
    else kept.push(corpusMessage(m));
  }
  return { messages: kept, files, sameTextAsTraining };
}
