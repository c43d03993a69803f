/**
 * Fails validation on routing records or queues that could send a high-net-worth staff concern to
 * the accused account manager (scripts/routing/complaint-risks.ts), pointing at the file and line
 * of the value to change. The queue metadata tells which queues hold account managers: their role,
 * or a role above it with its subordinates, among the queue members.
 */
import { ESCALATION_QUEUE } from '../routing/complaint-invariant';
import {
  ACCOUNT_MANAGER_QUEUE,
  accountManagerQueues,
  complaintRisks,
  routesToPeople
} from '../routing/complaint-risks';
import type { RoutingConfig } from '../routing/model';
import { componentsOf, type Component } from './components';
import type { ReferenceContext } from './references';
import type { ValidationReport } from './report';
import { child, childrenNamed, descendants, type XmlElement } from './xml-tree';

/** A role and every role above it (a "role and subordinates" member above it includes it). */
function withAncestors(role: string, roles: Map<string, Component>): Set<string> {
  const result = new Set<string>();
  let current: string | undefined = role;
  while (current && !result.has(current)) {
    result.add(current);
    current = child(roles.get(current)?.root, 'parentRole')?.text;
  }
  return result;
}

/** The queue member element that brings in one of the account managers' roles, if any. */
function managerMember(
  queue: XmlElement,
  managerRoles: Set<string>,
  ancestors: Set<string>
): XmlElement | undefined {
  const members = child(queue, 'queueMembers');
  if (!members) return undefined;
  const direct = descendants(members, ['roles', 'role']).find((r) => managerRoles.has(r.text));
  if (direct) return direct;
  return [
    ...descendants(members, ['roleAndSubordinates', 'roleAndSubordinate']),
    ...descendants(members, ['roleAndSubordinatesInternal', 'roleAndSubordinateInternal'])
  ].find((r) => ancestors.has(r.text));
}

/** The line of a record's value for `field`, else of the record. */
function valueLine(root: XmlElement | undefined, field: string): number | undefined {
  const value = childrenNamed(root, 'values').find((v) => child(v, 'field')?.text === field);
  return (child(value, 'value') ?? value)?.line ?? root?.line;
}

export function checkComplaintGuards(
  context: ReferenceContext,
  config: RoutingConfig,
  records: Map<string, { file: string; root: XmlElement | undefined }>,
  fallbackFile: string,
  report: ValidationReport
): void {
  if (!routesToPeople(config)) {
    report.notes.push('no rule routes to a person: complaint guards skipped');
    return;
  }
  const queues = componentsOf(context, 'Queue');
  const roles = componentsOf(context, 'Role');

  // The account managers' roles: the setting, else the roles among the managers' queue members.
  const managerRoles = new Set<string>();
  if (config.settings.accountManagerRole) managerRoles.add(config.settings.accountManagerRole);
  else {
    const managersQueue = queues.get(ACCOUNT_MANAGER_QUEUE)?.root;
    if (managersQueue)
      for (const r of descendants(managersQueue, ['queueMembers', 'roles', 'role']))
        managerRoles.add(r.text);
  }
  const ancestors = new Set([...managerRoles].flatMap((role) => [...withAncestors(role, roles)]));

  const managerQueues = accountManagerQueues(config);
  for (const [name, queue] of queues)
    if (managerMember(queue.root, managerRoles, ancestors)) managerQueues.add(name);

  const settingsRecord = records.get('RoutingSetting.Default');

  const escalation = queues.get(ESCALATION_QUEUE);
  if (!escalation)
    report.error(
      'reference',
      settingsRecord?.file ?? fallbackFile,
      `complaint guard: complaints about an account manager fall back to the queue ${ESCALATION_QUEUE}, which is not in the project`,
      settingsRecord?.root?.line
    );
  else {
    const member = managerMember(escalation.root, managerRoles, ancestors);
    if (member)
      report.error(
        'reference',
        escalation.file,
        `complaint guard: ${ESCALATION_QUEUE} takes complaints about account managers, but its member "${member.text}" brings in the account managers' role`,
        member.line
      );
  }

  for (const risk of complaintRisks(config, managerQueues)) {
    const record = records.get(risk.record);
    report.error(
      'reference',
      record?.file ?? fallbackFile,
      `complaint guard: ${risk.message}`,
      valueLine(record?.root, risk.field)
    );
  }
}
