/**
 * The complaint invariant (design contract), below the rule table: a high-net-worth contact that
 * triage marks as a concern about the client's account manager, or cannot confidently rule out as
 * one (manager concern estimate at or above the Manager Concern Threshold setting), never targets
 * that manager — not as a user, not through a queue that holds account managers — whatever the
 * rules, their order or the thresholds say. It goes to the department director with the
 * HNW_Escalations queue as fallback, or straight to HNW_Escalations when the Director Role setting
 * cannot be trusted (blank, or the account managers' own role). Mirrored by ComplaintInvariant.cls.
 */
import type { RoutingRule, RoutingSettings, Target } from './model';
import type { Decision } from './rules';
import type { Triage } from './triage';
import { formatNumber } from './triage';

/** The director-only queue every complaint falls back to. */
export const ESCALATION_QUEUE = 'HNW_Escalations';
/** Rule name recorded when the invariant, not a rule, decided. */
export const COMPLAINT_INVARIANT_RULE = 'COMPLAINT_INVARIANT';
/** The account managers' own queue. */
const ACCOUNT_MANAGER_QUEUE = 'HNW_Account_Managers';

/** Why the invariant applies to a contact, or null when it does not. */
export function complaintInvariantReason(facts: Triage, settings: RoutingSettings): string | null {
  if (facts.segment !== 'HNW') return null;
  if (facts.aboutAccountManager) return 'triage marks a concern about the account manager';
  if (facts.managerConcernProbability >= settings.managerConcernThreshold - 1e-9)
    return `manager concern estimate ${formatNumber(facts.managerConcernProbability)} is at or above the threshold ${formatNumber(settings.managerConcernThreshold)}`;
  return null;
}

/** True when the Director Role setting may be used for a complaint. */
export function directorRoleTrusted(settings: RoutingSettings): boolean {
  const role = settings.directorRole?.trim() ?? '';
  return role !== '' && role !== (settings.accountManagerRole?.trim() ?? '');
}

/** The only targets a complaint may have. */
function complaintTarget(settings: RoutingSettings): Target {
  return directorRoleTrusted(settings)
    ? { kind: 'user', user: 'director', fallbackQueue: ESCALATION_QUEUE }
    : { kind: 'queue', queue: ESCALATION_QUEUE };
}

function sameTarget(a: Target, b: Target): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function targetText(target: Target): string {
  if (target.kind === 'queue') return `queue ${target.queue}`;
  if (target.kind === 'skills')
    return `skills ${target.skills.join(', ')} (fallback queue ${target.fallbackQueue})`;
  return `${target.user === 'accountManager' ? 'the account manager' : 'the director'} (fallback queue ${target.fallbackQueue})`;
}

/** What the invariant does to one decision. */
export interface InvariantOutcome {
  /** True when the invariant applies to the contact (the record is then flagged as a complaint). */
  applies: boolean;
  /** True when it replaced the rule table's target. */
  overrode: boolean;
  target: Target;
  reasons: string[];
}

/**
 * Applies the invariant to the rule table's decision. A complaint keeps the decision only when it
 * already targets the director with the escalation queue as fallback (or the escalation queue);
 * anything else — the account manager, a queue of account managers, another team — is replaced.
 */
export function guardComplaint(
  decision: Decision,
  facts: Triage,
  settings: RoutingSettings
): InvariantOutcome {
  const why = complaintInvariantReason(facts, settings);
  if (why === null)
    return { applies: false, overrode: false, target: decision.target, reasons: [] };
  const allowed = complaintTarget(settings);
  const reasons = [`complaint invariant: ${why}`];
  if (!directorRoleTrusted(settings))
    reasons.push(
      `complaint invariant: the Director Role setting (${settings.directorRole ?? 'blank'}) is blank or the account managers' role: the ${ESCALATION_QUEUE} queue takes it`
    );
  if (sameTarget(decision.target, allowed))
    return { applies: true, overrode: false, target: decision.target, reasons };
  const by = decision.rule ? `rule ${decision.rule.developerName}` : 'the rule table';
  reasons.push(
    `complaint invariant overrode ${by}: ${targetText(decision.target)} replaced by ${targetText(allowed)}`
  );
  return { applies: true, overrode: true, target: allowed, reasons };
}

/**
 * The queues that hold account managers as far as the configuration tells: HNW_Account_Managers and
 * the queues of every active rule that targets the account manager.
 */
function accountManagerQueues(rules: readonly RoutingRule[]): Set<string> {
  const queues = new Set([ACCOUNT_MANAGER_QUEUE]);
  for (const rule of rules)
    if (rule.targetKind === 'user' && rule.targetUser === 'accountManager')
      for (const queue of Object.values(rule.queues)) if (queue) queues.add(queue);
  return queues;
}

function reachesAccountManagers(target: Target, rules: readonly RoutingRule[]): boolean {
  if (target.kind === 'user' && target.user === 'accountManager') return true;
  const queues = accountManagerQueues(rules);
  if (target.kind === 'queue') return queues.has(target.queue);
  return queues.has(target.fallbackQueue);
}

/**
 * Applies the invariant to an agent's transfer: a complaint about the account manager may go to
 * another team, but never to that manager or a queue of account managers; such a target becomes
 * the director (ComplaintInvariant.guardTransfer in Apex).
 */
export function guardTransfer(
  complaint: boolean,
  decision: Decision,
  rules: readonly RoutingRule[],
  settings: RoutingSettings
): InvariantOutcome {
  if (!complaint || !reachesAccountManagers(decision.target, rules))
    return { applies: complaint, overrode: false, target: decision.target, reasons: [] };
  const allowed = complaintTarget(settings);
  const reasons = ['complaint invariant: the item is a concern about the account manager'];
  if (!directorRoleTrusted(settings))
    reasons.push(
      `complaint invariant: the Director Role setting (${settings.directorRole ?? 'blank'}) is blank or the account managers' role: the ${ESCALATION_QUEUE} queue takes it`
    );
  const by = decision.rule ? `rule ${decision.rule.developerName}` : 'the rule table';
  reasons.push(
    `complaint invariant overrode ${by}: ${targetText(decision.target)} replaced by ${targetText(allowed)}`
  );
  return { applies: true, overrode: true, target: allowed, reasons };
}
