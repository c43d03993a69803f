/**
 * The journey of one channel, from first contact to the rep, as data: the stages every contact goes
 * through, and per desk (team or group) the routing that reaches it, the automated response the
 * customer gets and the scripts the rep follows. Rendering is in render.ts.
 */
import { orderRules } from '../routing/rules';
import {
  GROUPS,
  ISSUE_TYPES,
  SEGMENTS,
  TEAMS,
  type Channel,
  type Group,
  type IssueType,
  type RoutingRule,
  type Team
} from '../routing/model';
import { firstMatchingEntry, type CaseFields } from './criteria';
import { entitlementName, MilestoneTargets } from '../service-levels/targets';
import type { IvrPrompt, ResponseScript, RoadmapInput } from './model';

type StageKind = 'customer' | 'automated' | 'routing' | 'scripted';

export interface Stage {
  id: string;
  kind: StageKind;
  title: string;
  /** What the customer hears or reads (automated), or what happens. */
  detail: string;
  /** When the stage happens only sometimes. */
  condition: string | null;
  /** Metadata it comes from (relative paths or names). */
  source: string;
}

interface AutomatedReply {
  title: string;
  text: string;
  source: string;
}

export interface DeskJourney {
  key: string;
  team: Team;
  group: Group | null;
  label: string;
  rules: RoutingRule[];
  /** Where the rules send this channel's contacts. */
  target: string | null;
  /** Automated response after routing, per issue type (phone confirmation, email acknowledgement). */
  automated: Record<IssueType, AutomatedReply | null>;
  scripts: Record<IssueType, ResponseScript | null>;
}

export interface ChannelJourney {
  channel: Channel;
  stages: Stage[];
  desks: DeskJourney[];
  /** Stages of the channel that happen after routing, before the rep's script (chat: engaged message). */
  afterRouting: Stage[];
  /** Stages after the rep's answer (the satisfaction survey). */
  closing: Stage[];
  gaps: string[];
}

function deskKey(team: Team, group: Group | null): string {
  return `${team}/${group ?? ''}`;
}

function deskRank(team: Team, group: Group | null): number {
  return TEAMS.indexOf(team) * 10 + (group === null ? 0 : GROUPS.indexOf(group) + 1);
}

function deskLabel(input: RoadmapInput, team: Team, group: Group | null): string {
  const teamLabel = input.labels.teams.get(team) ?? team;
  if (group === null) return teamLabel;
  return `${teamLabel}: ${input.labels.groups.get(group) ?? group}`;
}

/** How a rule's target reads for one channel. */
function targetText(rule: RoutingRule, channel: Channel, input: RoadmapInput): string {
  const queue = rule.queues[channel] ?? input.routing.settings.triageQueue;
  if (rule.targetKind === 'queue') return `queue \`${queue}\``;
  if (rule.targetKind === 'skills') {
    const channelSkill = input.routing.settings.channelSkills[channel];
    const skills = [...rule.skills, ...(channelSkill ? [channelSkill] : [])];
    return `skills ${skills.map((s) => `\`${s}\``).join(' + ')}, fallback queue \`${queue}\``;
  }
  const who =
    rule.targetUser === 'director' ? 'the department director' : "the customer's account manager";
  return `${who} (direct), fallback queue \`${queue}\``;
}

export function ruleCondition(rule: RoutingRule): string {
  const parts: string[] = [];
  if (rule.segment) parts.push(`segment ${rule.segment}`);
  if (rule.topics.length > 0) parts.push(`topic ${rule.topics.join(' or ')}`);
  if (rule.issueType) parts.push(`issue ${rule.issueType}`);
  if (rule.channels.length > 0) parts.push(`channel ${rule.channels.join(' or ')}`);
  return parts.length === 0 ? 'anything else' : parts.join(', ');
}

function activeScript(
  input: RoadmapInput,
  team: Team,
  group: Group | null,
  channel: Channel,
  issueType: IssueType
): ResponseScript | null {
  return (
    input.scripts.find(
      (s) =>
        s.active &&
        s.team === team &&
        s.group === group &&
        s.channel === channel &&
        s.issueType === issueType
    ) ?? null
  );
}

function ivrPrompt(input: RoadmapInput, step: string): IvrPrompt | null {
  return input.ivrPrompts.find((p) => p.active && p.step === step && p.team === null) ?? null;
}

