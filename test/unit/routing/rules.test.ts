import { decide, NO_RULE_MATCHED, orderRules, ruleMatches } from '../../../scripts/routing/rules';
import { lintPhrases, lintRules, lintSettings } from '../../../scripts/routing/config-lint';
import { aPhrase } from '../../builders/routing';
import { aContact, aRule, aSettings, HNW_CUSTOMER } from '../../builders/routing';
import type { Triage } from '../../../scripts/routing/triage';

const facts = (overrides: Partial<Triage> = {}): Triage => ({
  segment: 'STANDARD',
  topic: null,
  issueType: 'technical',
  aboutAccountManager: false,
  managerConcernProbability: 0,
  reasons: [],
  language: 'en',
  confidence: null,
  ...overrides
});
const settings = aSettings();

describe('rule conditions', () => {
  it('match every channel, segment, topic and issue type when blank', () => {
    expect(ruleMatches(aRule({ developerName: 'Any' }), 'chat', facts())).toBe(true);
  });

  it('restrict by channel, segment, topic list and issue type', () => {
    const rule = aRule({
      developerName: 'Narrow',
      channels: ['phone', 'chat'],
      segment: 'HNW',
      topics: ['ai_portfolios', 'trading_platform'],
      issueType: 'technical'
    });
    expect(ruleMatches(rule, 'chat', facts({ segment: 'HNW', topic: 'trading_platform' }))).toBe(
      true
    );
    expect(ruleMatches(rule, 'email', facts({ segment: 'HNW', topic: 'trading_platform' }))).toBe(
      false
    );
    expect(
      ruleMatches(rule, 'chat', facts({ segment: 'STANDARD', topic: 'trading_platform' }))
    ).toBe(false);
    expect(ruleMatches(rule, 'chat', facts({ segment: 'HNW', topic: 'ecommerce_platform' }))).toBe(
      false
    );
    expect(
      ruleMatches(
        rule,
        'chat',
        facts({ segment: 'HNW', topic: 'trading_platform', issueType: 'staff' })
      )
    ).toBe(false);
  });

  it("match a contact without a topic only with 'none'", () => {
    expect(ruleMatches(aRule({ developerName: 'None', topics: ['none'] }), 'email', facts())).toBe(
      true
    );
    expect(
      ruleMatches(aRule({ developerName: 'Ai', topics: ['ai_portfolios'] }), 'email', facts())
    ).toBe(false);
  });
});

describe('first match wins', () => {
  const rules = orderRules([
    aRule({ developerName: 'Late', order: 30, team: 'TRIAGE' }),
    aRule({ developerName: 'Early', order: 10, team: 'ADVISORY', topics: ['financial_advising'] }),
    aRule({ developerName: 'Off', order: 5, team: 'HNW', active: false })
  ]);

  it('evaluates active rules by order', () => {
    expect(rules.map((r) => r.developerName)).toEqual(['Early', 'Late']);
    expect(
      decide(rules, aContact(), facts({ topic: 'financial_advising' }), settings).rule
        ?.developerName
    ).toBe('Early');
    expect(
      decide(rules, aContact(), facts({ topic: 'ai_portfolios' }), settings).rule?.developerName
    ).toBe('Late');
  });

  it('falls back to the triage queue when no rule matches or the table is empty', () => {
    const decision = decide([], aContact(), facts(), settings);
    expect(decision.rule).toBeNull();
    expect(decision.target).toEqual({ kind: 'queue', queue: 'Triage' });
    expect(NO_RULE_MATCHED).toBe('NO_RULE_MATCHED');
  });
});

