/**
 * The decision table: the first active rule (by Order) whose conditions all match decides the
 * team, group and Omni-Channel target. Mirrored by RoutingRuleEngine.cls.
 */
import type { Channel, Contact, RoutingRule, RoutingSettings, Target } from './model';
import type { Triage } from './triage';
import { compareText } from './phrases';

export const NO_RULE_MATCHED = 'NO_RULE_MATCHED';

/** Active rules in evaluation order (Order, then developer name so ties are stable). */
export function orderRules(rules: readonly RoutingRule[]): RoutingRule[] {
  return rules
    .filter((r) => r.active)
    .sort((a, b) => a.order - b.order || compareText(a.developerName, b.developerName));
}

export function ruleMatches(rule: RoutingRule, channel: Channel, facts: Triage): boolean {
  if (rule.channels.length > 0 && !rule.channels.includes(channel)) return false;
  if (rule.segment !== null && rule.segment !== facts.segment) return false;
  if (rule.topics.length > 0 && !rule.topics.includes(facts.topic ?? 'none')) return false;
  if (rule.issueType !== null && rule.issueType !== facts.issueType) return false;
  return true;
}

export interface Decision {
  rule: RoutingRule | null;
  target: Target;
  reasons: string[];
}

/** The Omni-Channel target a rule gives for this contact, with its fallbacks applied. */
export function targetFor(
  rule: RoutingRule,
  contact: Contact,
  settings: RoutingSettings
): Decision {
  const reasons: string[] = [];
  const channelQueue = rule.queues[contact.channel];
  const queue = channelQueue ?? settings.triageQueue;
  if (!channelQueue)
    reasons.push(
      `rule ${rule.developerName} names no ${contact.channel} queue: triage queue ${settings.triageQueue}`
    );

  if (rule.targetKind === 'queue') {
    return { rule, target: { kind: 'queue', queue }, reasons };
  }
  if (rule.targetKind === 'skills') {
    if (rule.skills.length === 0) {
      reasons.push(`rule ${rule.developerName} names no skill: queue ${queue}`);
      return { rule, target: { kind: 'queue', queue }, reasons };
    }
    const channelSkill = settings.channelSkills[contact.channel];
    reasons.push(
      `skills-based: ${rule.skills.join(', ')}${channelSkill ? ` plus channel skill ${channelSkill}` : ''}, fallback queue ${queue}`
    );
    return {
      rule,
      target: { kind: 'skills', skills: [...rule.skills], fallbackQueue: queue },
      reasons
    };
  }
  if (rule.targetUser === 'accountManager') {
    const manager = contact.customer?.accountManager;
    if (!manager || !manager.name) {
      reasons.push(`no account manager: fallback queue ${queue}`);
      return { rule, target: { kind: 'queue', queue }, reasons };
    }
    if (!manager.active) {
      reasons.push(`account manager ${manager.name} is inactive: fallback queue ${queue}`);
      return { rule, target: { kind: 'queue', queue }, reasons };
    }
    reasons.push(`direct to account manager ${manager.name}, fallback queue ${queue}`);
    return {
      rule,
      target: { kind: 'user', user: 'accountManager', fallbackQueue: queue },
      reasons
    };
  }
  if (rule.targetUser === 'director') {
    reasons.push(`direct to the department director, fallback queue ${queue}`);
    return { rule, target: { kind: 'user', user: 'director', fallbackQueue: queue }, reasons };
  }
  reasons.push(`rule ${rule.developerName} names no target user: queue ${queue}`);
  return { rule, target: { kind: 'queue', queue }, reasons };
}

/** First matching rule and its target; the triage queue when no rule matches. */
export function decide(
  orderedRules: readonly RoutingRule[],
  contact: Contact,
  facts: Triage,
  settings: RoutingSettings
): Decision {
  for (const rule of orderedRules) {
    if (!ruleMatches(rule, contact.channel, facts)) continue;
    const decision = targetFor(rule, contact, settings);
    decision.reasons.unshift(
      `rule ${rule.developerName} (order ${rule.order})${rule.description ? `: ${rule.description}` : ''}`
    );
    return decision;
  }
  return {
    rule: null,
    target: { kind: 'queue', queue: settings.triageQueue },
    reasons: [`no active rule matched: triage queue ${settings.triageQueue}`]
  };
}
