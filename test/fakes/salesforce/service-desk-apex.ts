/**
 * The project's deployed Apex as the fake org runs it, for the smoke test's tests: the CaseRouting
 * trigger (CaseRoutingService + OmniWorkRouter: routing fields, queue owner, pending routing with
 * skill requirements or a preferred user) and the IVR intake resource (IvrIntakeService: find the
 * caller by phone, create the phone case, answer 201 with the case and the team). The decisions
 * come from the TypeScript engine, which the shared scenarios keep equal to the Apex one; what is
 * written is this file's own code, so a smoke comparison that is wrong cannot pass by agreeing with
 * itself. A `fault` breaks one promise the way a regression in the org would.
 */
import { loadRoutingConfig } from '../../../scripts/routing/config';
import { shippedSecondaryPriorities } from '../../../scripts/smoke/channel-priorities';
import { RoutingEngine } from '../../../scripts/routing/engine';
import type { Channel, Contact, Topic } from '../../../scripts/routing/model';
import { sameId } from './ids';
import type { FakeRecord } from './org';
import type { FakeSalesforce } from './server';

export type ApexFault =
  /** A skills-based routing without the channel skill (a phone case could reach email reps). */
  | 'drop-channel-skill'
  /** A complaint about the account manager goes to that manager (the invariant broken). */
  | 'complaint-to-accused-manager'
  /** A queue target lands in the triage queue. */
  | 'wrong-queue'
  /** The IVR does not find the caller (a search index behind the seed, a number format). */
  | 'ivr-caller-unknown'
  /** Apex routings without the secondary priority of the case's priority. */
  | 'no-secondary-priority'
  /** The queue routing Omni-Channel made for the Email-to-Case owner is left beside the Apex routing. */
  | 'queue-routing-left';

const CHANNEL_BY_ORIGIN: Record<string, Channel> = { Email: 'email', Web: 'email', Phone: 'phone' };
const digits = (value: unknown) => String(value ?? '').replace(/\D/g, '');

