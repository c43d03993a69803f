/**
 * Routing rules, triage phrases and the routing setting, read with the same loader the route CLI
 * and the simulator use (scripts/routing/config.ts), checked against the tree: every queue, skill,
 * role and service channel a rule or the setting names exists, the rule and phrase lints
 * (order clashes, missing queues per channel, phrases that can never match) pass, nothing
 * could send a high-net-worth staff concern to the accused account manager (complaint-guards.ts),
 * and the chats' routing configurations honour the routing factors (chat-routing-configs.ts).
 */
import path from 'node:path';
import { loadRoutingConfig, RoutingConfigError } from '../routing/config';
import { lintPhrases, lintRules, lintSettings } from '../routing/config-lint';
import { lintFactors } from '../routing/factors';
import { checkChatRoutingConfigs } from './chat-routing-configs';
import { checkComplaintGuards } from './complaint-guards';
import type { RoutingConfig } from '../routing/model';
import type { Directories, TargetType } from './directory';
import type { ReferenceContext } from './references';
import type { ValidationReport } from './report';
import { child, childrenNamed, type XmlElement } from './xml-tree';

const ROUTING_RECORD_TYPES = [
  'RoutingRule',
  'TriagePhrase',
  'RoutingSetting',
  'RoutingFactor'
] as const;

const RULE_QUEUE_FIELDS = {
  phone: 'PhoneQueue__c',
  email: 'EmailQueue__c',
  chat: 'ChatQueue__c'
} as const;

/** The line of a record's `<values>` for `field`, to point at the value to fix. */
function valueLine(root: XmlElement | undefined, field: string): number | undefined {
  const value = childrenNamed(root, 'values').find((v) => child(v, 'field')?.text === field);
  return (child(value, 'value') ?? value)?.line ?? root?.line;
}

export function checkRoutingReferences(
  context: ReferenceContext,
  directories: Directories,
  report: ValidationReport
): void {
  const records = new Map<string, { file: string; root: XmlElement | undefined }>();
  for (const component of context.resolved.components) {
    if (component.type.name !== 'CustomMetadata' || !component.xml) continue;
    records.set(component.fullName, {
      file: component.xml,
      root: context.documents.get(component.xml)
    });
  }
  const routingRecords = [...records.keys()].filter((name) =>
    (ROUTING_RECORD_TYPES as readonly string[]).includes(name.split('.')[0] ?? '')
  );
  if (routingRecords.length === 0) {
    report.notes.push('no routing rule, phrase or setting records: routing checks skipped');
    return;
  }
  if (routingRecords.some((name) => !records.get(name)?.root)) {
    report.notes.push(
      'routing checks skipped: a routing record is not well-formed XML (reported above)'
    );
    return;
  }

  let config: RoutingConfig;
  try {
    config = loadRoutingConfig(context.root, context.tree.sourceDirs);
  } catch (error) {
    if (!(error instanceof RoutingConfigError)) {
      const message = `the routing configuration cannot be read: ${(error as Error).message}`;
      report.error('reference', firstRecordFile(records, routingRecords), message);
      return;
    }
    for (const problem of error.problems) {
      const match = /^(.+?\.md-meta\.xml): (\S+)(.*)$/.exec(problem);
      if (match) {
        const file = path.resolve(context.root, match[1]!);
        const record = [...records.values()].find((r) => r.file === file);
        const line = valueLine(record?.root, match[2]!);
        // A value the type check already reported (not a number, not a picklist value) once is enough.
        if (reportedAt(report, file, line)) continue;
        report.error('reference', file, `routing record: ${match[2]}${match[3]}`, line);
      } else report.error('reference', firstRecordFile(records, routingRecords), problem);
    }
    return;
  }

  const check = (
    kind: string,
    target: TargetType,
    name: string | null,
    record: string,
    field: string
  ) => {
    if (!name) return;
    report.countReference(kind);
    const found = records.get(record);
    const file = found?.file ?? firstRecordFile(records, routingRecords);
    if (directories.has(file, target, name)) return;
    report.error(
      'reference',
      file,
      `${kind}: ${field} names "${name}", which ${directories.missing(file, target, name)}`,
      valueLine(found?.root, field)
    );
  };

  for (const rule of config.rules) {
    const record = `RoutingRule.${rule.developerName}`;
    for (const [channel, field] of Object.entries(RULE_QUEUE_FIELDS)) {
      check(
        'routing rule → queue',
        'Queue',
        rule.queues[channel as keyof typeof RULE_QUEUE_FIELDS],
        record,
        field
      );
    }
    for (const skill of rule.skills)
      check('routing rule → skill', 'Skill', skill, record, 'Skills__c');
  }
  for (const factor of config.factors ?? [])
    check(
      'routing factor → skill',
      'Skill',
      factor.skill,
      `RoutingFactor.${factor.developerName}`,
      'Skill__c'
    );
  const settings = `RoutingSetting.Default`;
  const s = config.settings;
  check('routing setting → queue', 'Queue', s.triageQueue, settings, 'TriageQueue__c');
  check('routing setting → role', 'Role', s.directorRole, settings, 'DirectorRole__c');
  check(
    'routing setting → service channel',
    'ServiceChannel',
    s.caseServiceChannel,
    settings,
    'CaseServiceChannel__c'
  );
  check(
    'routing setting → service channel',
    'ServiceChannel',
    s.chatServiceChannel,
    settings,
    'ChatServiceChannel__c'
  );
  check(
    'routing setting → skill',
    'Skill',
    s.channelSkills.phone,
    settings,
    'PhoneChannelSkill__c'
  );
  check(
    'routing setting → skill',
    'Skill',
    s.channelSkills.email,
    settings,
    'EmailChannelSkill__c'
  );
  check('routing setting → skill', 'Skill', s.channelSkills.chat, settings, 'ChatChannelSkill__c');
  check(
    'routing setting → routing configuration',
    'QueueRoutingConfig',
    s.raisedChatRoutingConfig ?? null,
    settings,
    'RaisedChatRoutingConfig__c'
  );

  for (const [type, problems] of [
    ['RoutingRule', lintRules(config.rules)],
    ['TriagePhrase', lintPhrases(config.phrases)],
    ['RoutingFactor', lintFactors(config.factors ?? [])]
  ] as const)
    for (const problem of problems) {
      const record = recordFor(problem, type, records);
      report.error(
        'reference',
        record?.file ?? firstRecordFile(records, routingRecords),
        problem,
        valueLine(record?.root, lintField(problem))
      );
    }
  const settingsRecord = records.get(settings);
  for (const problem of lintSettings(config.settings))
    report.error(
      'reference',
      settingsRecord?.file ?? firstRecordFile(records, routingRecords),
      problem.message,
      valueLine(settingsRecord?.root, problem.field)
    );
  checkComplaintGuards(context, config, records, firstRecordFile(records, routingRecords), report);
  checkChatRoutingConfigs(
    context,
    config,
    records,
    firstRecordFile(records, routingRecords),
    report
  );
}

