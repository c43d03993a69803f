/**
 * Service-level targets read from the entitlement processes under force-app (the same metadata the
 * org runs): for each segment and channel one process (HNW_Phone, Standard_Email...), in it one
 * First_Response and one Resolution milestone per routing team, each with its minutes and the
 * workflow alerts of its warning and violation. docs/service-journey.md explains the design.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { children, readMetadataFile, text } from '../lib/xml';
import { CHANNELS, SEGMENTS, TEAMS, type Channel, type Segment, type Team } from '../routing/model';

const MILESTONES = ['First_Response', 'Resolution'] as const;
export type Milestone = (typeof MILESTONES)[number];

interface MilestoneItem {
  milestone: string;
  /** The routing team the item's criteria formula names (ISPICKVAL(RoutingTeam__c, 'TEAM')), if any. */
  team: string | null;
  minutes: number;
  /** Alerts fired before the target (negative time length). */
  warningAlerts: string[];
  /** Alerts fired at or after the target. */
  violationAlerts: string[];
}

interface EntitlementProcessTargets {
  name: string;
  file: string;
  items: MilestoneItem[];
}

interface WorkflowAlertRecipients {
  name: string;
  recipients: { type: string; recipient: string | null }[];
}

export interface ServiceLevelMetadata {
  processes: EntitlementProcessTargets[];
  milestoneTypes: Set<string>;
  alerts: Map<string, WorkflowAlertRecipients>;
}

/** The entitlement (and process) name of a segment and channel; ServiceLevels.cls names them alike. */
export function entitlementName(segment: Segment, channel: Channel): string {
  return `${segment === 'HNW' ? 'HNW' : 'Standard'}_${channel[0]!.toUpperCase()}${channel.slice(1)}`;
}

function filesIn(dirs: string[], folder: string, suffix: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue;
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith(suffix) && path.basename(dir) === folder) found.push(full);
    }
  };
  for (const dir of dirs) if (existsSync(dir)) walk(dir);
  return found.sort();
}

const TEAM_IN_CRITERIA = /ISPICKVAL\(\s*RoutingTeam__c\s*,\s*'([A-Z_]+)'\s*\)/;

/** Reads entitlement processes, milestone types and Case workflow alerts from the source folders. */
export function readServiceLevelMetadata(sourceDirs: string[]): ServiceLevelMetadata {
  const processes = filesIn(sourceDirs, 'entitlementProcesses', '.entitlementProcess-meta.xml').map(
    (file): EntitlementProcessTargets => {
      const { root } = readMetadataFile(file);
      const items = children(root, 'milestones').map((node): MilestoneItem => {
        const criteria = text(node, 'milestoneCriteriaFormula') ?? '';
        const warningAlerts: string[] = [];
        const violationAlerts: string[] = [];
        for (const trigger of children(node, 'timeTriggers')) {
          const names = children(trigger, 'actions').map((a) => text(a, 'name') ?? '');
          if (Number(text(trigger, 'timeLength') ?? '0') < 0) warningAlerts.push(...names);
          else violationAlerts.push(...names);
        }
        return {
          milestone: text(node, 'milestoneName') ?? '',
          team: TEAM_IN_CRITERIA.exec(criteria)?.[1] ?? null,
          minutes: Number(text(node, 'minutesToComplete') ?? 'NaN'),
          warningAlerts,
          violationAlerts
        };
      });
      return { name: text(root, 'name') ?? path.basename(file).split('.')[0]!, file, items };
    }
  );
  const milestoneTypes = new Set(
    filesIn(sourceDirs, 'milestoneTypes', '.milestoneType-meta.xml').map(
      (file) => path.basename(file).split('.')[0]!
    )
  );
  const alerts = new Map<string, WorkflowAlertRecipients>();
  for (const file of filesIn(sourceDirs, 'workflows', 'Case.workflow-meta.xml')) {
    const { root } = readMetadataFile(file);
    for (const alert of children(root, 'alerts')) {
      const name = text(alert, 'fullName') ?? '';
      alerts.set(name, {
        name,
        recipients: children(alert, 'recipients').map((r) => ({
          type: text(r, 'type') ?? '',
          recipient: text(r, 'recipient') ?? null
        }))
      });
    }
  }
  return { processes, milestoneTypes, alerts };
}

