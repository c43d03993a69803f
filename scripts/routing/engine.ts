/**
 * The routing engine: triage, then the decision table. One RoutingEngine is built per
 * configuration (rules sorted and phrases indexed once) and routes any number of contacts.
 */
import { COMPLAINT_INVARIANT_RULE, guardComplaint } from './complaint-invariant';
import type { Contact, Group, RouteResult, RoutingConfig, RoutingSettings, Team } from './model';
import { PhraseIndex } from './phrases';
import { decide, NO_RULE_MATCHED, orderRules } from './rules';
import type { Language } from '../triage-model/features';
import { triage, type Triage } from './triage';

export interface RoutedContact extends RouteResult {
  /**
   * Not part of the route contract: exposed for the simulator, the road map and tests. True when the
   * complaint invariant applies (a concern about the account manager, or one triage cannot rule out):
   * in the org the record is then flagged and no owner change may give it to that manager.
   */
  aboutAccountManager: boolean;
  /** Not part of the route contract: triage's estimate that this is a concern about the account manager. */
  managerConcernProbability: number;
  /** Output key after the contract's keys: the language of the text (en, es, fr, de). */
  language: Language;
  /** Output key after the contract's keys: the triage model's confidence, null without a model. */
  confidence: number | null;
}

export class RoutingEngine {
  private readonly rules;
  private readonly index: PhraseIndex;

  constructor(readonly config: RoutingConfig) {
    this.rules = orderRules(config.rules);
    this.index = new PhraseIndex(config.phrases);
  }

  triage(contact: Contact): Triage {
    return triage(contact, this.config.settings, this.index, this.config.triageModel);
  }

  /** Triage, the rule table, then the complaint invariant below it. */
  route(contact: Contact): RoutedContact {
    return this.routeWith(contact, this.triage(contact));
  }

  /**
   * The rule table and the complaint invariant for facts triage already found; `settings` may
   * differ from the configuration's (the evaluation tries other Manager Concern Thresholds).
   */
  routeWith(
    contact: Contact,
    facts: Triage,
    settings: RoutingSettings = this.config.settings
  ): RoutedContact {
    const decision = decide(this.rules, contact, facts, settings);
    const guarded = guardComplaint(decision, facts, settings);
    let team: Team = decision.rule?.team ?? 'TRIAGE';
    let group: Group | null = decision.rule?.group ?? null;
    let rule = decision.rule?.developerName ?? NO_RULE_MATCHED;
    if (guarded.overrode) {
      team = 'HNW';
      group = 'DIRECTOR';
      rule = COMPLAINT_INVARIANT_RULE;
    }
    return {
      id: contact.id,
      team,
      group,
      channel: contact.channel,
      segment: facts.segment,
      topic: facts.topic,
      issueType: facts.issueType,
      target: guarded.target,
      rule,
      reasons: [...facts.reasons, ...decision.reasons, ...guarded.reasons],
      aboutAccountManager: facts.aboutAccountManager || guarded.applies,
      managerConcernProbability: facts.managerConcernProbability,
      language: facts.language,
      confidence: facts.confidence
    };
  }
}

/** The route output: the contract's keys in their order, then `language` and `confidence`. */
export function toRouteJson(
  result: RoutedContact
): RouteResult & Pick<RoutedContact, 'language' | 'confidence'> {
  return { ...toContractJson(result), language: result.language, confidence: result.confidence };
}

/** The contract's output object: exactly the keys of docs/routing.md, in that order. */
export function toContractJson(result: RouteResult): RouteResult {
  const { id, team, group, channel, segment, topic, issueType, target, rule, reasons } = result;
  return { id, team, group, channel, segment, topic, issueType, target, rule, reasons };
}