function reportedAt(report: ValidationReport, file: string, line: number | undefined): boolean {
  const relative = report.relative(file);
  return line !== undefined && report.errors.some((e) => e.file === relative && e.line === line);
}

/** The field a rule or phrase lint is about, so the problem points at its line. */
function lintField(problem: string): string {
  const queue = /: no (phone|email|chat) queue/.exec(problem)?.[1] as
    keyof typeof RULE_QUEUE_FIELDS | undefined;
  if (queue) return RULE_QUEUE_FIELDS[queue];
  if (/ share order /.test(problem)) return 'Order__c';
  if (/target user set but/.test(problem)) return 'TargetUser__c';
  if (/: target kind /.test(problem)) return 'TargetKind__c';
  if (/weight must be/.test(problem)) return 'Weight__c';
  if (/Priority Boost/.test(problem)) return 'PriorityBoost__c';
  if (/drop timeout/.test(problem)) return 'PhoneDropTimeout__c';
  if (/Skill|language code/.test(problem))
    return problem.includes('Skill') ? 'Skill__c' : 'Value__c';
  if (/needs Signals/.test(problem)) return 'Signals__c';
  if (/^factors /.test(problem)) return 'Value__c';
  return 'Phrase__c';
}

type Records = Map<string, { file: string; root: XmlElement | undefined }>;

function firstRecordFile(records: Records, names: string[]): string {
  return records.get(names[0] ?? '')?.file ?? 'sfdx-project.json';
}

/** The (last) rule or phrase a lint message names: "rules A and B share order 10" → B. */
function recordFor(
  problem: string,
  type: string,
  records: Records
): { file: string; root: XmlElement | undefined } | undefined {
  const match = /^(?:rules?|phrases?|factors?) (\w+)(?: and (\w+))?/.exec(problem);
  return records.get(`${type}.${match?.[2] ?? match?.[1]}`);
}
