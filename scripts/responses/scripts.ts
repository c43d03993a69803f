/**
 * Checks the agents' response scripts as they are: the ResponseScript__mdt and ResponseScriptStep__mdt
 * records under force-app, which leads edit in Setup and the repository retrieves. Nothing here
 * writes them. What is checked is what the agent script component needs to work, never the wording:
 * one active script per desk, channel and issue type; the steps in the order their issue type
 * requires; merge fields it can fill; texts within the field's length.
 */
import type { ResponseScript } from '../roadmap/model';
import { CHANNELS, ISSUE_TYPES } from '../routing/model';
import {
  MERGE_FIELDS,
  STAFF_STEPS_ESCALATE,
  STAFF_STEPS_RESOLVE,
  TECHNICAL_STEPS,
  type Desk,
  type StepType
} from './model';

/** Custom metadata developer names and labels are limited to 40 characters. */
export const NAME_LIMIT = 40;
/** ResponseScriptStep__mdt.Text__c is a long text area of 2,000 characters. */
const TEXT_LIMIT = 2000;

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

/** The steps a script must have, in order: the director owns staff concerns and resolves them. */
export function requiredSteps(
  script: Pick<ResponseScript, 'group' | 'issueType'>
): readonly StepType[] {
  if (script.issueType === 'technical') return TECHNICAL_STEPS;
  return script.group === 'DIRECTOR' ? STAFF_STEPS_RESOLVE : STAFF_STEPS_ESCALATE;
}

function deskKey(team: string, group: string | null): string {
  return group ? `${team}/${group}` : team;
}

/** Every problem of the script records, each naming the file to fix; empty when none. */
export function scriptProblems(
  scripts: readonly ResponseScript[],
  desks: readonly Pick<Desk, 'team' | 'group'>[]
): string[] {
  const problems: string[] = [];
  const active = new Map<string, ResponseScript[]>();
  for (const script of scripts) {
    if (script.active) {
      const key = `${deskKey(script.team, script.group)} ${script.channel} ${script.issueType}`;
      active.set(key, [...(active.get(key) ?? []), script]);
    }
    for (const name of [script.developerName, script.label])
      if (name.length > NAME_LIMIT)
        problems.push(`${script.file}: "${name}" is over ${NAME_LIMIT} characters`);
    const actual = script.steps.map((s) => s.type).join(', ');
    const wanted = requiredSteps(script).join(', ');
    if (actual !== wanted)
      problems.push(`${script.file}: steps are [${actual}], expected [${wanted}]`);
    for (const step of script.steps)
      for (const problem of textProblems(step.text))
        problems.push(`${script.file}: step ${step.developerName} (${step.type}): ${problem}`);
  }
  for (const desk of desks)
    for (const channel of CHANNELS)
      for (const issueType of ISSUE_TYPES) {
        const key = `${deskKey(desk.team, desk.group)} ${channel} ${issueType}`;
        const found = active.get(key) ?? [];
        if (found.length === 0) problems.push(`no active script for ${key}`);
        if (found.length > 1)
          problems.push(
            `two active scripts for ${key}: ${found.map((s) => s.developerName).join(', ')}`
          );
      }
  return problems;
}
