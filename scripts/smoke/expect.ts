/**
 * What the org should show for one smoke contact, from the TypeScript engine's decision (the same
 * engine as `npm run route`, on the same text and the same customer facts read from the org), and
 * how it compares with what the org shows: the routing fields the Apex engine stamps, the owner of
 * a queue target, and the pending Omni-Channel routing (with its skill requirements) of a skills or
 * user target. Every comparison is one row of the report.
 */
import type { RoutedContact } from '../routing/engine';
import type { RoutingSettings, Target } from '../routing/model';
import type { SObjectRecord } from '../provision/org-api';
import type { OrgDirectory, SeededCustomer } from './org';

export interface Check {
  contact: string;
  check: string;
  expected: string;
  actual: string;
  ok: boolean;
}

/** The routing outcome the Apex engine records (RoutingDecision.targetText), from a route target. */
function targetText(target: Target): string {
  if (target.kind === 'skills') return `skills:${target.skills.join(',')}>${target.fallbackQueue}`;
  if (target.kind === 'user') return `user:${target.user}>${target.fallbackQueue}`;
  return `queue:${target.queue}`;
}

const id15 = (id: unknown) => (typeof id === 'string' ? id.slice(0, 15) : '');
const show = (value: unknown) =>
  value === null || value === undefined || value === '' ? '(none)' : String(value);

export interface CaseEvidence {
  contact: string;
  predicted: RoutedContact;
  customer: SeededCustomer;
  caseRow: SObjectRecord;
  routings: SObjectRecord[];
  requirements: SObjectRecord[];
  userNames: Map<string, string>;
  /** The IVR's answer, for a phone contact. */
  ivr?: { team?: string | null; group?: string | null; topicSent: string | null };
  /** The case channel's secondary routing priority by Case.Priority value, as shipped. */
  secondaryPriorities: ReadonlyMap<string, number>;
}