/** The confirmation the IVR plays for a team and group: the same choice IvrPrompts.confirmation makes. */
function ivrConfirmation(input: RoadmapInput, team: Team, group: Group | null): IvrPrompt | null {
  const candidates = input.ivrPrompts.filter(
    (p) => p.active && p.step === 'confirmation' && p.team === team
  );
  return (
    candidates.find((p) => p.group === group) ?? candidates.find((p) => p.group === null) ?? null
  );
}

function emailAcknowledgement(
  input: RoadmapInput,
  team: Team,
  group: Group | null,
  issueType: IssueType
): AutomatedReply | null {
  const rule = input.autoResponseRules.find((r) => r.active);
  if (!rule) return null;
  const fields: CaseFields = {
    Origin: 'Email',
    RoutingTeam__c: team,
    RoutingGroup__c: group,
    IssueType__c: issueType
  };
  if (team === 'HNW') fields.CustomerSegment__c = 'HNW';
  const { entry, uncertain } = firstMatchingEntry(rule.entries, fields);
  if (!entry) return null;
  const template = entry.template ? input.emailTemplates.get(entry.template) : undefined;
  const caveat = uncertain ? ' (an earlier entry could not be evaluated offline)' : '';
  return {
    title: template ? template.name : (entry.template ?? 'no template'),
    text: template
      ? `Subject: ${template.subject}\n\n${template.body.trim()}`
      : `template ${entry.template ?? '-'} not found`,
    source: `${rule.file}, rule ${rule.name}, entry ${entry.position}${caveat}`
  };
}

function automatedAfterRouting(
  input: RoadmapInput,
  channel: Channel,
  team: Team,
  group: Group | null,
  issueType: IssueType
): AutomatedReply | null {
  if (channel === 'phone') {
    const prompt = ivrConfirmation(input, team, group);
    return prompt ? { title: 'IVR confirmation', text: prompt.text, source: prompt.file } : null;
  }
  if (channel === 'email') return emailAcknowledgement(input, team, group, issueType);
  return null;
}

function promptStage(
  prompt: IvrPrompt | null,
  id: string,
  title: string,
  condition: string | null
): Stage[] {
  if (!prompt) return [];
  return [{ id, kind: 'automated', title, detail: prompt.text, condition, source: prompt.file }];
}

function chatChannels(input: RoadmapInput) {
  return input.messagingChannels.filter((c) => c.channelType === 'EmbeddedMessaging');
}

function chatResponse(input: RoadmapInput, type: string): { text: string; source: string } | null {
  for (const channel of chatChannels(input)) {
    const response = channel.responses.find((r) => r.type === type);
    if (response) return { text: response.text, source: `${channel.file} (${type})` };
  }
  return null;
}

