/**
 * The vocabulary of scripted and automated responses: desks (a team, or a group inside a team),
 * script steps and the merge fields an agent script may use. Shared by the acknowledgement
 * generator, the response script check and the road map.
 */
import type { Group, IssueType, Team } from '../routing/model';

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

/** One desk: a team, or a group inside a team, that reps answer for. */
export interface Desk {
  team: Team;
  group: Group | null;
  /** Developer-name stem: `Ecommerce`, `HNW_Account_Manager`, `Experts_AI_Portfolios`. */
  name: string;
  /** Short label for Setup (at most 19 characters so record labels stay within 40). */
  label: string;
  /** The email acknowledgement of a technical request: who answers, and where to look meanwhile. */
  acknowledgement: { whoAnswers: string; whileYouWait: string };
  /** What the customer is told about the next answer, per issue type (ExpectedResponseTime__c). */
  responseTime: Record<IssueType, string>;
}
