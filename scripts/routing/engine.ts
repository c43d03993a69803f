/**
 * The routing engine: triage, then the decision table. One RoutingEngine is built per
 * configuration (rules sorted and the phrase matcher built once) and routes any number of contacts.
 */
import {
  COMPLAINT_INVARIANT_RULE,
  complaintInvariantReason,
  guardComplaint,
  guardTransfer
} from './complaint-invariant';
import {
  applyFactors,
  DESK_LANGUAGE,
  NO_FACTORS,
  orderFactors,
  type FactorOutcome
} from './factors';
import type {
  Contact,
  Group,
  RouteResult,
  RoutingConfig,
  RoutingSettings,
  Target,
  Team
} from './model';
import { PhraseMatcher } from './phrases';
import { decide, NO_RULE_MATCHED, orderRules, targetFor } from './rules';
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
  /** After the contract's keys in `npm run route` output: language, mood, urgency, priority, skills. */
  factors: FactorOutcome;
}

export interface EngineOptions {
  /** False: route without the routing factors (the simulator's `--no-factors`). */
  factors?: boolean;
}

export class RoutingEngine {
  private readonly rules;
  private readonly matcher: PhraseMatcher;
  private readonly factors;

  constructor(
    readonly config: RoutingConfig,
    options: EngineOptions = {}
  ) {
    this.rules = orderRules(config.rules);
    this.matcher = new PhraseMatcher(config.phrases);
    this.factors = options.factors === false ? [] : orderFactors(config.factors ?? []);
  }

  /** True when routing factors are applied (at least one active factor and not switched off). */
  get usesFactors(): boolean {
    return this.factors.length > 0;
  }

  triage(contact: Contact): Triage {
    return triage(contact, this.config.settings, this.matcher, this.config.triageModel);
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
      confidence: facts.confidence,
      factors: this.factorsFor(contact, facts, guarded.target)
    };
  }

  /**
   * An agent's transfer to a chosen team and group (RoutingEngine.routeToTeam in Apex): the first
   * active rule with that team and group gives the target, whatever its conditions. A complaint about
   * the account manager (the item's flag, or the invariant on a fresh triage) is never sent to that
   * manager or a queue of account managers. The routing factors are recomputed for the new target.
   * Null when no active rule targets that team and group.
   */
  routeToTeam(
    contact: Contact,
    team: Team,
    group: Group | null,
    flaggedComplaint: boolean
  ): RoutedContact | null {
    const facts = this.triage(contact);
    const complaint =
      flaggedComplaint || complaintInvariantReason(facts, this.config.settings) !== null;
    const rule = this.rules.find((r) => r.team === team && r.group === group);
    if (!rule) return null;
    const decision = targetFor(rule, contact, this.config.settings);
    const guarded = guardTransfer(complaint, decision, this.rules, this.config.settings);
    return {
      id: contact.id,
      team: guarded.overrode ? 'HNW' : team,
      group: guarded.overrode ? 'DIRECTOR' : group,
      channel: contact.channel,
      segment: facts.segment,
      topic: facts.topic,
      issueType: facts.issueType,
      target: guarded.target,
      rule: guarded.overrode ? COMPLAINT_INVARIANT_RULE : rule.developerName,
      reasons: [
        `transferred to ${team}${group === null ? '' : `/${group}`} using rule ${rule.developerName}`,
        ...decision.reasons,
        ...guarded.reasons
      ],
      aboutAccountManager: complaint,
      managerConcernProbability: facts.managerConcernProbability,
      language: facts.language,
      confidence: facts.confidence,
      // Recomputed for the new target, as RoutingEngine.routeToTeam does in Apex: a language skill
      // only where the new target is skills-based, the priority boost wherever it is routed.
      factors: this.factorsFor(contact, facts, guarded.target)
    };
  }

  /**
   * The routing factors for the target decided (never changing it). The language the customer
   * stated (intake) wins; else the one triage detected, the desk's own language needing no factor.
   */
  private factorsFor(contact: Contact, facts: Triage, target: Target): FactorOutcome {
    if (this.factors.length === 0) return NO_FACTORS;
    const language = contact.language ?? (facts.language === DESK_LANGUAGE ? null : facts.language);
    return applyFactors(this.factors, { ...contact, language }, facts.segment, target);
  }
}

/** The contract's output object: exactly the keys of docs/design.md#route-contract, in that order. */
function toContractJson(result: RouteResult): RouteResult {
  const { id, team, group, channel, segment, topic, issueType, target, rule, reasons } = result;
  return { id, team, group, channel, segment, topic, issueType, target, rule, reasons };
}

/** `npm run route` output: the contract's keys, then `language`, `confidence` and `factors` (allowed to follow them). */
export function toRouteJson(
  result: RoutedContact
): RouteResult & Pick<RoutedContact, 'language' | 'confidence' | 'factors'> {
  return {
    ...toContractJson(result),
    language: result.language,
    confidence: result.confidence,
    factors: result.factors
  };
}
