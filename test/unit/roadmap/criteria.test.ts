/** Which acknowledgement a new case gets: the auto-response entries evaluated as Salesforce does. */
import {
  entryMatches,
  evaluateFormula,
  firstMatchingEntry
} from '../../../scripts/roadmap/criteria';
import type { AutoResponseEntry } from '../../../scripts/roadmap/model';

const anEntry = (overrides: Partial<AutoResponseEntry>): AutoResponseEntry => ({
  position: 1,
  formula: null,
  criteria: [],
  booleanFilter: null,
  template: 'Folder/Template',
  senderName: null,
  ...overrides
});

const director = {
  Origin: 'Email',
  RoutingTeam__c: 'HNW',
  RoutingGroup__c: 'DIRECTOR',
  IssueType__c: 'staff'
};

describe('evaluateFormula', () => {
  it('given AND, OR and ISPICKVAL, when the case matches, then it is true', () => {
    const formula =
      'AND(OR(ISPICKVAL(Origin, "Email"), ISPICKVAL(Origin, "Web")), ISPICKVAL(RoutingGroup__c, "DIRECTOR"))';
    expect(evaluateFormula(formula, director)).toBe(true);
    expect(evaluateFormula(formula, { ...director, Origin: 'Phone' })).toBe(false);
  });

  it('given NOT, ISBLANK and a Case. prefix, when evaluated, then they follow formula semantics', () => {
    expect(evaluateFormula('NOT(ISBLANK(Case.RoutingTeam__c))', director)).toBe(true);
    expect(
      evaluateFormula('ISBLANK(RoutingGroup__c)', { ...director, RoutingGroup__c: null })
    ).toBe(true);
    expect(evaluateFormula('TRUE', director)).toBe(true);
  });

  it('given a function or field it does not know, when evaluated, then the answer is unknown, not a guess', () => {
    expect(evaluateFormula('CONTAINS(Subject, "fee")', director)).toBe('unknown');
    expect(evaluateFormula('ISPICKVAL(Priority, "High")', director)).toBe('unknown');
    expect(evaluateFormula('AND(ISPICKVAL(Origin, "Email")', director)).toBe('unknown');
  });
});

describe('entryMatches with criteria items', () => {
  it('given equals with comma-separated values, when any value is the field value, then it matches', () => {
    const entry = anEntry({
      criteria: [{ field: 'Case.Origin', operation: 'equals', value: 'Email,Web' }]
    });
    expect(entryMatches(entry, { Origin: 'Web' })).toBe(true);
    expect(entryMatches(entry, { Origin: 'Phone' })).toBe(false);
  });

  it('given notEqual, when the value is listed, then it does not match', () => {
    const entry = anEntry({
      criteria: [{ field: 'Case.IssueType__c', operation: 'notEqual', value: 'staff' }]
    });
    expect(entryMatches(entry, director)).toBe(false);
    expect(entryMatches(entry, { ...director, IssueType__c: 'technical' })).toBe(true);
  });

  it('given custom filter logic, when evaluated, then the answer is unknown', () => {
    expect(entryMatches(anEntry({ booleanFilter: '1 OR 2' }), director)).toBe('unknown');
  });
});

describe('firstMatchingEntry', () => {
  it('given several matching entries, when a case is created, then the first in order wins', () => {
    const first = anEntry({ position: 1, formula: 'ISPICKVAL(IssueType__c, "staff")' });
    const second = anEntry({ position: 2, formula: 'ISPICKVAL(Origin, "Email")' });
    expect(firstMatchingEntry([first, second], director)).toEqual({
      entry: first,
      uncertain: false
    });
  });

  it('given an entry that cannot be evaluated before the match, when chosen, then the outcome is marked uncertain', () => {
    const unknown = anEntry({ position: 1, formula: 'CONTAINS(Subject, "x")' });
    const match = anEntry({ position: 2, formula: 'ISPICKVAL(Origin, "Email")' });
    expect(firstMatchingEntry([unknown, match], director)).toEqual({
      entry: match,
      uncertain: true
    });
  });

  it('given no matching entry, when a case is created, then no acknowledgement is sent', () => {
    const entry = anEntry({ formula: 'ISPICKVAL(Origin, "Web")' });
    expect(firstMatchingEntry([entry], director).entry).toBeNull();
  });
});
