/**
 * Builds the routing configuration from the custom metadata records under force-app, the same
 * records the org uses (one source of truth: nothing is copied into TypeScript). Reading the
 * records is metadata-records.ts; linting the result is config-lint.ts.
 */
import path from 'node:path';
import { allSourceDirectories, repoRoot } from '../lib/project';
import { FACTOR_KINDS, parseSignals, type RoutingFactor } from './factors';
import { readRecords, type CustomMetadataRecord } from './metadata-records';
import { loadTriageModel } from '../triage-model/resource';
import {
  CHANNELS,
  GROUPS,
  ISSUE_TYPES,
  SEGMENTS,
  STAFF_CATEGORIES,
  TARGET_KINDS,
  TARGET_USERS,
  TEAMS,
  TOPICS,
  type Channel,
  type PhraseCategory,
  type RoutingConfig,
  type RoutingRule,
  type RoutingSettings,
  type TriagePhrase
} from './model';

export const SETTINGS_RECORD = 'Default';
/** The custom metadata types the routing configuration is made of. */
const ROUTING_TYPES = ['RoutingRule', 'TriagePhrase', 'RoutingSetting', 'RoutingFactor'] as const;
/** Engine defaults when the Default record leaves a setting blank (RoutingConfig.cls has the same). */
const DEFAULT_MANAGER_CONCERN_THRESHOLD = 0.14;
const DEFAULT_DIRECTOR_WAIT_MINUTES = 15;
const DEFAULT_SKILLS_WAIT_MINUTES = 30;
/** The routing configuration of raised chats when the setting is blank (RoutingConfig.Settings in Apex). */
export const DEFAULT_RAISED_CHAT_ROUTING_CONFIG = 'Chat_Raised';

export class RoutingConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Routing configuration is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'RoutingConfigError';
  }
}

class RecordReader {
  constructor(
    private readonly record: CustomMetadataRecord,
    private readonly problems: string[],
    private readonly root: string
  ) {}

  private where(field: string): string {
    return `${path.relative(this.root, this.record.file)}: ${field}`;
  }

  text(field: string): string | null {
    const value = this.record.values.get(field);
    return value === undefined || value.trim() === '' ? null : value.trim();
  }

  required(field: string): string {
    const value = this.text(field);
    if (value === null) this.problems.push(`${this.where(field)} is required`);
    return value ?? '';
  }

  number(field: string, fallback: number | null = null): number {
    const value = this.text(field);
    if (value === null) {
      if (fallback === null) this.problems.push(`${this.where(field)} is required`);
      return fallback ?? 0;
    }
    const parsed = Number(value);
    if (!Number.isFinite(parsed))
      this.problems.push(`${this.where(field)} "${value}" is not a number`);
    return Number.isFinite(parsed) ? parsed : 0;
  }

  boolean(field: string, fallback: boolean): boolean {
    const value = this.text(field);
    return value === null ? fallback : value === 'true';
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], required: boolean): T | null {
    const value = this.text(field);
    if (value === null) {
      if (required) this.problems.push(`${this.where(field)} is required`);
      return null;
    }
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(`${this.where(field)} "${value}" is not one of ${allowed.join(', ')}`);
      return null;
    }
    return value as T;
  }

  list<T extends string>(field: string, allowed?: readonly T[]): T[] {
    const value = this.text(field);
    if (value === null) return [];
    const items = value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
    if (allowed) {
      for (const item of items) {
        if (!(allowed as readonly string[]).includes(item)) {
          this.problems.push(`${this.where(field)} "${item}" is not one of ${allowed.join(', ')}`);
        }
      }
      return items.filter((item) => (allowed as readonly string[]).includes(item)) as T[];
    }
    return items as T[];
  }
}

function toRule(record: CustomMetadataRecord, problems: string[], root: string): RoutingRule {
  const r = new RecordReader(record, problems, root);
  const queues = {} as Record<Channel, string | null>;
  queues.phone = r.text('PhoneQueue__c');
  queues.email = r.text('EmailQueue__c');
  queues.chat = r.text('ChatQueue__c');
  return {
    developerName: record.developerName,
    label: record.label,
    order: r.number('Order__c'),
    active: r.boolean('IsActive__c', true),
    channels: r.list('Channels__c', CHANNELS),
    segment: r.oneOf('Segment__c', SEGMENTS, false),
    topics: r.list('Topics__c', [...TOPICS, 'none'] as const),
    issueType: r.oneOf('IssueType__c', ISSUE_TYPES, false),
    team: r.oneOf('Team__c', TEAMS, true) ?? 'TRIAGE',
    group: r.oneOf('Group__c', GROUPS, false),
    targetKind: r.oneOf('TargetKind__c', TARGET_KINDS, true) ?? 'queue',
    targetUser: r.oneOf('TargetUser__c', TARGET_USERS, false),
    skills: r.list('Skills__c'),
    queues,
    description: r.text('Description__c')
  };
}

