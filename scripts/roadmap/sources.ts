/**
 * Reads everything the road map shows from the metadata under the project's source folders. Nothing
 * here is a copy: change a prompt, a script step, a template or a rule and the road map follows.
 */
import { readServiceLevelMetadata } from '../service-levels/targets';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allSourceDirectories, repoRoot } from '../lib/project';
import { filesEndingWith } from '../lib/source-files';
import { children, readMetadataFile, text } from '../lib/xml';
import { loadRoutingConfig } from '../routing/config';
import { readRecords, type CustomMetadataRecord } from '../routing/metadata-records';
import {
  CHANNELS,
  GROUPS,
  ISSUE_TYPES,
  TEAMS,
  type Channel,
  type IssueType
} from '../routing/model';
import type {
  AutoResponseRule,
  EmailTemplate,
  IvrPrompt,
  KeyLabels,
  MessagingChannel,
  ResponseScript,
  ResponseStep,
  RoadmapInput
} from './model';

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

function blankToNull(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

class Reader {
  constructor(
    private readonly record: CustomMetadataRecord,
    private readonly where: string,
    private readonly problems: string[]
  ) {}

  text(field: string): string | null {
    return blankToNull(this.record.values.get(field));
  }

  key<T extends string>(field: string, allowed: readonly T[], required: boolean): T | null {
    const value = this.text(field);
    const known = oneOf(value, allowed);
    if (value !== null && known === null)
      this.problems.push(`${this.where}: ${field} "${value}" is not one of ${allowed.join(', ')}`);
    else if (value === null && required) this.problems.push(`${this.where}: ${field} is required`);
    return known;
  }

  flag(field: string, fallback: boolean): boolean {
    const value = this.text(field);
    return value === null ? fallback : value === 'true';
  }
}

function readIvrPrompts(
  records: CustomMetadataRecord[],
  root: string,
  problems: string[]
): IvrPrompt[] {
  return records.map((record) => {
    const r = new Reader(record, relative(root, record.file), problems);
    return {
      developerName: record.developerName,
      step: r.text('Step__c') ?? '',
      team: r.key('Team__c', TEAMS, false),
      group: r.key('Group__c', GROUPS, false),
      text: r.text('Text__c') ?? '',
      active: r.flag('IsActive__c', true),
      file: relative(root, record.file)
    };
  });
}

function readScripts(
  scriptRecords: CustomMetadataRecord[],
  stepRecords: CustomMetadataRecord[],
  root: string,
  problems: string[]
): ResponseScript[] {
  const scripts = new Map<string, ResponseScript>();
  for (const record of scriptRecords) {
    const where = relative(root, record.file);
    const r = new Reader(record, where, problems);
    const team = r.key('Team__c', TEAMS, true);
    const channel = r.key<Channel>('Channel__c', CHANNELS, true);
    const issueType = r.key<IssueType>('IssueType__c', ISSUE_TYPES, true);
    if (!team || !channel || !issueType) continue;
    scripts.set(record.developerName, {
      developerName: record.developerName,
      label: record.label,
      team,
      group: r.key('Group__c', GROUPS, false),
      channel,
      issueType,
      expectedResponseTime: r.text('ExpectedResponseTime__c'),
      active: r.flag('IsActive__c', true),
      steps: [],
      file: where
    });
  }
  for (const record of stepRecords) {
    const where = relative(root, record.file);
    const r = new Reader(record, where, problems);
    const scriptName = r.text('Script__c');
    const script = scriptName === null ? undefined : scripts.get(scriptName);
    if (!script) {
      problems.push(`${where}: step belongs to no known script (Script__c "${scriptName ?? ''}")`);
      continue;
    }
    const order = Number(r.text('Order__c'));
    if (!Number.isFinite(order)) problems.push(`${where}: Order__c is not a number`);
    const step: ResponseStep = {
      developerName: record.developerName,
      order: Number.isFinite(order) ? order : 0,
      type: r.text('StepType__c') ?? '',
      text: r.text('Text__c') ?? '',
      link: r.text('Link__c'),
      knowledgeArticle: r.text('KnowledgeArticle__c')
    };
    script.steps.push(step);
  }
  for (const script of scripts.values()) {
    script.steps.sort(
      (a, b) => a.order - b.order || a.developerName.localeCompare(b.developerName)
    );
  }
  return [...scripts.values()].sort((a, b) => a.developerName.localeCompare(b.developerName));
}

function readAutoResponseRules(sourceDirs: string[], root: string): AutoResponseRule[] {
  const rules: AutoResponseRule[] = [];
  for (const file of filesEndingWith(sourceDirs, '.autoResponseRules-meta.xml')) {
    if (path.basename(file) !== 'Case.autoResponseRules-meta.xml') continue;
    const { root: node } = readMetadataFile(file);
    for (const rule of children(node, 'autoResponseRule')) {
      rules.push({
        name: text(rule, 'fullName') ?? '',
        active: text(rule, 'active') === 'true',
        file: relative(root, file),
        entries: children(rule, 'ruleEntry').map((entry, index) => ({
          position: index + 1,
          formula: blankToNull(text(entry, 'formula')),
          criteria: children(entry, 'criteriaItems').map((item) => ({
            field: text(item, 'field') ?? '',
            operation: text(item, 'operation') ?? '',
            value: text(item, 'value') ?? ''
          })),
          booleanFilter: blankToNull(text(entry, 'booleanFilter')),
          template: blankToNull(text(entry, 'template')),
          senderName: blankToNull(text(entry, 'senderName'))
        }))
      });
    }
  }
  return rules;
}

const EMAIL_META = '.email-meta.xml';

function readEmailTemplates(sourceDirs: string[], root: string): Map<string, EmailTemplate> {
  const templates = new Map<string, EmailTemplate>();
  for (const file of filesEndingWith(sourceDirs, EMAIL_META)) {
    const { root: node } = readMetadataFile(file);
    const developerName = path.basename(file, EMAIL_META);
    const fullName = `${path.basename(path.dirname(file))}/${developerName}`;
    const bodyFile = file.slice(0, -'-meta.xml'.length);
    templates.set(fullName, {
      fullName,
      name: text(node, 'name') ?? developerName,
      subject: text(node, 'subject') ?? '',
      body: existsSync(bodyFile) ? readFileSync(bodyFile, 'utf8') : '',
      file: relative(root, file)
    });
  }
  return templates;
}

function readMessagingChannels(sourceDirs: string[], root: string): MessagingChannel[] {
  const suffix = '.messagingChannel-meta.xml';
  return filesEndingWith(sourceDirs, suffix).map((file) => {
    const { root: node } = readMetadataFile(file);
    return {
      developerName: path.basename(file, suffix),
      label: text(node, 'masterLabel') ?? path.basename(file, suffix),
      channelType: text(node, 'messagingChannelType') ?? '',
      handlerType: blankToNull(text(node, 'sessionHandlerType')),
      flow: blankToNull(text(node, 'sessionHandlerFlow')),
      queue: blankToNull(text(node, 'sessionHandlerQueue')),
      responses: children(node, 'automatedResponses').map((response) => ({
        type: text(response, 'type') ?? '',
        text: text(response, 'response') ?? text(response, 'messageDefinitionName') ?? ''
      })),
      file: relative(root, file)
    };
  });
}

function picklistLabels(sourceDirs: string[], fieldFile: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const file of filesEndingWith(sourceDirs, fieldFile)) {
    if (!file.includes(`${path.sep}ResponseScript__mdt${path.sep}`)) continue;
    const { root: node } = readMetadataFile(file);
    for (const valueSet of children(node, 'valueSet')) {
      for (const definition of children(valueSet, 'valueSetDefinition')) {
        for (const value of children(definition, 'value')) {
          const key = text(value, 'fullName');
          if (key) labels.set(key, text(value, 'label') ?? key);
        }
      }
    }
  }
  return labels;
}

