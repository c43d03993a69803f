/**
 * The validation rules on the routing custom metadata types say the same as the offline lints:
 * their REGEX formulas (Java regular expressions, evaluated here as the same JavaScript ones)
 * accept every shipped phrase and refuse the wildcards lintPhrases refuses; every rule names only
 * fields of its type (also checked by `npm run validate`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import { loadRoutingConfig } from '../../../scripts/routing/config';
import { lintPhrases } from '../../../scripts/routing/config-lint';
import { child, parseXmlTree } from '../../../scripts/validate/xml-tree';

const OBJECTS = path.join(repoRoot(), 'force-app/service-org/objects');

function rules(type: string): Map<string, string> {
  const dir = path.join(OBJECTS, type, 'validationRules');
  return new Map(
    readdirSync(dir).map((file) => {
      const root = parseXmlTree(readFileSync(path.join(dir, file), 'utf8'));
      return [
        file.replace('.validationRule-meta.xml', ''),
        child(root, 'errorConditionFormula')?.text ?? ''
      ];
    })
  );
}

/** The pattern of a `REGEX(field, '...')` formula, anchored like Salesforce's REGEX (whole text). */
function regexOf(formula: string, field = 'Phrase__c'): RegExp {
  const match = new RegExp(`REGEX\\(${field}, '([^']*)'\\)`).exec(formula);
  if (!match) throw new Error(`not a REGEX formula: ${formula}`);
  return new RegExp(`^(?:${match[1]})$`);
}

describe('validation rules on the routing custom metadata types', () => {
  const phraseRules = rules('TriagePhrase__mdt');
  const stem = regexOf(phraseRules.get('Wildcard_Stem_Long_Enough')!);
  const inside = regexOf(phraseRules.get('Wildcard_Only_At_Word_End')!);
  const refuses = (phrase: string) => stem.test(phrase) || inside.test(phrase);

  it('accept every shipped triage phrase', () => {
    const phrases = loadRoutingConfig().phrases;
    expect(phrases.length).toBeGreaterThan(100);
    expect(phrases.filter((p) => refuses(p.phrase)).map((p) => p.phrase)).toEqual([]);
  });

  it.each(['re*', 'a*', 'my re* plan', 're*balance', 'ab*c d'])(
    'refuse the wildcard %p, as lintPhrases does',
    (phrase) => {
      expect(refuses(phrase)).toBe(true);
      expect(
        lintPhrases([
          { developerName: 'X', phrase, category: 'staff_conduct', weight: 1, active: true }
        ])
      ).not.toEqual([]);
    }
  );

  it.each(['rebalanc*', 'my adviser', 'auto rebalanc*', '401k'])('accept %p', (phrase) => {
    expect(refuses(phrase)).toBe(false);
  });

  describe.each([
    [
      'Channels__c',
      'Channels_Are_Known',
      ['phone,chat', 'email', ' phone , email ', 'chat,phone,email']
    ],
    [
      'Topics__c',
      'Topics_Are_Known',
      ['none', 'investment_portfolio,ai_portfolios', 'ecommerce_platform, financial_advising']
    ]
  ])('%s', (field, rule, good) => {
    const formula = rules('RoutingRule__mdt').get(rule)!;
    const known = regexOf(formula, field);
    const shipped = loadRoutingConfig()
      .rules.map((r) => (field === 'Channels__c' ? r.channels : r.topics).join(','))
      .filter((v) => v !== '');

    it('accepts every shipped value (none ship for channels) and the written forms the engine reads', () => {
      expect([...shipped, ...good].filter((v) => !known.test(v))).toEqual([]);
    });

    it.each(['Phone', 'phone;chat', 'ai_portfolio', 'Email,chat', 'phone,,chat', 'web'])(
      'refuses %p, which the engine would never match',
      (value) => {
        expect(known.test(value)).toBe(false);
      }
    );

    it('applies only to a filled field (blank matches everything)', () => {
      expect(formula.startsWith(`AND(NOT(ISBLANK(${field}))`)).toBe(true);
    });
  });

  it('cover user targets, skills, staff rules, weights, wildcards, thresholds, waits and the director role', () => {
    expect([...rules('RoutingRule__mdt').keys()].sort()).toEqual([
      'Channels_Are_Known',
      'Skills_Target_Needs_Skills',
      'Staff_Concern_Never_To_Account_Manager',
      'Target_User_Only_For_User_Target',
      'Team_And_Target_Kind_Required',
      'Topics_Are_Known',
      'User_Target_Needs_Target_User'
    ]);
    expect(rules('IvrPrompt__mdt').get('Text_Required')).toBe('AND(IsActive__c, ISBLANK(Text__c))');
    expect(rules('IvrPrompt__mdt').get('Step_Required')).toBe('ISBLANK(TEXT(Step__c))');
    expect(phraseRules.get('Category_Required')).toBe('ISBLANK(TEXT(Category__c))');
    expect(Object.fromEntries(rules('ContactClassCue__mdt'))).toEqual({
      Class_Required: 'ISBLANK(TEXT(Class__c))',
      Weight_Above_Zero: 'OR(ISBLANK(Weight__c), Weight__c <= 0)'
    });
    expect([...rules('RoutingSetting__mdt').keys()].sort()).toEqual([
      'Director_Role_Not_Account_Manager_Role',
      'Director_Wait_In_Range',
      'Manager_Concern_Threshold_In_Range',
      'Scores_And_Thresholds_In_Range',
      'Skills_Wait_In_Range'
    ]);
    expect(phraseRules.get('Weight_Above_Zero')).toBe('Weight__c <= 0');
  });
});
