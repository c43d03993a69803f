/** The shipped custom metadata records, read exactly as `npm run route` reads them. */
import { loadRoutingConfig, RoutingConfigError } from '../../../scripts/routing/config';
import { lintPhrases, lintRules } from '../../../scripts/routing/config-lint';
import { orderRules } from '../../../scripts/routing/rules';
import { repoRoot } from '../../../scripts/lib/project';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

describe('the shipped routing configuration', () => {
  const config = loadRoutingConfig(repoRoot());

  it('implements the default decision table of docs/routing.md in order', () => {
    expect(orderRules(config.rules).map((r) => [r.team, r.group, r.targetKind])).toEqual([
      ['HNW', 'DIRECTOR', 'user'],
      ['HNW', 'ACCOUNT_MANAGER', 'user'],
      ['ECOMMERCE', null, 'queue'],
      ['ADVISORY', null, 'queue'],
      ['EXPERTS', 'AI_PORTFOLIOS', 'skills'],
      ['EXPERTS', 'TRADING_PLATFORM', 'skills'],
      ['ADVISORY', null, 'queue'],
      ['TRIAGE', null, 'queue']
    ]);
  });

  it('has no rule or phrase problems', () => {
    expect(lintRules(config.rules)).toEqual([]);
    expect(lintPhrases(config.phrases)).toEqual([]);
  });

  it('uses the default HNW threshold of 1,000,000 and a triage queue', () => {
    expect(config.settings.hnwThreshold).toBe(1_000_000);
    expect(config.settings.triageQueue).toBe('Triage');
  });

  it('has a vocabulary for every topic and every staff cue category', () => {
    const categories = new Set(config.phrases.filter((p) => p.active).map((p) => p.category));
    for (const category of [
      'ecommerce_platform',
      'financial_advising',
      'ai_portfolios',
      'trading_platform',
      'investment_portfolio',
      'staff_conduct',
      'staff_complaint',
      'staff_reference',
      'manager_reference',
      'other_staff'
    ]) {
      expect(categories).toContain(category);
    }
  });
});

describe('loadRoutingConfig on broken records', () => {
  const project = () => {
    const root = mkdtempSync(path.join(tmpdir(), 'routing-config-'));
    writeFileSync(
      path.join(root, 'sfdx-project.json'),
      JSON.stringify({ packageDirectories: [{ path: 'src', default: true }] })
    );
    mkdirSync(path.join(root, 'src', 'customMetadata'), { recursive: true });
    return root;
  };
  const record = (root: string, name: string, values: Record<string, string>) =>
    writeFileSync(
      path.join(root, 'src', 'customMetadata', `${name}.md-meta.xml`),
      `<?xml version="1.0" encoding="UTF-8"?><CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata"><label>x</label>${Object.entries(
        values
      )
        .map(([field, value]) => `<values><field>${field}</field><value>${value}</value></values>`)
        .join('')}</CustomMetadata>`
    );

  it('lists every problem with its file and field', () => {
    const root = project();
    record(root, 'RoutingRule.Bad', {
      Order__c: 'ten',
      Team__c: 'SALES',
      TargetKind__c: 'queue',
      Channels__c: 'phone,fax'
    });
    let error: unknown;
    try {
      loadRoutingConfig(root);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RoutingConfigError);
    const problems = (error as RoutingConfigError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/RoutingRule\.Bad\.md-meta\.xml: Order__c "ten" is not a number/),
        expect.stringMatching(/Team__c "SALES" is not one of/),
        expect.stringMatching(/Channels__c "fax" is not one of/),
        expect.stringMatching(/no RoutingSetting\.Default record/)
      ])
    );
  });
});
