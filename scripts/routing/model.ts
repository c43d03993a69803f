/**
 * The routing vocabulary of docs/design.md#routing-semantics as types and constants: channels, segments, topics,
 * issue types, team and group keys, targets. Shared by the engine, the route CLI, the simulator
 * and the road map. The values are contracts: tests outside this folder rely on them.
 */
import type { RoutingFactor } from './factors';

import type { TriageModel } from '../triage-model/model';

export const CHANNELS = ['phone', 'email', 'chat'] as const;
export type Channel = (typeof CHANNELS)[number];

export const SEGMENTS = ['HNW', 'STANDARD'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** Topics in tie-break order: when two topics score the same, the more specific one (earlier) wins. */
export const TOPICS = [
  'ai_portfolios',
  'trading_platform',
  'ecommerce_platform',
  'financial_advising',
  'investment_portfolio'
] as const;
export type Topic = (typeof TOPICS)[number];

export const ISSUE_TYPES = ['technical', 'staff'] as const;
export type IssueType = (typeof ISSUE_TYPES)[number];

export const TEAMS = ['ECOMMERCE', 'ADVISORY', 'HNW', 'EXPERTS', 'TRIAGE'] as const;
export type Team = (typeof TEAMS)[number];

export const GROUPS = ['ACCOUNT_MANAGER', 'DIRECTOR', 'AI_PORTFOLIOS', 'TRADING_PLATFORM'] as const;
export type Group = (typeof GROUPS)[number];

export const TARGET_KINDS = ['queue', 'skills', 'user'] as const;
type TargetKind = (typeof TARGET_KINDS)[number];

export const TARGET_USERS = ['accountManager', 'director'] as const;
type TargetUser = (typeof TARGET_USERS)[number];

/** Phrase categories: the five topics plus the cues that tell a concern about staff. */
export const STAFF_CATEGORIES = [
  'staff_conduct',
  'staff_complaint',
  'staff_reference',
  'manager_reference',
  'other_staff'
] as const;
type StaffCategory = (typeof STAFF_CATEGORIES)[number];
export type PhraseCategory = Topic | StaffCategory;

interface AccountManager {
  name: string | null;
  active: boolean;
}

/** One contact, as `npm run route` reads it (docs/design.md#route-contract). */
export interface Contact {
  id: string | null;
  channel: Channel;
  subject: string | null;
  body: string | null;
  /** Phone: optional transcript of what the caller said. Chat: the first message. */
  transcript: string | null;
  intake: {
    topic: Topic | null;
    aboutStaff: boolean | null;
    unknownTopic?: string;
    /** Mood chosen or detected at intake (e.g. angry): wins over the text's signals. */
    mood?: string | null;
    /** Urgency given at intake (`urgent: true` in the input is `urgent`): wins over the text. */
    urgency?: string | null;
  } | null;
  /**
   * The customer's language as a primary subtag (`es`): the intake's language field (pre-chat
   * form, IVR), else the input's `language` (from detection). Null or absent when unknown.
   */
  language?: string | null;
  customer: {
    investableAssets: number | null;
    accountManager: AccountManager | null;
  } | null;
}

export type Target =
  | { kind: 'queue'; queue: string }
  | { kind: 'skills'; skills: string[]; fallbackQueue: string }
  | { kind: 'user'; user: TargetUser; fallbackQueue: string };

/** The routing decision for one contact (the output of docs/design.md#route-contract). */
export interface RouteResult {
  id: string | null;
  team: Team;
  group: Group | null;
  channel: Channel;
  segment: Segment;
  topic: Topic | null;
  issueType: IssueType;
  target: Target;
  rule: string;
  reasons: string[];
}

/** An id as the caller wrote it: a string or a number comes back as given, anything else as null. */
export type InputId = string | number | null;

export interface RouteError {
  id: InputId;
  error: string;
}

// ---- Configuration, read from the custom metadata records under force-app ----

export interface RoutingRule {
  developerName: string;
  label: string;
  order: number;
  active: boolean;
  /** Empty = any channel. */
  channels: Channel[];
  segment: Segment | null;
  /** Empty = any topic; the value 'none' matches a contact without a topic. */
  topics: (Topic | 'none')[];
  issueType: IssueType | null;
  team: Team;
  group: Group | null;
  targetKind: TargetKind;
  targetUser: TargetUser | null;
  skills: string[];
  queues: Record<Channel, string | null>;
  description: string | null;
}

export interface TriagePhrase {
  developerName: string;
  phrase: string;
  category: PhraseCategory;
  weight: number;
  active: boolean;
}

export interface RoutingSettings {
  hnwThreshold: number;
  triageQueue: string;
  directorRole: string | null;
  caseServiceChannel: string | null;
  chatServiceChannel: string | null;
  channelSkills: Record<Channel, string | null>;
  topicMinScore: number;
  staffMinScore: number;
  subjectWeight: number;
  urgentCasePriority: string | null;
  /**
   * The complaint invariant applies to an HNW contact whose estimated probability of being a concern
   * about the client's own account manager reaches this threshold (0 < threshold <= 0.5).
   */
  managerConcernThreshold: number;
  /** The role account managers hold: a director role equal to it is never trusted with a complaint. */
  accountManagerRole: string | null;
  /** Org only: minutes a complaint waits for the director before the escalation queue takes it. */
  directorWaitMinutes: number;
  /**
   * Org only: minutes a skills-based case waits for a rep with its skills before its fallback queue
   * takes it (`SkillsWaitTimeout`); absent in the offline references, 30 when the record leaves it blank.
   */
  skillsWaitMinutes?: number;
  /**
   * Org only: the routing configuration a skills-based chat the routing factors raise is routed
   * with (the chat flow's Route Work takes no priority of its own); null when the record leaves it
   * blank, which means the shipped `Chat_Raised` (DEFAULT_RAISED_CHAT_ROUTING_CONFIG).
   */
  raisedChatRoutingConfig?: string | null;
}

/**
 * The learned triage model (the TriageModel static resource), or why there is none: triage then
 * uses the phrases alone and records the reason.
 */
export type ModelAvailability =
  { model: TriageModel; problem: null } | { model: null; problem: string };

export interface RoutingConfig {
  rules: RoutingRule[];
  phrases: TriagePhrase[];
  settings: RoutingSettings;
  /** Routing factors (mood, urgency, segment, language); absent or empty = none. */
  factors?: RoutingFactor[];
  /** Absent: no model was looked for (phrase-only triage, recorded as such). */
  triageModel?: ModelAvailability;
}
