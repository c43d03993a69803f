/** Builders for routing fixtures: small, readable configurations independent of the shipped records. */
import type {
  Contact,
  RoutingConfig,
  RoutingRule,
  RoutingSettings,
  TriagePhrase
} from '../../scripts/routing/model';
import { referenceSettings } from '../../scripts/routing/reference-settings';

/** Settings independent of the shipped Default record: the reference settings the triage vectors use too. */
export function aSettings(overrides: Partial<RoutingSettings> = {}): RoutingSettings {
  return referenceSettings(overrides);
}

export function aRule(
  overrides: Partial<RoutingRule> & Pick<RoutingRule, 'developerName'>
): RoutingRule {
  return {
    label: overrides.developerName,
    order: 10,
    active: true,
    channels: [],
    segment: null,
    topics: [],
    issueType: null,
    team: 'TRIAGE',
    group: null,
    targetKind: 'queue',
    targetUser: null,
    skills: [],
    queues: { phone: 'Q_Phone', email: 'Q_Email', chat: 'Q_Chat' },
    description: null,
    ...overrides
  };
}

let phraseCounter = 0;
export function aPhrase(
  phrase: string,
  category: TriagePhrase['category'],
  weight = 1
): TriagePhrase {
  phraseCounter++;
  return {
    developerName: `P${String(phraseCounter).padStart(4, '0')}`,
    phrase,
    category,
    weight,
    active: true
  };
}

export function aConfig(overrides: Partial<RoutingConfig> = {}): RoutingConfig {
  return { rules: [], phrases: [], settings: aSettings(), ...overrides };
}

export function aContact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 'c1',
    channel: 'email',
    subject: null,
    body: null,
    transcript: null,
    intake: null,
    customer: null,
    ...overrides
  };
}

export const HNW_CUSTOMER = {
  investableAssets: 2_500_000,
  accountManager: { name: 'Daniel Brooks', active: true }
};
