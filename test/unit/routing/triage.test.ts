import { PhraseMatcher } from '../../../scripts/routing/phrases';
import { formatNumber, segmentOf, triage } from '../../../scripts/routing/triage';
import { aContact, aPhrase, aSettings, HNW_CUSTOMER } from '../../builders/routing';

const phrases = [
  aPhrase('portfolio', 'investment_portfolio', 2),
  aPhrase('rebalanc*', 'investment_portfolio', 2),
  aPhrase('ai portfolio', 'ai_portfolios', 4),
  aPhrase('app', 'trading_platform', 1.5),
  aPhrase('login', 'trading_platform', 2),
  aPhrase('checkout', 'ecommerce_platform', 3),
  aPhrase('fees', 'financial_advising', 2),
  aPhrase('without asking', 'staff_conduct', 3),
  aPhrase('rude', 'staff_conduct', 3),
  aPhrase('complain*', 'staff_complaint', 2),
  aPhrase('he', 'staff_reference', 1),
  aPhrase('my account manager', 'manager_reference', 1),
  aPhrase('receptionist', 'other_staff', 1)
];
const settings = aSettings();
const index = new PhraseMatcher(phrases);
const run = (overrides: Parameters<typeof aContact>[0]) =>
  triage(aContact(overrides), settings, index);

describe('segment', () => {
  it.each([
    [999_999.99, 'STANDARD'],
    [1_000_000, 'HNW'],
    [1_000_000.01, 'HNW']
  ])(
    'given investable assets %p, then the segment is %s (threshold inclusive)',
    (assets, segment) => {
      expect(
        segmentOf(
          aContact({ customer: { investableAssets: assets, accountManager: null } }),
          settings
        ).segment
      ).toBe(segment);
    }
  );

  it('treats an unknown customer or unknown assets as STANDARD', () => {
    expect(segmentOf(aContact({ customer: null }), settings).segment).toBe('STANDARD');
    expect(
      segmentOf(aContact({ customer: { investableAssets: null, accountManager: null } }), settings)
        .segment
    ).toBe('STANDARD');
  });

  it('follows the threshold setting', () => {
    const contact = aContact({ customer: { investableAssets: 600_000, accountManager: null } });
    expect(segmentOf(contact, aSettings({ hnwThreshold: 500_000 })).segment).toBe('HNW');
  });
});

describe('topic', () => {
  it('picks the highest-scoring topic', () => {
    expect(run({ body: 'my app login fails at checkout' }).topic).toBe('trading_platform');
  });

  it('lets the intake choice win over the text', () => {
    const result = run({
      body: 'checkout checkout',
      intake: { topic: 'ai_portfolios', aboutStaff: null }
    });
    expect(result.topic).toBe('ai_portfolios');
    expect(result.reasons).toContain('topic ai_portfolios: chosen at intake');
  });

  it('weights the subject by the subject weight', () => {
    // body: checkout 3 vs subject: login 2 x 1.5 = 3 and app 1.5 x 1.5 = 2.25
    expect(run({ subject: 'login app', body: 'checkout' }).topic).toBe('trading_platform');
  });

  it('breaks ties in favour of the more specific topic', () => {
    // fees 2 (financial_advising) vs portfolio 2 (investment_portfolio)
    expect(run({ body: 'fees on my portfolio' }).topic).toBe('financial_advising');
  });

  it('returns no topic when nothing reaches the minimum score', () => {
    const strict = triage(aContact({ body: 'app' }), aSettings({ topicMinScore: 2 }), index);
    expect(strict.topic).toBeNull();
    expect(run({ body: 'hello there' }).topic).toBeNull();
  });

  it('reports an unknown intake topic and classifies from the text instead', () => {
    const result = run({
      body: 'checkout',
      intake: { topic: null, aboutStaff: null, unknownTopic: 'loans' }
    });
    expect(result.topic).toBe('ecommerce_platform');
    expect(result.reasons.join(' ')).toContain('"loans" is not a known topic');
  });
});