function readLabels(sourceDirs: string[]): KeyLabels {
  return {
    teams: picklistLabels(sourceDirs, 'Team__c.field-meta.xml'),
    groups: picklistLabels(sourceDirs, 'Group__c.field-meta.xml')
  };
}

/** The agents' response scripts as the records under the source folders hold them, and read problems. */
export function loadResponseScripts(
  root: string = repoRoot(),
  sourceDirs: string[] = allSourceDirectories(root)
): { scripts: ResponseScript[]; problems: string[] } {
  const problems: string[] = [];
  const records = readRecords(['ResponseScript', 'ResponseScriptStep'], sourceDirs);
  const scripts = readScripts(
    records.get('ResponseScript') ?? [],
    records.get('ResponseScriptStep') ?? [],
    root,
    problems
  );
  return { scripts, problems };
}

/** Reads the road map's inputs from the source folders (default: the project's). */
export function loadRoadmapInput(
  root: string = repoRoot(),
  sourceDirs: string[] = allSourceDirectories(root)
): RoadmapInput {
  const problems: string[] = [];
  const records = readRecords(['IvrPrompt', 'ResponseScript', 'ResponseScriptStep'], sourceDirs);
  return {
    routing: loadRoutingConfig(root, sourceDirs),
    ivrPrompts: readIvrPrompts(records.get('IvrPrompt') ?? [], root, problems),
    scripts: readScripts(
      records.get('ResponseScript') ?? [],
      records.get('ResponseScriptStep') ?? [],
      root,
      problems
    ),
    autoResponseRules: readAutoResponseRules(sourceDirs, root),
    emailTemplates: readEmailTemplates(sourceDirs, root),
    messagingChannels: readMessagingChannels(sourceDirs, root),
    labels: readLabels(sourceDirs),
    serviceLevels: readServiceLevelMetadata(sourceDirs),
    problems
  };
}