describe('targets and fallbacks', () => {
  const am = aRule({
    developerName: 'AM',
    targetKind: 'user',
    targetUser: 'accountManager',
    queues: { phone: 'HNW', email: 'HNW', chat: 'HNW' }
  });

  it('sends to the account manager with the fallback queue', () => {
    expect(decide([am], aContact({ customer: HNW_CUSTOMER }), facts(), settings).target).toEqual({
      kind: 'user',
      user: 'accountManager',
      fallbackQueue: 'HNW'
    });
  });

  it.each([
    ['no manager', null],
    ['an inactive manager', { name: 'Daniel Brooks', active: false }],
    ['a manager without a name', { name: null, active: true }]
  ])('targets the fallback queue for %s', (_label, accountManager) => {
    const contact = aContact({ customer: { investableAssets: 2e6, accountManager } });
    expect(decide([am], contact, facts(), settings).target).toEqual({
      kind: 'queue',
      queue: 'HNW'
    });
  });

  it("uses the channel's queue for queue targets and the triage queue when a channel has none", () => {
    const rule = aRule({ developerName: 'Q', queues: { phone: 'P', email: null, chat: 'C' } });
    expect(decide([rule], aContact({ channel: 'phone' }), facts(), settings).target).toEqual({
      kind: 'queue',
      queue: 'P'
    });
    const email = decide([rule], aContact({ channel: 'email' }), facts(), settings);
    expect(email.target).toEqual({ kind: 'queue', queue: 'Triage' });
    expect(email.reasons.join(' ')).toContain('names no email queue');
  });

  it('builds a skills target with the channel fallback queue, or a queue when the rule has no skills', () => {
    const rule = aRule({ developerName: 'S', targetKind: 'skills', skills: ['AI_Portfolios'] });
    expect(decide([rule], aContact({ channel: 'chat' }), facts(), settings).target).toEqual({
      kind: 'skills',
      skills: ['AI_Portfolios'],
      fallbackQueue: 'Q_Chat'
    });
    const empty = aRule({ developerName: 'S0', targetKind: 'skills', skills: [] });
    expect(decide([empty], aContact({ channel: 'chat' }), facts(), settings).target).toEqual({
      kind: 'queue',
      queue: 'Q_Chat'
    });
  });

  it('targets the director as a user with the fallback queue', () => {
    const rule = aRule({ developerName: 'D', targetKind: 'user', targetUser: 'director' });
    expect(decide([rule], aContact(), facts(), settings).target).toEqual({
      kind: 'user',
      user: 'director',
      fallbackQueue: 'Q_Email'
    });
  });
});

describe('lintRules', () => {
  it('reports shared orders, missing queues, skills and users', () => {
    const problems = lintRules([
      aRule({ developerName: 'A', order: 10 }),
      aRule({ developerName: 'B', order: 10, queues: { phone: null, email: 'E', chat: 'C' } }),
      aRule({ developerName: 'C', order: 20, targetKind: 'skills' }),
      aRule({ developerName: 'D', order: 30, targetKind: 'user' })
    ]);
    expect(problems).toEqual([
      'rules A and B share order 10',
      'rule B: no phone queue (needed as target)',
      'rule C: target kind skills but no skills',
      'rule D: target kind user but no target user'
    ]);
  });
});

describe('lintSettings', () => {
  it('accepts a blank Skills Wait (30) and whole minutes from 1 to 1440, and reports any other', () => {
    const problems = (skillsWaitMinutes: number | undefined) =>
      lintSettings(aSettings({ skillsWaitMinutes })).map((p) => p.field);
    expect(problems(undefined)).toEqual([]);
    expect(problems(1)).toEqual([]);
    expect(problems(1440)).toEqual([]);
    for (const bad of [0, 1441, 2.5, -3]) expect(problems(bad)).toEqual(['SkillsWaitMinutes__c']);
  });
});

describe('lintPhrases', () => {
  it('reports phrases without words, misplaced wildcards, bad weights and duplicates', () => {
    const a = aPhrase('robo advisor', 'ai_portfolios');
    const b = aPhrase('Robo-Advisor', 'ai_portfolios');
    const problems = lintPhrases([
      aPhrase('**', 'ai_portfolios'),
      aPhrase('re*bal', 'ai_portfolios'),
      aPhrase('app', 'trading_platform', 0),
      a,
      b
    ]);
    expect(problems).toHaveLength(4);
    expect(problems[3]).toBe(
      `phrases ${a.developerName} and ${b.developerName} are the same words in ai_portfolios`
    );
  });

  it('reports a phrase a wildcard of the same category already matches, and only then', () => {
    const stem = aPhrase('inherit*', 'financial_advising');
    const word = aPhrase('inherited', 'financial_advising');
    const longer = aPhrase('inherited money', 'financial_advising');
    const otherCategory = aPhrase('inherited', 'investment_portfolio');
    const problems = lintPhrases([stem, word, longer, otherCategory]);
    expect(problems).toEqual([
      `phrase ${word.developerName}: "inherited" is already matched by ${stem.developerName} ("inherit*") in financial_advising, so it would count twice`
    ]);
  });
});
