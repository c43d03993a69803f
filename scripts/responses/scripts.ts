/**
 * Turns the desks' content into ResponseScript__mdt and ResponseScriptStep__mdt records: one script
 * per desk × channel × issue type, its steps in order, with the names, labels and limits Setup needs.
 */
import { CHANNELS, ISSUE_TYPES, type Channel, type IssueType } from '../routing/model';
import {
  MERGE_FIELDS,
  STAFF_STEPS_ESCALATE,
  STAFF_STEPS_RESOLVE,
  TECHNICAL_STEPS,
  type Desk,
  type ScriptRecord,
  type StepContent,
  type StepType
} from './model';

/** Custom metadata developer names and labels are limited to 40 characters. */
export const NAME_LIMIT = 40;
const TEXT_LIMIT = 2000;
const STEP_ORDER_GAP = 10;

const CHANNEL_NAME: Record<Channel, string> = { phone: 'Phone', email: 'Email', chat: 'Chat' };
const ISSUE_NAME: Record<IssueType, string> = { technical: 'Tech', staff: 'Staff' };
const ISSUE_LABEL: Record<IssueType, string> = { technical: 'technical', staff: 'staff' };

/** `Experts_Trading_Platform_Email_Tech`: the script's developer name. */
function scriptDeveloperName(desk: Desk, channel: Channel, issueType: IssueType): string {
  return `${desk.name}_${CHANNEL_NAME[channel]}_${ISSUE_NAME[issueType]}`;
}

function stepDeveloperName(script: string, index: number): string {
  return `${script}_${String(index + 1).padStart(2, '0')}`;
}

const MERGE_FIELD = /\{([^{}]*)\}/g;

/** Problems in one step text: unknown merge fields, length. */
export function textProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(MERGE_FIELD)) {
    const name = match[1] ?? '';
    if (!(MERGE_FIELDS as readonly string[]).includes(name))
      problems.push(`unknown merge field {${name}} (allowed: ${MERGE_FIELDS.join(', ')})`);
  }
  if (text.length > TEXT_LIMIT)
    problems.push(`text is ${text.length} characters (limit ${TEXT_LIMIT})`);
  if (text.trim() === '') problems.push('text is empty');
  return problems;
}

function expectedSteps(desk: Desk, issueType: IssueType): readonly StepType[] {
  if (issueType === 'technical') return TECHNICAL_STEPS;
  return desk.staff.some((s) => s.type === 'resolve') ? STAFF_STEPS_RESOLVE : STAFF_STEPS_ESCALATE;
}

/** Checks a desk against the step order its issue types require; returns problems. */
function deskProblems(desk: Desk): string[] {
  const problems: string[] = [];
  for (const issueType of ISSUE_TYPES) {
    const steps: StepContent[] = desk[issueType];
    const actual = steps.map((s) => s.type).join(', ');
    const wanted = expectedSteps(desk, issueType).join(', ');
    if (actual !== wanted)
      problems.push(`${desk.name} ${issueType}: steps are [${actual}], expected [${wanted}]`);
    for (const step of steps) {
      for (const channel of CHANNELS) {
        for (const problem of textProblems(step.text[channel]))
          problems.push(`${desk.name} ${issueType} ${step.type} (${channel}): ${problem}`);
      }
    }
  }
  if (desk.label.length > 19)
    problems.push(`${desk.name}: label "${desk.label}" is over 19 characters`);
  return problems;
}

export class ResponseContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Response script content is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'ResponseContentError';
  }
}

/** Every script record for the desks: desk order, then channel (phone, email, chat), then issue type. */
export function buildScripts(desks: readonly Desk[]): ScriptRecord[] {
  const problems = desks.flatMap(deskProblems);
  const scripts: ScriptRecord[] = [];
  for (const desk of desks) {
    for (const channel of CHANNELS) {
      for (const issueType of ISSUE_TYPES) {
        const developerName = scriptDeveloperName(desk, channel, issueType);
        const label = `${desk.label} ${channel} ${ISSUE_LABEL[issueType]}`;
        const steps = desk[issueType].map((step, index) => ({
          developerName: stepDeveloperName(developerName, index),
          label: `${label} ${index + 1}`,
          order: (index + 1) * STEP_ORDER_GAP,
          type: step.type,
          text: step.text[channel],
          link: step.link ?? null,
          knowledgeArticle: step.knowledgeArticle ?? null
        }));
        for (const name of [developerName, ...steps.map((s) => s.developerName)]) {
          if (name.length > NAME_LIMIT)
            problems.push(`developer name ${name} is over ${NAME_LIMIT}`);
        }
        for (const text of [label, ...steps.map((s) => s.label)]) {
          if (text.length > NAME_LIMIT) problems.push(`label "${text}" is over ${NAME_LIMIT}`);
        }
        scripts.push({
          developerName,
          label,
          team: desk.team,
          group: desk.group,
          channel,
          issueType,
          expectedResponseTime: desk.responseTime[issueType],
          active: true,
          steps
        });
      }
    }
  }
  const seen = new Set<string>();
  for (const script of scripts) {
    const key = `${script.team}/${script.group ?? '-'}`;
    if (seen.has(`${key}/${script.channel}/${script.issueType}`))
      problems.push(`two scripts for ${key} ${script.channel} ${script.issueType}`);
    seen.add(`${key}/${script.channel}/${script.issueType}`);
  }
  if (problems.length > 0) throw new ResponseContentError(problems);
  return scripts;
}