function toFactor(record: CustomMetadataRecord, problems: string[], root: string): RoutingFactor {
  const r = new RecordReader(record, problems, root);
  const factor = r.oneOf('Factor__c', FACTOR_KINDS, true) ?? 'mood';
  const value = r.required('Value__c');
  const timeout = (field: string) => (r.text(field) === null ? null : r.number(field));
  return {
    developerName: record.developerName,
    factor,
    // Languages compare in lower case; segments are upper-case keys (HNW); mood and urgency lower.
    value: factor === 'segment' ? value.toUpperCase() : value.toLowerCase(),
    signals: parseSignals(r.text('Signals__c')),
    priorityBoost: r.number('PriorityBoost__c', 0),
    skill: r.text('Skill__c'),
    dropTimeoutSeconds: {
      phone: timeout('PhoneDropTimeout__c'),
      email: timeout('EmailDropTimeout__c'),
      chat: timeout('ChatDropTimeout__c')
    },
    active: r.boolean('IsActive__c', true)
  };
}

const PHRASE_CATEGORIES: readonly PhraseCategory[] = [...TOPICS, ...STAFF_CATEGORIES];

function toPhrase(record: CustomMetadataRecord, problems: string[], root: string): TriagePhrase {
  const r = new RecordReader(record, problems, root);
  return {
    developerName: record.developerName,
    phrase: r.required('Phrase__c'),
    category: r.oneOf('Category__c', PHRASE_CATEGORIES, true) ?? 'staff_reference',
    weight: r.number('Weight__c'),
    active: r.boolean('IsActive__c', true)
  };
}

function toSettings(
  record: CustomMetadataRecord,
  problems: string[],
  root: string
): RoutingSettings {
  const r = new RecordReader(record, problems, root);
  return {
    hnwThreshold: r.number('HnwThreshold__c'),
    triageQueue: r.required('TriageQueue__c'),
    directorRole: r.text('DirectorRole__c'),
    caseServiceChannel: r.text('CaseServiceChannel__c'),
    chatServiceChannel: r.text('ChatServiceChannel__c'),
    channelSkills: {
      phone: r.text('PhoneChannelSkill__c'),
      email: r.text('EmailChannelSkill__c'),
      chat: r.text('ChatChannelSkill__c')
    },
    topicMinScore: r.number('TopicMinScore__c', 1),
    staffMinScore: r.number('StaffMinScore__c', 2),
    subjectWeight: r.number('SubjectWeight__c', 1),
    urgentCasePriority: r.text('UrgentCasePriority__c'),
    managerConcernThreshold: r.number(
      'ManagerConcernThreshold__c',
      DEFAULT_MANAGER_CONCERN_THRESHOLD
    ),
    accountManagerRole: r.text('AccountManagerRole__c'),
    directorWaitMinutes: r.number('DirectorWaitMinutes__c', DEFAULT_DIRECTOR_WAIT_MINUTES),
    skillsWaitMinutes: r.number('SkillsWaitMinutes__c', DEFAULT_SKILLS_WAIT_MINUTES),
    raisedChatRoutingConfig: r.text('RaisedChatRoutingConfig__c')
  };
}

/**
 * Loads rules, phrases and the Default settings record from the project's source folders.
 * Throws RoutingConfigError listing every problem (file and field) when the records are unusable.
 */
export function loadRoutingConfig(
  root: string = repoRoot(),
  sourceDirs: string[] = allSourceDirectories(root)
): RoutingConfig {
  return buildRoutingConfig(readRoutingRecords(sourceDirs), root, sourceDirs);
}

/** The routing records (rules, phrases, settings) of the source folders, by type. */
export function readRoutingRecords(sourceDirs: string[]): Map<string, CustomMetadataRecord[]> {
  return readRecords([...ROUTING_TYPES], sourceDirs);
}

/**
 * Builds the configuration from records already read (the scenario runner edits them first, the way
 * a lead edits them in Setup). Throws RoutingConfigError listing every problem.
 */
export function buildRoutingConfig(
  records: Map<string, CustomMetadataRecord[]>,
  root: string,
  sourceDirs: string[] = []
): RoutingConfig {
  const problems: string[] = [];
  const rules = (records.get('RoutingRule') ?? []).map((rec) => toRule(rec, problems, root));
  const phrases = (records.get('TriagePhrase') ?? []).map((rec) => toPhrase(rec, problems, root));
  const settingsRecord = (records.get('RoutingSetting') ?? []).find(
    (rec) => rec.developerName === SETTINGS_RECORD
  );
  if (!settingsRecord)
    problems.push(
      `no RoutingSetting.${SETTINGS_RECORD} record found under ${sourceDirs.map((d) => path.relative(root, d)).join(', ')}`
    );
  const settings = settingsRecord ? toSettings(settingsRecord, problems, root) : undefined;
  const factors = (records.get('RoutingFactor') ?? []).map((rec) => toFactor(rec, problems, root));
  if (problems.length > 0 || !settings) throw new RoutingConfigError(problems);
  return { rules, phrases, settings, factors, triageModel: loadTriageModel(sourceDirs) };
}
