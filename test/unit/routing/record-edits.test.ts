/** Edits of the routing records the way a lead makes them in Setup (used by the shared scenarios). */
import type { CustomMetadataRecord } from '../../../scripts/routing/metadata-records';
import { applyRecordEdits } from '../../../scripts/routing/record-edits';

const record = (
  type: string,
  developerName: string,
  values: Record<string, string>
): CustomMetadataRecord => ({
  type,
  developerName,
  label: developerName,
  file: `${type}.${developerName}.md-meta.xml`,
  values: new Map(Object.entries(values))
});

const records = () =>
  new Map<string, CustomMetadataRecord[]>([
    [
      'RoutingRule',
      [
        record('RoutingRule', 'A', { Order__c: '10' }),
        record('RoutingRule', 'B', { Order__c: '20' })
      ]
    ],
    ['RoutingSetting', [record('RoutingSetting', 'Default', { StaffMinScore__c: '2' })]]
  ]);

describe('record edits', () => {
  it('changes, deletes and adds rules by developer name and changes settings, leaving the originals alone', () => {
    const original = records();
    const edited = applyRecordEdits(original, {
      rules: { A: { Order__c: 30, IsActive__c: false }, B: null, C: { Order__c: 5 } },
      settings: { StaffMinScore__c: 20, DirectorRole__c: null }
    });
    const rules = edited.get('RoutingRule')!;
    expect(rules.map((r) => r.developerName)).toEqual(['A', 'C']);
    expect(rules[0]!.values.get('Order__c')).toBe('30');
    expect(rules[0]!.values.get('IsActive__c')).toBe('false');
    expect(rules[1]!.values.get('Order__c')).toBe('5');
    expect(edited.get('RoutingSetting')![0]!.values.get('StaffMinScore__c')).toBe('20');
    expect(edited.get('RoutingSetting')![0]!.values.get('DirectorRole__c')).toBeUndefined();
    expect(original.get('RoutingRule')!.map((r) => r.developerName)).toEqual(['A', 'B']);
    expect(original.get('RoutingRule')![0]!.values.get('Order__c')).toBe('10');
  });

  it('refuses to delete a rule that does not exist', () => {
    expect(() => applyRecordEdits(records(), { rules: { Nope: null } })).toThrow('no such rule');
  });
});
