/** The complaint invariant below the rule table, and the manager-concern estimate it reads. */
import {
  COMPLAINT_INVARIANT_RULE,
  ESCALATION_QUEUE,
  guardComplaint
} from '../../../scripts/routing/complaint-invariant';
import { RoutingEngine } from '../../../scripts/routing/engine';
import type { Target } from '../../../scripts/routing/model';
import type { Decision } from '../../../scripts/routing/rules';
import { estimateManagerConcern, type Triage } from '../../../scripts/routing/triage';
import { aConfig, aContact, aPhrase, aRule, aSettings, HNW_CUSTOMER } from '../../builders/routing';

const facts = (overrides: Partial<Triage> = {}): Triage => ({
  segment: 'HNW',
  topic: 'investment_portfolio',
  issueType: 'staff',
  aboutAccountManager: true,
  managerConcernProbability: 0.6,
  reasons: [],
  language: 'en',
  confidence: null,
  ...overrides
});
const decision = (target: Target): Decision => ({
  rule: aRule({ developerName: 'Some_Rule' }),
  target,
  reasons: []
});
const toManager: Target = {
  kind: 'user',
  user: 'accountManager',
  fallbackQueue: 'HNW_Account_Managers'
};
const toDirector: Target = { kind: 'user', user: 'director', fallbackQueue: ESCALATION_QUEUE };

describe('manager concern estimate', () => {
  const evidence = {
    segment: 'HNW' as const,
    intakeAboutStaff: false,
    staffScore: 0,
    managerMentioned: true,
    otherStaffMentioned: false
  };

  it.each([
    [0, 0],
    [0.5, 0.2],
    [1, 0.33],
    [2, 0.5],
    [3, 0.6],
    [6, 0.75]
  ])('given a staff cue score %p, then the estimate is %p (score / (score + 2))', (score, p) => {
    expect(estimateManagerConcern({ ...evidence, staffScore: score })).toBe(p);
  });

  it('is 0 for a client who is not high-net-worth, however strong the complaint', () => {
    expect(estimateManagerConcern({ ...evidence, segment: 'STANDARD', staffScore: 9 })).toBe(0);
  });

  it('is 1 when the customer chose "about a member of staff" at intake', () => {
    expect(estimateManagerConcern({ ...evidence, intakeAboutStaff: true })).toBe(1);
  });

  it('keeps a quarter when the text names someone else and not the manager', () => {
    expect(
      estimateManagerConcern({
        ...evidence,
        staffScore: 3,
        managerMentioned: false,
        otherStaffMentioned: true
      })
    ).toBe(0.15);
    expect(
      estimateManagerConcern({
        ...evidence,
        intakeAboutStaff: true,
        managerMentioned: false,
        otherStaffMentioned: true
      })
    ).toBe(0.25);
  });

  it('rounds half up in hundredths exactly (the Apex twin uses the same integer arithmetic)', () => {
    // 0.18 / 2.18 = 0.0825... -> 0.08; 0.02 / 2.02 = 0.0099 -> 0.01
    expect(estimateManagerConcern({ ...evidence, staffScore: 0.18 })).toBe(0.08);
    expect(estimateManagerConcern({ ...evidence, staffScore: 0.02 })).toBe(0.01);
  });

  it('does not depend on the Staff Concern Minimum Score a lead can raise', () => {
    const engine = (staffMinScore: number) =>
      new RoutingEngine(
        aConfig({
          phrases: [aPhrase('without asking', 'staff_conduct', 3)],
          settings: aSettings({ staffMinScore })
        })
      );
    const contact = aContact({
      body: 'Daniel sold my shares without asking',
      customer: HNW_CUSTOMER
    });
    expect(engine(2).route(contact).managerConcernProbability).toBe(0.6);
    expect(engine(20).route(contact).managerConcernProbability).toBe(0.6);
  });
});

describe('complaint invariant', () => {
  const settings = aSettings();

  it('given a complaint the rule table sends to the account manager, then the director takes it and the reasons say so', () => {
    const outcome = guardComplaint(decision(toManager), facts(), settings);
    expect(outcome).toMatchObject({ applies: true, overrode: true, target: toDirector });
    expect(outcome.reasons.join('\n')).toContain('complaint invariant overrode rule Some_Rule');
  });

  it.each<[string, Target]>([
    ['the account managers queue', { kind: 'queue', queue: 'HNW_Account_Managers' }],
    ['another team', { kind: 'queue', queue: 'Ecommerce_Email' }],
    ['skills', { kind: 'skills', skills: ['AI_Portfolios'], fallbackQueue: 'Experts_Email' }],
    [
      'the director with another fallback',
      { kind: 'user', user: 'director', fallbackQueue: 'HNW_Account_Managers' }
    ]
  ])('replaces %s by the director', (_what, target) => {
    expect(guardComplaint(decision(target), facts(), settings).target).toEqual(toDirector);
  });

  it('keeps a decision that already targets the director with the escalation queue', () => {
    expect(guardComplaint(decision(toDirector), facts(), settings)).toMatchObject({
      applies: true,
      overrode: false,
      target: toDirector
    });
  });

  it('applies when triage cannot rule out a complaint: estimate at or above the threshold', () => {
    const unsure = facts({
      issueType: 'technical',
      aboutAccountManager: false,
      managerConcernProbability: 0.3
    });
    expect(guardComplaint(decision(toManager), unsure, settings).target).toEqual(toDirector);
    expect(
      guardComplaint(decision(toManager), { ...unsure, managerConcernProbability: 0.29 }, settings)
    ).toMatchObject({ applies: false, target: toManager });
  });

  it('never applies to a client who is not high-net-worth', () => {
    const standard = facts({
      segment: 'STANDARD',
      aboutAccountManager: false,
      managerConcernProbability: 0
    });
    expect(guardComplaint(decision(toManager), standard, settings).applies).toBe(false);
  });

  it.each([
    ['the account managers role', 'Account_Manager'],
    ['blank', null]
  ])('sends the complaint to the escalation queue when the Director Role is %s', (_what, role) => {
    const outcome = guardComplaint(
      decision(toDirector),
      facts(),
      aSettings({ directorRole: role })
    );
    expect(outcome.target).toEqual({ kind: 'queue', queue: ESCALATION_QUEUE });
    expect(outcome.reasons.join('\n')).toContain('Director Role');
  });

  it('records the invariant as the rule and HNW / DIRECTOR as the team when it overrode the table', () => {
    const engine = new RoutingEngine(
      aConfig({
        rules: [
          aRule({
            developerName: 'Everything_To_Manager',
            team: 'HNW',
            group: 'ACCOUNT_MANAGER',
            targetKind: 'user',
            targetUser: 'accountManager'
          })
        ],
        phrases: [aPhrase('rude', 'staff_conduct', 3)]
      })
    );
    const result = engine.route(
      aContact({ body: 'Daniel was rude to me', customer: HNW_CUSTOMER })
    );
    expect(result).toMatchObject({
      team: 'HNW',
      group: 'DIRECTOR',
      rule: COMPLAINT_INVARIANT_RULE,
      target: toDirector,
      aboutAccountManager: true
    });
  });
});