describe('issue type and the account manager', () => {
  it('given an HNW client greeting the manager by name, then it is not a staff concern', () => {
    const result = run({
      body: 'Hi Daniel, can we talk about rebalancing?',
      customer: HNW_CUSTOMER
    });
    expect(result.issueType).toBe('technical');
    expect(result.aboutAccountManager).toBe(false);
  });

  it('given conduct next to the manager name, then it is a staff concern about the manager', () => {
    const result = run({ body: 'Daniel sold my shares without asking', customer: HNW_CUSTOMER });
    expect(result.issueType).toBe('staff');
    expect(result.aboutAccountManager).toBe(true);
  });

  it('counts a person in the neighbouring sentence (a pronoun chain)', () => {
    expect(run({ body: 'I called Brooks. He was rude.', customer: HNW_CUSTOMER }).issueType).toBe(
      'staff'
    );
  });

  it('counts conduct far from any person only by half', () => {
    expect(run({ body: 'The app sold without asking' }).issueType).toBe('technical');
  });

  it('ignores complaint wording that is not about a person', () => {
    expect(run({ body: 'I want to complain about the app' }).issueType).toBe('technical');
    expect(run({ body: 'I want to complain about my account manager' }).issueType).toBe('staff');
  });

  it('given an HNW complaint that names someone else, then it is not about the manager', () => {
    const result = run({ body: 'The receptionist was rude', customer: HNW_CUSTOMER });
    expect(result.issueType).toBe('staff');
    expect(result.aboutAccountManager).toBe(false);
  });

  it('given an HNW complaint naming both, then it is about the manager', () => {
    const result = run({
      body: 'The receptionist was rude and Daniel was rude too',
      customer: HNW_CUSTOMER
    });
    expect(result.aboutAccountManager).toBe(true);
  });

  it('lets the intake say it is about staff', () => {
    const result = run({
      body: 'portfolio',
      intake: { topic: null, aboutStaff: true },
      customer: HNW_CUSTOMER
    });
    expect(result.issueType).toBe('staff');
    expect(result.aboutAccountManager).toBe(true);
  });

  it('never marks a STANDARD client concern as about an account manager', () => {
    expect(run({ body: 'my account manager was rude' }).aboutAccountManager).toBe(false);
  });

  it('handles a contact with no text at all', () => {
    const result = run({});
    expect(result).toMatchObject({ segment: 'STANDARD', topic: null, issueType: 'technical' });
  });
});

describe('too few words to rule out a concern about the account manager', () => {
  const estimate = (overrides: Parameters<typeof aContact>[0]) =>
    run({ customer: HNW_CUSTOMER, ...overrides });

  it.each([[null], ['hello'], ['hi Daniel']])(
    'given an HNW contact saying only %p, then the estimate is 0.5 with the reason',
    (body) => {
      const result = estimate({ body });
      expect(result.managerConcernProbability).toBe(0.5);
      expect(result.reasons.at(-1)).toMatch(
        /^manager concern estimate 0\.5: [0-2] words?, too few to rule out a concern about the account manager$/
      );
    }
  );

  it('given three words, then the text decides (phrase-only triage here: no concern cue, estimate 0)', () => {
    expect(estimate({ body: 'portfolio statement please' }).managerConcernProbability).toBe(0);
  });

  it('given a topic chosen at intake with "not about staff", then a bare greeting is ruled out', () => {
    const result = estimate({
      body: 'hello',
      intake: { topic: 'investment_portfolio', aboutStaff: false }
    });
    expect(result.managerConcernProbability).toBe(0);
    expect(result.reasons.join('\n')).not.toContain('too few');
  });

  it('given only an intake saying it is not about staff, no topic, then a bare greeting is still not ruled out', () => {
    // The org keeps that answer in IntakeAboutStaff__c, a checkbox that cannot tell "no" from "not asked".
    const result = estimate({ body: 'hello', intake: { topic: null, aboutStaff: false } });
    expect(result.managerConcernProbability).toBe(0.5);
    expect(result.reasons.at(-1)).toContain('too few to rule out');
  });

  it('given a topic chosen at intake, then the intake says what it is about: the rule does not apply', () => {
    const result = estimate({ intake: { topic: 'ecommerce_platform', aboutStaff: null } });
    expect(result.managerConcernProbability).toBe(0);
    expect(result.reasons.join('\n')).not.toContain('too few');
  });

  it('never applies to a STANDARD client', () => {
    expect(run({ body: 'hello' }).managerConcernProbability).toBe(0);
  });
});

describe('formatNumber', () => {
  it('prints integers plainly and fractions with at most two decimals', () => {
    expect(formatNumber(1000000)).toBe('1000000');
    expect(formatNumber(999999.99)).toBe('999999.99');
    expect(formatNumber(1.5)).toBe('1.5');
    expect(formatNumber(2.25)).toBe('2.25');
  });
});
