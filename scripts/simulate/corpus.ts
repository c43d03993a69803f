/**
 * The labelled corpus of customer messages (data/corpus/messages.jsonl): what simulated contacts
 * say, and where each truly belongs, so misroutes are counted against the true team and group.
 * Messages are drawn stratified by channel and segment, weighted by the profile's topic and
 * issue-type mix.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../lib/cli';
import {
  CHANNELS,
  GROUPS,
  ISSUE_TYPES,
  TEAMS,
  TOPICS,
  type Channel,
  type Group,
  type IssueType,
  type Segment,
  type Team,
  type Topic
} from '../routing/model';
import type { TrafficProfile } from './profile';
import { WeightedTable } from './random';

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

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  const v = typeof value === 'string' ? value.trim() : value;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  throw new Error(`${where} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
}

function managerName(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (isObject(value) && typeof value.name === 'string' && value.name.trim() !== '')
    return value.name.trim();
  return null;
}

function messageFromJson(value: unknown): CorpusMessage {
  if (!isObject(value)) throw new Error('a message must be a JSON object');
  const id = typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : '';
  if (id === '') throw new Error('"id" is required');
  const truth = value.truth;
  if (!isObject(truth)) throw new Error('"truth" must be an object');
  const channel = oneOf(
    typeof value.channel === 'string' ? value.channel.toLowerCase() : value.channel,
    CHANNELS,
    'channel'
  );
  const topic = truth.topic === null || truth.topic === undefined || truth.topic === 'none';
  const input: Record<string, unknown> = {};
  for (const key of ['subject', 'body', 'intake', 'transcript', 'message'])
    if (value[key] !== undefined) input[key] = value[key];
  return {
    id,
    channel,
    segment: oneOf(
      typeof value.segment === 'string' ? value.segment.toUpperCase() : 'STANDARD',
      ['HNW', 'STANDARD'] as const,
      'segment'
    ),
    accountManager: managerName(value.accountManager),
    input,
    truth: {
      topic: topic ? null : oneOf(truth.topic, TOPICS, 'truth.topic'),
      issueType: oneOf(truth.issueType, ISSUE_TYPES, 'truth.issueType'),
      aboutAccountManager: truth.aboutAccountManager === true,
      team: oneOf(truth.team, TEAMS, 'truth.team'),
      group:
        truth.group === null || truth.group === undefined
          ? null
          : oneOf(truth.group, GROUPS, 'truth.group')
    }
  };
}

/** Reads a JSON Lines corpus; a bad line is an error naming the file and line. */
export function readCorpus(file: string, root: string): CorpusMessage[] {
  const absolute = path.resolve(root, file);
  if (!existsSync(absolute)) throw new UsageError(`corpus not found: ${file}`);
  const messages: CorpusMessage[] = [];
  readFileSync(absolute, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        messages.push(messageFromJson(JSON.parse(line)));
      } catch (error) {
        throw new UsageError(`${file}:${i + 1}: ${(error as Error).message}`);
      }
    });
  if (messages.length === 0) throw new UsageError(`${file} has no messages`);
  return messages;
}

export type MessageTables = Record<Channel, Record<Segment, WeightedTable<CorpusMessage> | null>>;

/**
 * One draw table per channel and segment. A message's weight is its topic's and issue type's
 * share in the profile divided by how many messages share that stratum, so the corpus's own
 * proportions do not leak into the traffic. An empty segment falls back to the channel's other
 * messages; a channel without messages gets null (an error if it has traffic).
 */
export function messageTables(messages: CorpusMessage[], profile: TrafficProfile): MessageTables {
  const tables = {} as MessageTables;
  for (const channel of CHANNELS) {
    const build = (pool: CorpusMessage[]) => {
      const strata = new Map<string, number>();
      const stratum = (m: CorpusMessage) => `${m.truth.topic ?? 'none'}|${m.truth.issueType}`;
      for (const m of pool) strata.set(stratum(m), (strata.get(stratum(m)) ?? 0) + 1);
      const table = new WeightedTable(
        pool.map(
          (m) =>
            [
              m,
              (profile.topicMix[m.truth.topic ?? 'none'] *
                profile.issueTypeMix[m.truth.issueType]) /
                strata.get(stratum(m))!
            ] as const
        )
      );
      return table.size > 0 ? table : null;
    };
    const ofChannel = messages.filter((m) => m.channel === channel);
    const all = build(ofChannel);
    tables[channel] = {
      HNW: build(ofChannel.filter((m) => m.segment === 'HNW')) ?? all,
      STANDARD: build(ofChannel.filter((m) => m.segment === 'STANDARD')) ?? all
    };
  }
  return tables;
}