export function checksFor(
  evidence: CaseEvidence,
  settings: RoutingSettings,
  directory: OrgDirectory
): Check[] {
  const { predicted, caseRow, customer } = evidence;
  const rows: Check[] = [];
  const add = (check: string, expected: string, actual: string, ok = expected === actual) =>
    rows.push({ contact: evidence.contact, check, expected, actual, ok });
  const field = (name: string, expected: unknown) => add(name, show(expected), show(caseRow[name]));
  const nameOf = (id: unknown): string => {
    if (typeof id !== 'string' || id === '') return '(none)';
    for (const [name, queueId] of directory.queues)
      if (id15(queueId) === id15(id)) return `queue ${name}`;
    return evidence.userNames.get(id15(id)) ?? id;
  };

  // The entry point found the customer: Email-to-Case by the sender address, the IVR by the number.
  add(
    'contact',
    customer.name,
    id15(caseRow.ContactId) === id15(customer.contactId) ? customer.name : show(caseRow.ContactId)
  );
  if (evidence.ivr) {
    field('IntakeTopic__c', evidence.ivr.topicSent);
    add(
      'IVR reply team/group',
      `${predicted.team}/${show(predicted.group)}`,
      `${show(evidence.ivr.team)}/${show(evidence.ivr.group)}`
    );
  }
  field('RoutingTeam__c', predicted.team);
  field('RoutingGroup__c', predicted.group);
  field('RoutingTopic__c', predicted.topic);
  field('IssueType__c', predicted.issueType);
  field('CustomerSegment__c', predicted.segment);
  field('AboutAccountManager__c', predicted.aboutAccountManager);
  field('RoutingRule__c', predicted.rule.slice(0, 80));
  field('RoutingTarget__c', targetText(predicted.target).slice(0, 255));
  field('RoutingStatus__c', 'Routed');
  // CaseRoutingService raises HNW clients, staff concerns and what a routing factor raises.
  if (
    settings.urgentCasePriority &&
    (predicted.segment === 'HNW' ||
      predicted.issueType === 'staff' ||
      predicted.factors.priorityBoost > 0)
  )
    field('Priority', settings.urgentCasePriority);

  const target = predicted.target;
  const routings = evidence.routings;
  if (target.kind === 'queue') {
    add('owner', `queue ${target.queue}`, nameOf(caseRow.OwnerId));
    // Omni-Channel adds the queue's own routing (every shipped queue has a routing configuration);
    // routing itself adds none, and no routing of another kind or queue may be left beside it.
    const others = routings.filter(
      (r) => !(r.RoutingType === 'QueueBased' && nameOf(r.GroupId) === `queue ${target.queue}`)
    );
    add("pending routings besides the queue's own", '0', String(others.length));
    return rows;
  }
  // Skills and user targets: one pending routing (Omni-Channel keeps one per work item: a queue
  // routing left beside the Apex one would collide with it), on the case channel, ready, and
  // ordered by the case's priority as the channel maps it.
  add('pending routings', '1', String(routings.length));
  const routing = routings[0];
  const channel =
    predicted.channel === 'chat' ? settings.chatServiceChannel : settings.caseServiceChannel;
  add(
    'routing: service channel',
    show(channel),
    routing
      ? show(
          [...directory.serviceChannels].find(
            ([, id]) => id15(id) === id15(routing.ServiceChannelId)
          )?.[0] ?? routing.ServiceChannelId
        )
      : '(no routing)'
  );
  add('routing: type', 'SkillsBased', routing ? show(routing.RoutingType) : '(no routing)');
  add('routing: ready', 'true', routing ? show(routing.IsReadyForRouting) : '(no routing)');
  add(
    'routing: secondary priority',
    `${show(evidence.secondaryPriorities.get(String(caseRow.Priority)))} (Priority ${show(caseRow.Priority)})`,
    routing
      ? `${show(routing.SecondaryRoutingPriority)} (Priority ${show(caseRow.Priority)})`
      : '(no routing)'
  );
  if (target.kind === 'skills') {
    const channelSkill = settings.channelSkills[predicted.channel];
    const wanted = [...target.skills, ...(channelSkill ? [channelSkill] : [])].sort();
    const skillName = (id: unknown) =>
      [...directory.skills].find(([, skillId]) => id15(skillId) === id15(id))?.[0] ?? show(id);
    const actual = evidence.requirements
      .filter((r) => routing && id15(r.RelatedRecordId) === id15(routing.Id))
      .map((r) => skillName(r.SkillId))
      .sort();
    add('routing: skills', wanted.join(', '), actual.length > 0 ? actual.join(', ') : '(none)');
    add(
      'routing: preferred user',
      '(none)',
      routing ? nameOf(routing.PreferredUserId) : '(no routing)'
    );
    return rows;
  }
  const preferred = routing?.PreferredUserId;
  if (target.user === 'accountManager') {
    add(
      'routing: preferred user',
      customer.manager ? customer.manager.name : '(no manager)',
      nameOf(preferred)
    );
  } else {
    const directors = directory.directors;
    add(
      'routing: preferred user',
      directors.length > 0
        ? `the director (${directors.map((d) => d.name).join(' or ')})`
        : '(no active director)',
      nameOf(preferred),
      directors.some((d) => id15(d.id) === id15(preferred))
    );
    // The complaint invariant: the accused manager never gets the work, as owner or preferred user.
    const accused = customer.manager;
    if (accused)
      add(
        'not the accused manager',
        `neither owner nor preferred user is ${accused.name}`,
        `owner ${nameOf(caseRow.OwnerId)}, preferred ${nameOf(preferred)}`,
        id15(caseRow.OwnerId) !== id15(accused.id) && id15(preferred) !== id15(accused.id)
      );
  }
  add(
    'routing: preferred user required',
    'true',
    routing ? show(routing.IsPreferredUserRequired) : '(no routing)'
  );
  return rows;
}
