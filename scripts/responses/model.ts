/**
 * The vocabulary of scripted and automated responses: desks (a team, or a group inside a team),
 * script steps and the merge fields an agent script may use. Shared by the generator of the
 * response records and by the road map.
 */
import type { Channel, Group, IssueType, Team } from '../routing/model';

/** Step types, as the ResponseScriptStep__mdt.StepType__c picklist defines them. */
export type StepType =
  | 'greet'
  | 'verify'
  | 'understand'
  | 'troubleshoot'
  | 'resolve'
  | 'acknowledge'
  | 'apologise'
  | 'escalate'
  | 'close';

export const STEP_LABELS: Record<StepType, string> = {
  greet: 'Greet',
  verify: 'Verify identity',
  understand: 'Understand',
  troubleshoot: 'Troubleshoot',
  resolve: 'Resolve',
  acknowledge: 'Acknowledge',
  apologise: 'Apologise',
  escalate: 'Escalate',
  close: 'Close'
};

/**
 * The merge fields a step text may use (contract with the agentScript LWC and AgentScriptController,
 * and named in the ResponseScriptStep__mdt description). Anything else in braces is an error.
 */
export const MERGE_FIELDS = [
  'CustomerFirstName',
  'CaseNumber',
  'AccountManagerName',
  'ExpectedResponseTime',
  'AgentName'
] as const;

/** The order every technical script follows, and every staff-concern script. */
export const TECHNICAL_STEPS: readonly StepType[] = [
  'greet',
  'verify',
  'understand',
  'troubleshoot',
  'resolve',
  'close'
];
export const STAFF_STEPS_ESCALATE: readonly StepType[] = [
  'greet',
  'verify',
  'acknowledge',
  'apologise',
  'escalate',
  'close'
];
/** A desk that owns staff concerns (the director) resolves them instead of escalating. */
export const STAFF_STEPS_RESOLVE: readonly StepType[] = [
  'greet',
  'verify',
  'acknowledge',
  'apologise',
  'resolve',
  'close'
];

/** What an agent says in one step, per channel: spoken on the phone, complete in email, short in chat. */
export interface StepContent {
  type: StepType;
  text: Record<Channel, string>;
  /** A help page that supports the step (shown next to it). */
  link?: string;
  /** A Knowledge article URL name. */
  knowledgeArticle?: string;
}

/** One desk: a team, or a group inside a team, that reps answer for. */
export interface Desk {
  team: Team;
  group: Group | null;
  /** Developer-name stem: `Ecommerce`, `HNW_Account_Manager`, `Experts_AI_Portfolios`. */
  name: string;
  /** Short label for Setup (at most 19 characters so record labels stay within 40). */
  label: string;
  /** How the customer hears the desk named: "our online store team". */
  spokenName: string;
  /** Email sign-off under the agent's name. */
  signature: string;
  /** The email acknowledgement of a technical request: who answers, and where to look meanwhile. */
  acknowledgement: { whoAnswers: string; whileYouWait: string };
  /** What the customer is told about the next answer, per issue type (ExpectedResponseTime__c). */
  responseTime: Record<IssueType, string>;
  technical: StepContent[];
  staff: StepContent[];
}

/** A ResponseScript__mdt record and its ResponseScriptStep__mdt records, ready to write. */
export interface ScriptRecord {
  developerName: string;
  label: string;
  team: Team;
  group: Group | null;
  channel: Channel;
  issueType: IssueType;
  expectedResponseTime: string;
  active: boolean;
  steps: StepRecord[];
}

interface StepRecord {
  developerName: string;
  label: string;
  order: number;
  type: StepType;
  text: string;
  link: string | null;
  knowledgeArticle: string | null;
}
