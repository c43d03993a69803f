/**
 * What the road map is made of, as read from the metadata under the source folders: the IVR prompts,
 * the response scripts, the Case auto-response rule and its templates, the Enhanced Chat channel's
 * automated responses and the routing rules.
 */
import type { ServiceLevelMetadata } from '../service-levels/targets';
import type { Channel, Group, IssueType, RoutingConfig, Team } from '../routing/model';

export interface IvrPrompt {
  developerName: string;
  step: string;
  team: Team | null;
  group: Group | null;
  text: string;
  active: boolean;
  file: string;
}

export interface ResponseStep {
  developerName: string;
  order: number;
  type: string;
  text: string;
  link: string | null;
  knowledgeArticle: string | null;
}

export interface ResponseScript {
  developerName: string;
  label: string;
  team: Team;
  group: Group | null;
  channel: Channel;
  issueType: IssueType;
  expectedResponseTime: string | null;
  active: boolean;
  steps: ResponseStep[];
  file: string;
}

interface CriteriaItem {
  field: string;
  operation: string;
  value: string;
}

export interface AutoResponseEntry {
  /** 1-based position: entries are tried in this order. */
  position: number;
  formula: string | null;
  criteria: CriteriaItem[];
  booleanFilter: string | null;
  /** `Folder/Template` */
  template: string | null;
  senderName: string | null;
}

export interface AutoResponseRule {
  name: string;
  active: boolean;
  entries: AutoResponseEntry[];
  file: string;
}

export interface EmailTemplate {
  /** `Folder/Template` */
  fullName: string;
  name: string;
  subject: string;
  body: string;
  file: string;
}

interface ChatAutomatedResponse {
  type: string;
  text: string;
}

export interface MessagingChannel {
  developerName: string;
  label: string;
  channelType: string;
  handlerType: string | null;
  flow: string | null;
  queue: string | null;
  responses: ChatAutomatedResponse[];
  file: string;
}

/** Labels of the team and group keys, from the response script type's picklists. */
export interface KeyLabels {
  teams: Map<string, string>;
  groups: Map<string, string>;
}

export interface RoadmapInput {
  routing: RoutingConfig;
  ivrPrompts: IvrPrompt[];
  scripts: ResponseScript[];
  /** The Case auto-response rules (only one can be active). */
  autoResponseRules: AutoResponseRule[];
  emailTemplates: Map<string, EmailTemplate>;
  messagingChannels: MessagingChannel[];
  labels: KeyLabels;
  /** Entitlement processes, milestone types and escalation alerts (absent in older fixtures). */
  serviceLevels?: ServiceLevelMetadata;
  /** Inconsistencies found while reading (orphan steps, unknown values): shown on the index page. */
  problems: string[];
}