export function installServiceDeskApex(fake: FakeSalesforce, fault?: ApexFault): void {
  const org = fake.org;
  const config = loadRoutingConfig();
  const engine = new RoutingEngine(config);
  const { settings } = config;
  // The deployed Case_Work channel's mapping (ServiceChannelFieldPriority records in an org).
  const secondaryPriorities = shippedSecondaryPriorities(settings.caseServiceChannel);
  const byName = (object: string, name: string, extra: (r: FakeRecord) => boolean = () => true) =>
    org.all(object).find((r) => r.DeveloperName === name && extra(r));
  const queueId = (name: string) => byName('Group', name, (g) => g.Type === 'Queue')?.Id;

  org.onCreate('Case', (record) => {
    const channel = CHANNEL_BY_ORIGIN[String(record.Origin)];
    if (!channel || record.RoutingStatus__c) return;
    let contact = record.ContactId ? org.get('Contact', String(record.ContactId)) : undefined;
    if (!contact && record.SuppliedEmail)
      contact = org
        .all('Contact')
        .find((c) => String(c.Email).toLowerCase() === String(record.SuppliedEmail).toLowerCase());
    const account = contact?.AccountId ? org.get('Account', String(contact.AccountId)) : undefined;
    const manager = account?.AccountManager__c
      ? org.get('User', String(account.AccountManager__c))
      : undefined;
    const input: Contact = {
      id: record.Id,
      channel,
      subject: (record.Subject as string) ?? null,
      body: (record.Description as string) ?? null,
      transcript: null,
      intake:
        record.IntakeTopic__c || record.IntakeAboutStaff__c
          ? {
              topic: (record.IntakeTopic__c as Topic) ?? null,
              aboutStaff: record.IntakeAboutStaff__c === true ? true : null
            }
          : null,
      customer: account
        ? {
            investableAssets: (account.InvestableAssets__c as number) ?? null,
            accountManager: manager
              ? { name: String(manager.Name), active: manager.IsActive !== false }
              : null
          }
        : null
    };
    const decision = engine.route(input);
    const target = decision.target;
    // RoutingDecision.targetText, as the Apex engine records it.
    const targetText =
      target.kind === 'skills'
        ? `skills:${target.skills.join(',')}>${target.fallbackQueue}`
        : target.kind === 'user'
          ? `user:${target.user}>${target.fallbackQueue}`
          : `queue:${target.queue}`;
    const urgent =
      decision.segment === 'HNW' ||
      decision.issueType === 'staff' ||
      decision.factors.priorityBoost > 0;
    // The picklist default, as the org applies it on insert.
    const priority =
      urgent && settings.urgentCasePriority
        ? settings.urgentCasePriority
        : String(record.Priority ?? 'Medium');
    org.assign('Case', record.Id, {
      ...(contact ? { ContactId: contact.Id, AccountId: contact.AccountId } : {}),
      RoutingTeam__c: decision.team,
      RoutingGroup__c: decision.group,
      RoutingTopic__c: decision.topic,
      IssueType__c: decision.issueType,
      CustomerSegment__c: decision.segment,
      AboutAccountManager__c: decision.aboutAccountManager,
      RoutingRule__c: decision.rule,
      RoutingTarget__c: targetText,
      RoutingStatus__c: 'Routed',
      Priority: priority,
      OwnerId: org.all('User')[0]!.Id
    });
    const serviceChannelId = byName('ServiceChannel', settings.caseServiceChannel ?? '')!.Id;
    if (target.kind === 'queue') {
      const queue = fault === 'wrong-queue' ? settings.triageQueue : target.queue;
      org.assign('Case', record.Id, { OwnerId: queueId(queue) });
      // Omni-Channel's own routing: every shipped queue has a routing configuration.
      org.add('PendingServiceRouting', {
        WorkItemId: record.Id,
        ServiceChannelId: serviceChannelId,
        RoutingType: 'QueueBased',
        GroupId: queueId(queue),
        IsReadyForRouting: true
      });
      return;
    }
    const routing = {
      WorkItemId: record.Id,
      ServiceChannelId: serviceChannelId,
      RoutingType: 'SkillsBased',
      IsReadyForRouting: true,
      ...(fault === 'no-secondary-priority'
        ? {}
        : { SecondaryRoutingPriority: secondaryPriorities.get(priority) })
    };
    if (fault === 'queue-routing-left')
      org.add('PendingServiceRouting', {
        WorkItemId: record.Id,
        ServiceChannelId: serviceChannelId,
        RoutingType: 'QueueBased',
        IsReadyForRouting: true
      });
    if (target.kind === 'skills') {
      const routingId = org.add('PendingServiceRouting', routing);
      const channelSkill = settings.channelSkills[channel];
      const skills = [
        ...target.skills,
        ...(channelSkill && fault !== 'drop-channel-skill' ? [channelSkill] : [])
      ];
      for (const skill of skills)
        org.add('SkillRequirement', {
          RelatedRecordId: routingId,
          SkillId: byName('Skill', skill)!.Id,
          SkillLevel: 1
        });
      return;
    }
    const role = byName('UserRole', settings.directorRole ?? '');
    const director = org
      .all('User')
      .find((u) => role && sameId(u.UserRoleId, role.Id) && u.IsActive !== false);
    const preferred =
      target.user === 'accountManager' || fault === 'complaint-to-accused-manager'
        ? manager?.Id
        : director?.Id;
    org.add('PendingServiceRouting', {
      ...routing,
      PreferredUserId: preferred,
      IsPreferredUserRequired: true
    });
  });

  fake.onApexRest('POST', 'ivr/intake', (body) => {
    const intake = body as {
      callerNumber?: string;
      topic?: string | null;
      aboutStaff?: boolean | null;
      transcript?: string;
      callId?: string;
    };
    if (!intake?.callerNumber || digits(intake.callerNumber).length < 7)
      return { status: 400, body: { error: '"callerNumber" is required.' } };
    const callers = org
      .all('Contact')
      .filter(
        (c) =>
          digits(c.Phone) === digits(intake.callerNumber) ||
          digits(c.MobilePhone) === digits(intake.callerNumber)
      );
    const caller = callers.length === 1 && fault !== 'ivr-caller-unknown' ? callers[0] : undefined;
    const [result] = org.collection(
      'create',
      [
        {
          attributes: { type: 'Case' },
          Origin: 'Phone',
          Subject: `Phone call${intake.topic ? `: ${intake.topic.replace(/_/g, ' ')}` : ''}`,
          Description: intake.transcript ?? null,
          SuppliedPhone: intake.callerNumber,
          IntakeTopic__c: intake.topic ?? null,
          IntakeAboutStaff__c: intake.aboutStaff === true,
          ...(caller ? { ContactId: caller.Id, AccountId: caller.AccountId } : {})
        }
      ],
      true
    );
    if (!result?.success)
      return {
        status: 500,
        body: { error: `The case could not be created: ${JSON.stringify(result?.errors)}` }
      };
    const routed = org.get('Case', result.id!)!;
    return {
      status: 201,
      body: {
        caseId: routed.Id,
        caseNumber: routed.CaseNumber,
        team: routed.RoutingTeam__c,
        group: routed.RoutingGroup__c,
        routingStatus: routed.RoutingStatus__c,
        callerIdentified: caller !== undefined,
        callId: intake.callId ?? null
      }
    };
  });
}