/** Minutes to complete each milestone, by segment, channel and team. */
export class MilestoneTargets {
  private readonly byKey = new Map<string, number>();

  constructor(metadata: ServiceLevelMetadata) {
    for (const segment of SEGMENTS)
      for (const channel of CHANNELS) {
        const process = metadata.processes.find(
          (p) => p.name === entitlementName(segment, channel)
        );
        for (const item of process?.items ?? [])
          if (item.team !== null && Number.isFinite(item.minutes))
            this.byKey.set(`${segment}/${channel}/${item.team}/${item.milestone}`, item.minutes);
      }
  }

  get isEmpty(): boolean {
    return this.byKey.size === 0;
  }

  minutes(segment: Segment, channel: Channel, team: Team, milestone: Milestone): number | null {
    return this.byKey.get(`${segment}/${channel}/${team}/${milestone}`) ?? null;
  }
}

/** Roles an escalation must never reach: the account managers (a complaint may be about them). */
const NEVER_ESCALATE_TO_ROLES = ['Account_Manager'];
/** Recipient types that could be the accused account manager (the case or account owner). */
const NEVER_ESCALATE_TO_TYPES = ['owner', 'accountOwner', 'creator', 'accountTeam'];
/** Who an HNW escalation goes to. */
const HNW_ESCALATION_ROLE = 'Department_Director';

/**
 * Offline checks of the service-level metadata: every segment and channel has its process, every
 * process a First_Response and Resolution item for every team, known milestone types and alerts,
 * HNW targets no looser than standard ones, escalations never to the account manager (the
 * complaint invariant), and every HNW item escalating to the director.
 */
export function lintServiceLevels(metadata: ServiceLevelMetadata): string[] {
  const problems: string[] = [];
  const targets = new MilestoneTargets(metadata);
  for (const process of metadata.processes) {
    for (const item of process.items) {
      const where = `${process.name} ${item.milestone} ${item.team ?? '(no team)'}`;
      if (!metadata.milestoneTypes.has(item.milestone))
        problems.push(`${where}: milestone type ${item.milestone} does not exist`);
      if (!Number.isInteger(item.minutes) || item.minutes < 1)
        problems.push(`${where}: minutesToComplete must be a whole number of minutes, at least 1`);
      const alerts = [...item.warningAlerts, ...item.violationAlerts];
      if (item.violationAlerts.length === 0) problems.push(`${where}: no violation escalation`);
      for (const name of alerts) {
        const alert = metadata.alerts.get(name);
        if (!alert) {
          problems.push(`${where}: alert ${name} is not a Case workflow alert`);
          continue;
        }
        for (const r of alert.recipients) {
          if (
            NEVER_ESCALATE_TO_TYPES.includes(r.type) ||
            (r.type.startsWith('role') && NEVER_ESCALATE_TO_ROLES.includes(r.recipient ?? ''))
          )
            problems.push(
              `${where}: alert ${name} can reach the account manager (${r.type} ${r.recipient ?? ''}); escalations go to team leads and the director`
            );
        }
      }
      if (process.name.startsWith('HNW_')) {
        const director = item.violationAlerts.some((name) =>
          metadata.alerts
            .get(name)
            ?.recipients.some((r) => r.type === 'role' && r.recipient === HNW_ESCALATION_ROLE)
        );
        if (!director) problems.push(`${where}: an HNW violation must escalate to the director`);
      }
    }
  }
  for (const segment of SEGMENTS)
    for (const channel of CHANNELS) {
      const name = entitlementName(segment, channel);
      if (!metadata.processes.some((p) => p.name === name)) {
        problems.push(`no entitlement process ${name}`);
        continue;
      }
      for (const team of TEAMS)
        for (const milestone of MILESTONES)
          if (targets.minutes(segment, channel, team, milestone) === null)
            problems.push(`${name}: no ${milestone} milestone for team ${team}`);
    }
  for (const channel of CHANNELS)
    for (const team of TEAMS)
      for (const milestone of MILESTONES) {
        const hnw = targets.minutes('HNW', channel, team, milestone);
        const standard = targets.minutes('STANDARD', channel, team, milestone);
        if (hnw !== null && standard !== null && hnw > standard)
          problems.push(
            `${entitlementName('HNW', channel)} ${milestone} ${team}: ${hnw} minutes is looser than standard (${standard})`
          );
      }
  return problems;
}
