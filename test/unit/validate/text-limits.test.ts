/** Text the org would refuse as too long: the documented limits, checked offline with file and line. */
import { loadMetadataTypes } from '../../../scripts/validate/metadata-types';
import { formatProblem, ValidationReport } from '../../../scripts/validate/report';
import { checkTextLimits, TEXT_LIMITS } from '../../../scripts/validate/text-limits';
import type { XmlDocuments } from '../../../scripts/validate/well-formed';
import { parseXmlTree } from '../../../scripts/validate/xml-tree';

const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';

function check(files: Record<string, string>): string[] {
  const report = new ValidationReport('/p');
  const documents: XmlDocuments = new Map(
    Object.entries(files).map(([file, xml]) => [`/p/${file}`, parseXmlTree(xml)])
  );
  checkTextLimits(documents, report);
  return report.sortedErrors().map(formatProblem);
}

const permissionSet = (description: string) =>
  `<PermissionSet ${NS}>\n<description>${description}</description>\n<label>Agents</label>\n</PermissionSet>`;

describe('checkTextLimits', () => {
  it('given a permission set description of 255 characters, when checked, then it passes, and at 256 it is reported with its line and source', () => {
    expect(check({ 'a.permissionset-meta.xml': permissionSet('x'.repeat(255)) })).toEqual([]);
    expect(check({ 'b.permissionset-meta.xml': permissionSet('x'.repeat(256)) })).toEqual([
      'b.permissionset-meta.xml:2: <description> of PermissionSet is 256 characters; the org stores at most 255 (Tooling API reference, PermissionSet) [schema]'
    ]);
  });

  it('given entities in the text, when checked, then each counts as the one character the org stores', () => {
    expect(check({ 'a.permissionset-meta.xml': permissionSet('&apos;'.repeat(255)) })).toEqual([]);
  });

  it('given a long text in a field or type without a documented limit, or nested deeper than the root, when checked, then nothing is reported', () => {
    const long = 'x'.repeat(5000);
    expect(
      check({
        'a.permissionset-meta.xml': `<PermissionSet ${NS}>\n<fieldPermissions><field>${long}</field></fieldPermissions>\n</PermissionSet>`,
        'b.flow-meta.xml': `<Flow ${NS}>\n<description>${long}</description>\n</Flow>`
      })
    ).toEqual([]);
  });

  it('given several files over their limits, when checked, then every one is reported, not just the first', () => {
    expect(
      check({
        'a.report-meta.xml': `<Report ${NS}>\n<description>${'x'.repeat(300)}</description>\n</Report>`,
        'b.field-meta.xml': `<CustomField ${NS}>\n<fullName>A__c</fullName>\n<label>${'y'.repeat(41)}</label>\n</CustomField>`
      })
    ).toEqual([
      'a.report-meta.xml:2: <description> of Report is 300 characters; the org stores at most 255 (Object Reference / Field Reference, Report) [schema]',
      'b.field-meta.xml:3: <label> of CustomField is 41 characters; the org stores at most 40 (Salesforce Help, Custom Field Attributes) [schema]'
    ]);
  });

  it('names only real fields of real Metadata API types, each once', () => {
    const types = loadMetadataTypes();
    for (const limit of TEXT_LIMITS)
      expect([limit.type, limit.field, types.object(limit.type)?.fields.has(limit.field)]).toEqual([
        limit.type,
        limit.field,
        true
      ]);
    const keys = TEXT_LIMITS.map((limit) => `${limit.type}.${limit.field}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
