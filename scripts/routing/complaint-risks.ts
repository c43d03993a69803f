/**
 * Configuration that could send a high-net-worth staff concern to the accused account manager. The
 * complaint invariant (complaint-invariant.ts) stops such a contact at run time whatever the records
 * say; this check makes `npm run validate` fail on the records themselves, so a lead's edit is fixed
 * rather than silently overridden. The rule tester in the org shows the same warnings
 * (ComplaintInvariant.risks() in Apex).
 */
import { directorRoleTrusted } from './complaint-invariant';
import { CHANNELS, TOPICS, type Channel, type RoutingConfig, type Topic } from './model';
import { orderRules, ruleMatches } from './rules';
import { formatNumber, type Triage } from './triage';

/** The queue of account managers the project ships. */
export const ACCOUNT_MANAGER_QUEUE = 'HNW_Account_Managers';
/** The highest Manager Concern Threshold: a contact more likely than not a complaint must be caught. */
const MAX_MANAGER_CONCERN_THRESHOLD = 0.5;

export interface ComplaintRisk {
  /** `RoutingRule.<developer name>` or `RoutingSetting.Default`. */
  record: string;
  /** The field to change. */
  field: string;
  message: string;
}

const QUEUE_FIELD: Record<Channel, string> = {
  phone: 'PhoneQueue__c',
  email: 'EmailQueue__c',
  chat: 'ChatQueue__c'
};

/**
 * Queues that hold account managers as far as the records tell: HNW_Account_Managers and every
 * queue a rule targeting the account manager names. The validator adds the queues whose members
 * (from the queue metadata) include the account managers' role.
 */
export function accountManagerQueues(config: RoutingConfig): Set<string> {
  const queues = new Set([ACCOUNT_MANAGER_QUEUE]);
  for (const rule of config.rules)
    if (rule.targetKind === 'user' && rule.targetUser === 'accountManager')
      for (const queue of Object.values(rule.queues)) if (queue) queues.add(queue);
  return queues;
}

/** True when the table routes anyone to a person (the HNW desk): only then do the checks apply. */
export function routesToPeople(config: RoutingConfig): boolean {
  return config.rules.some((r) => r.active && r.targetKind === 'user');
}

function staffConcern(topic: Topic | null): Triage {
  return {
    segment: 'HNW',
    topic,
    issueType: 'staff',
    aboutAccountManager: true,
    managerConcernProbability: 1,
    reasons: [],
    language: 'en',
    confidence: null
  };
}

/** Every way the records could send an HNW staff concern to the account manager. */
export function complaintRisks(
  config: RoutingConfig,
  managerQueues: ReadonlySet<string> = accountManagerQueues(config)
): ComplaintRisk[] {
  if (!routesToPeople(config)) return [];
  const settings = config.settings;
  const risks = new Map<string, { risk: ComplaintRisk; where: Set<string> }>();
  const add = (record: string, field: string, message: string, where?: string) => {
    const key = `${record}|${field}|${message}`;
    const entry = risks.get(key) ?? { risk: { record, field, message }, where: new Set<string>() };
    if (where) entry.where.add(where);
    risks.set(key, entry);
  };

  const ordered = orderRules(config.rules);
  for (const channel of CHANNELS) {
    for (const topic of [...TOPICS, null]) {
      const where = `${channel}/${topic ?? 'no topic'}`;
      const rule = ordered.find((r) => ruleMatches(r, channel, staffConcern(topic)));
      if (!rule) {
        if (managerQueues.has(settings.triageQueue))
          add(
            'RoutingSetting.Default',
            'TriageQueue__c',
            `the triage queue ${settings.triageQueue} holds account managers, and it takes HNW staff concerns no rule matches`,
            where
          );
        continue;
      }
      const record = `RoutingRule.${rule.developerName}`;
      const at = `rule ${rule.developerName} (order ${formatNumber(rule.order)}) would send an HNW staff concern`;
      if (rule.targetKind === 'user' && rule.targetUser === 'accountManager')
        add(
          record,
          'Order__c',
          `${at} to the account manager: an active rule sending HNW staff concerns to the director must come before it`,
          where
        );
      const queue = rule.queues[channel];
      const toManager = rule.targetKind === 'user' && rule.targetUser === 'accountManager';
      if (!toManager && queue && managerQueues.has(queue))
        add(
          record,
          QUEUE_FIELD[channel],
          `${at} through queue ${queue}, which holds account managers`,
          where
        );
      if (
        rule.targetKind === 'user' &&
        rule.targetUser === 'director' &&
        !directorRoleTrusted(settings)
      )
        add(
          'RoutingSetting.Default',
          'DirectorRole__c',
          `${at} to the director, but the Director Role (${settings.directorRole ?? 'blank'}) is blank or the account managers' role ${settings.accountManagerRole ?? ''}`.trimEnd(),
          where
        );
    }
  }

  const threshold = settings.managerConcernThreshold;
  if (!(threshold > 0 && threshold <= MAX_MANAGER_CONCERN_THRESHOLD))
    add(
      'RoutingSetting.Default',
      'ManagerConcernThreshold__c',
      `Manager Concern Threshold ${formatNumber(threshold)} must be above 0 and at most ${MAX_MANAGER_CONCERN_THRESHOLD}: above it a contact more likely than not a complaint could reach the manager`
    );
  const strongest = Math.max(
    0,
    ...config.phrases
      .filter(
        (p) => p.active && (p.category === 'staff_conduct' || p.category === 'staff_complaint')
      )
      .map((p) => p.weight)
  );
  if (settings.staffMinScore > strongest)
    add(
      'RoutingSetting.Default',
      'StaffMinScore__c',
      `Staff Concern Minimum Score ${formatNumber(settings.staffMinScore)} is above the strongest staff cue (weight ${formatNumber(strongest)}): whenever triage runs without its model (phrase-only), no single complaint would count as a staff concern and the rules for staff concerns stop applying`
    );
  if (!settings.accountManagerRole)
    add(
      'RoutingSetting.Default',
      'AccountManagerRole__c',
      'Account Manager Role is blank: name the role account managers hold, so a Director Role equal to it is refused'
    );
  return [...risks.values()].map(({ risk, where }) =>
    where.size === 0 ? risk : { ...risk, message: `${risk.message} (${whereText(where)})` }
  );
}

/** "any channel: a, b" when every channel has the same topics, else "phone: a; chat: b". */
function whereText(where: Set<string>): string {
  const topicsByChannel = new Map<string, string[]>();
  for (const item of where) {
    const [channel = '', topic = ''] = item.split('/');
    topicsByChannel.set(channel, [...(topicsByChannel.get(channel) ?? []), topic]);
  }
  const lists = [...topicsByChannel.values()].map((topics) => topics.join(', '));
  if (topicsByChannel.size === CHANNELS.length && new Set(lists).size === 1)
    return `any channel: ${lists[0]}`;
  return [...topicsByChannel.entries()].map(([c, t]) => `${c}: ${t.join(', ')}`).join('; ');
}
