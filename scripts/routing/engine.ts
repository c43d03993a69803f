/**
 * The routing engine: triage, then the decision table. One RoutingEngine is built per
 * configuration (rules sorted and phrases indexed once) and routes any number of contacts.
 */
import type { Contact, RouteResult, RoutingConfig, Team } from './model';
import { PhraseIndex } from './phrases';
import { decide, NO_RULE_MATCHED, orderRules } from './rules';
import { triage, type Triage } from './triage';

export interface RoutedContact extends RouteResult {
  /** Not part of the route contract: exposed for the simulator, the road map and tests. */
  aboutAccountManager: boolean;
}

export class RoutingEngine {
  private readonly rules;
  private readonly index: PhraseIndex;

  constructor(readonly config: RoutingConfig) {
    this.rules = orderRules(config.rules);
    this.index = new PhraseIndex(config.phrases);
  }

  triage(contact: Contact): Triage {
    return triage(contact, this.config.settings, this.index);
  }

  route(contact: Contact): RoutedContact {
    const facts = this.triage(contact);
    const decision = decide(this.rules, contact, facts, this.config.settings);
    const team: Team = decision.rule?.team ?? 'TRIAGE';
    return {
      id: contact.id,
      team,
      group: decision.rule?.group ?? null,
      channel: contact.channel,
      segment: facts.segment,
      topic: facts.topic,
      issueType: facts.issueType,
      target: decision.target,
      rule: decision.rule?.developerName ?? NO_RULE_MATCHED,
      reasons: [...facts.reasons, ...decision.reasons],
      aboutAccountManager: facts.aboutAccountManager
    };
  }
}

/** The contract's output object: exactly the keys of design.md §4, in that order. */
export function toContractJson(result: RouteResult): RouteResult {
  const { id, team, group, channel, segment, topic, issueType, target, rule, reasons } = result;
  return { id, team, group, channel, segment, topic, issueType, target, rule, reasons };
}