function stagesBeforeRouting(input: RoadmapInput, channel: Channel): Stage[] {
  if (channel === 'phone') {
    return [
      {
        id: 'contact',
        kind: 'customer',
        title: 'The customer calls the service number',
        detail: 'The telephony provider answers and plays the IVR.',
        condition: null,
        source: 'telephony provider'
      },
      ...promptStage(ivrPrompt(input, 'welcome'), 'welcome', 'IVR welcome', null),
      ...promptStage(ivrPrompt(input, 'main_menu'), 'menu', 'IVR main menu', null),
      ...promptStage(
        ivrPrompt(input, 'staff_menu'),
        'staff',
        'IVR staff menu',
        'the caller chooses a concern about staff'
      ),
      {
        id: 'rules',
        kind: 'routing',
        title: 'Routing rules',
        detail:
          'The IVR posts the caller number and menu choices to `/services/apexrest/ivr/intake`; `IvrIntakeResource` creates a Case (Origin Phone) and the `CaseRouting` trigger applies the routing rules.',
        condition: null,
        source: 'IvrIntakeResource, CaseRouting, RoutingRule records'
      },
      ...promptStage(ivrPrompt(input, 'error'), 'error', 'IVR error', 'the intake fails')
    ];
  }
  if (channel === 'email') {
    return [
      {
        id: 'contact',
        kind: 'customer',
        title: 'The customer writes to the service address',
        detail: 'Email-to-Case creates a Case (Origin Email; web forms: Origin Web).',
        condition: null,
        source: 'Email-to-Case'
      },
      {
        id: 'rules',
        kind: 'routing',
        title: 'Routing rules',
        detail:
          'The `CaseRouting` trigger triages subject and body and applies the routing rules before the case is saved, then the auto-response rule picks the acknowledgement from the outcome.',
        condition: null,
        source: 'CaseRouting, RoutingRule records'
      }
    ];
  }
  const initial = chatResponse(input, 'InitialResponse');
  const handler = chatChannels(input)[0];
  const stages: Stage[] = [
    {
      id: 'contact',
      kind: 'customer',
      title: 'The customer opens the web chat',
      detail:
        'The pre-chat form asks for the topic and whether it is about a member of staff; the customer sends a first message.',
      condition: null,
      source: 'Enhanced Chat (Messaging for In-App and Web)'
    }
  ];
  if (initial) {
    stages.push({
      id: 'initial',
      kind: 'automated',
      title: 'Initial response',
      detail: initial.text,
      condition: null,
      source: initial.source
    });
  }
  stages.push({
    id: 'rules',
    kind: 'routing',
    title: 'Routing rules',
    detail: handler?.flow
      ? `The Omni-Channel flow \`${handler.flow}\` routes the MessagingSession with the routing rules${handler.queue ? `; queue \`${handler.queue}\` takes any session the flow cannot route` : ''}.`
      : 'No messaging channel with a routing flow was found.',
    condition: null,
    source: handler ? handler.file : 'no messaging channel'
  });
  return stages;
}

/** Minutes as a reader says them: 90 -> "1 h 30 min", 4320 -> "3 days". */
function minutesText(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'}`;
  if (minutes >= 60)
    return `${Math.floor(minutes / 60)} h${minutes % 60 === 0 ? '' : ` ${minutes % 60} min`}`;
  return `${minutes} min`;
}

/**
 * The service levels of the channel's cases, from the entitlement processes: first response and
 * resolution targets per segment, and who is alerted. Null when the metadata ships none.
 */
function serviceLevelStage(input: RoadmapInput, channel: Channel): Stage | null {
  const metadata = input.serviceLevels;
  if (!metadata) return null;
  const targets = new MilestoneTargets(metadata);
  const parts: string[] = [];
  for (const segment of SEGMENTS) {
    const first = targets.minutes(segment, channel, 'TRIAGE', 'First_Response');
    const resolution = targets.minutes(segment, channel, 'TRIAGE', 'Resolution');
    if (first === null || resolution === null) continue;
    parts.push(
      `${segment === 'HNW' ? 'HNW clients' : 'other clients'}: first response within ${minutesText(first)}, resolved within ${minutesText(resolution)}`
    );
  }
  if (parts.length === 0) return null;
  const processes = SEGMENTS.map((s) => entitlementName(s, channel));
  return {
    id: 'milestones',
    kind: 'automated',
    title: 'Service level milestones',
    detail:
      `${parts.join('; ')}. A warning before the target and the violation alert the team lead of the case's team; ` +
      `for HNW clients the department director, never the account manager.` +
      (channel === 'chat'
        ? ' Milestones count whole minutes: the 10-second first response is the automated greeting; the chat response report measures the first reply of the rep against the same 10 seconds.'
        : ''),
    condition: channel === 'chat' ? 'a case is opened from the chat' : null,
    source: processes.map((p) => `entitlementProcesses/${p.toLowerCase()}`).join(', ')
  };
}

/**
 * The agent's knowledge step: the seeded articles of the contact's topic, suggested beside the
 * case or chat, attached to the case and sent as a link. Null without seeded articles.
 */
function knowledgeStage(input: RoadmapInput, channel: Channel): Stage | null {
  const knowledge = input.knowledge;
  if (!knowledge || knowledge.topics.length === 0) return null;
  const counts = new Map<string, number>();
  for (const topic of knowledge.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  const perTopic = [...counts].map(([topic, n]) => `${topic.replace(/_/g, ' ')} ${n}`).join(', ');
  return {
    id: 'knowledge',
    kind: 'scripted',
    title: 'Suggested articles',
    detail:
      `The ${channel === 'chat' ? 'chat' : 'case'} page suggests the published Knowledge articles of the contact's topic ` +
      `(seeded: ${perTopic}). The agent attaches the article that solved the issue to the case, which the report ` +
      `_Cases resolved with an article_ counts, and ${channel === 'chat' ? 'pastes its link (or summary) into the chat' : channel === 'email' ? 'pastes its link into the reply' : 'reads out its steps or sends its link afterwards'}.`,
    condition: 'the contact has a topic',
    source: `${knowledge.source}, lwc/knowledgeSuggestions`
  };
}

/** The email template a closed case's contact receives with the survey link. */
export const SURVEY_TEMPLATE = 'Service_Desk_Surveys/Satisfaction_Survey';

/**
 * The satisfaction survey at the end of the journey: the closing email of a case (from the shipped
 * template), or the link a chat rep sends before closing. Null when the metadata ships no survey.
 */
export function surveyStage(input: RoadmapInput, channel: Channel): Stage | null {
  const template = input.emailTemplates.get(SURVEY_TEMPLATE);
  if (!template) return null;
  const answer =
    'one rating from 1 to 5 and an optional comment, answered once per link, stored against the case or chat, its team, channel and rep, and reported per team and channel (CSAT).';
  if (channel === 'chat') {
    return {
      id: 'survey',
      kind: 'automated',
      title: 'Satisfaction survey',
      detail: `When a rep accepts the chat it gets a one-time survey link; the rep sends it with the quick text "Survey link" before closing: ${answer}`,
      condition: 'the rep closes the chat',
      source: 'SatisfactionSurveys (MessagingSession trigger), quick text Survey link'
    };
  }
  return {
    id: 'survey',
    kind: 'automated',
    title: 'Satisfaction survey',
    detail: `The customer's contact receives the email "${template.subject}" with a one-time link: ${answer}`,
    condition: 'the case is closed',
    source: template.file
  };
}

function stagesAfterRouting(input: RoadmapInput, channel: Channel): Stage[] {
  const serviceLevels = serviceLevelStage(input, channel);
  const knowledge = knowledgeStage(input, channel);
  const tail = [serviceLevels, knowledge].filter((s): s is Stage => s !== null);
  if (channel !== 'chat') return tail;
  const engaged = chatResponse(input, 'AgentEngagedResponse');
  if (!engaged) return tail;
  return [
    {
      id: 'engaged',
      kind: 'automated',
      title: 'Engaged message',
      detail: engaged.text,
      condition: 'the rep accepts the chat',
      source: engaged.source
    },
    ...tail
  ];
}

/** The journey of one channel through the metadata. */
export function channelJourney(input: RoadmapInput, channel: Channel): ChannelJourney {
  const rules = orderRules(input.routing.rules).filter(
    (r) => r.channels.length === 0 || r.channels.includes(channel)
  );
  const desks = new Map<string, DeskJourney>();
  const ensure = (team: Team, group: Group | null): DeskJourney => {
    const key = deskKey(team, group);
    let desk = desks.get(key);
    if (!desk) {
      desk = {
        key,
        team,
        group,
        label: deskLabel(input, team, group),
        rules: [],
        target: null,
        automated: { technical: null, staff: null },
        scripts: { technical: null, staff: null }
      };
      desks.set(key, desk);
    }
    return desk;
  };
  for (const rule of rules) {
    const desk = ensure(rule.team, rule.group);
    desk.rules.push(rule);
    desk.target ??= targetText(rule, channel, input);
  }
  for (const script of input.scripts)
    if (script.channel === channel) ensure(script.team, script.group);
  const gaps: string[] = [];
  for (const desk of desks.values()) {
    for (const issueType of ISSUE_TYPES) {
      desk.scripts[issueType] = activeScript(input, desk.team, desk.group, channel, issueType);
      desk.automated[issueType] = automatedAfterRouting(
        input,
        channel,
        desk.team,
        desk.group,
        issueType
      );
      if (!desk.scripts[issueType])
        gaps.push(`${channel}: no active ${issueType} script for ${desk.label}`);
      if (channel !== 'chat' && !desk.automated[issueType] && desk.rules.length > 0)
        gaps.push(
          `${channel}: no automated response after routing to ${desk.label} (${issueType})`
        );
    }
  }
  if (channel === 'chat' && !chatResponse(input, 'InitialResponse'))
    gaps.push(
      'chat: no automated initial response on an Enhanced Chat channel (customers leave after 10 seconds)'
    );
  return {
    channel,
    stages: stagesBeforeRouting(input, channel),
    desks: [...desks.values()].sort(
      (a, b) => deskRank(a.team, a.group) - deskRank(b.team, b.group)
    ),
    afterRouting: stagesAfterRouting(input, channel),
    closing: [surveyStage(input, channel)].filter((stage): stage is Stage => stage !== null),
    gaps
  };
}
