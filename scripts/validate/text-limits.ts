/**
 * Step 3b: text the org would refuse as too long. The Metadata API types (@salesforce/types) give
 * each field's kind but not its length, so a description that passes step 3 can still fail the
 * deploy ("data value too large"). These are the lengths Salesforce documents for the text
 * fields this project writes, each with where it is documented.
 */
import type { ValidationReport } from './report';
import type { XmlDocuments } from './well-formed';

export interface TextLimit {
  /** Root element of the metadata file (the Metadata API type). */
  type: string;
  /** A direct child of the root. */
  field: string;
  /** Most characters the org stores. */
  max: number;
  /** Where the limit is documented. */
  source: string;
}

const TOOLING = 'Tooling API reference';
const FIELD_REFERENCE = 'Object Reference / Field Reference';

export const TEXT_LIMITS: readonly TextLimit[] = [
  { type: 'PermissionSet', field: 'description', max: 255, source: `${TOOLING}, PermissionSet` },
  { type: 'PermissionSet', field: 'label', max: 80, source: `${TOOLING}, PermissionSet` },
  {
    type: 'CustomPermission',
    field: 'description',
    max: 255,
    source: `${FIELD_REFERENCE}, CustomPermission`
  },
  {
    type: 'CustomPermission',
    field: 'label',
    max: 80,
    source: `${FIELD_REFERENCE}, CustomPermission`
  },
  {
    type: 'CustomApplication',
    field: 'description',
    max: 250,
    source: `${FIELD_REFERENCE}, AppMenuItem (250; AppDefinition says 255: the smaller)`
  },
  {
    type: 'CustomApplication',
    field: 'label',
    max: 40,
    source: `${FIELD_REFERENCE}, AppDefinition.MasterLabel`
  },
  { type: 'Dashboard', field: 'description', max: 255, source: `${FIELD_REFERENCE}, Dashboard` },
  {
    type: 'EntitlementProcess',
    field: 'description',
    max: 255,
    source: `${FIELD_REFERENCE}, SlaProcess`
  },
  { type: 'Report', field: 'description', max: 255, source: `${FIELD_REFERENCE}, Report` },
  {
    type: 'ReportType',
    field: 'description',
    max: 255,
    source: 'Salesforce Help, Create a Custom Report Type'
  },
  {
    type: 'ReportType',
    field: 'label',
    max: 50,
    source: 'Salesforce Help, Create a Custom Report Type'
  },
  {
    type: 'MilestoneType',
    field: 'description',
    max: 255,
    source: `${FIELD_REFERENCE}, MilestoneType`
  },
  {
    type: 'LightningComponentBundle',
    field: 'description',
    max: 255,
    source: `${TOOLING}, LightningComponentBundle`
  },
  {
    type: 'StaticResource',
    field: 'description',
    max: 255,
    source: `${FIELD_REFERENCE}, StaticResource`
  },
  {
    type: 'GlobalValueSet',
    field: 'description',
    max: 255,
    source: 'Metadata API reference, GlobalValueSet'
  },
  {
    type: 'ValidationRule',
    field: 'description',
    max: 255,
    source: 'Salesforce Help, Validation Rules Fields'
  },
  { type: 'ValidationRule', field: 'errorMessage', max: 255, source: `${TOOLING}, ValidationRule` },
  {
    type: 'CustomField',
    field: 'description',
    max: 1000,
    source: `${FIELD_REFERENCE}, FieldDefinition`
  },
  {
    type: 'CustomField',
    field: 'label',
    max: 40,
    source: 'Salesforce Help, Custom Field Attributes'
  },
  {
    type: 'EmailTemplate',
    field: 'description',
    max: 4000,
    source: `${FIELD_REFERENCE}, EmailTemplate`
  },
  { type: 'ApexPage', field: 'description', max: 1333, source: `${FIELD_REFERENCE}, ApexPageInfo` },
  { type: 'ApexPage', field: 'label', max: 80, source: `${FIELD_REFERENCE}, ApexPage.MasterLabel` },
  { type: 'Group', field: 'description', max: 1332, source: `${FIELD_REFERENCE}, Group` },
  {
    type: 'CustomMetadata',
    field: 'label',
    max: 40,
    source: `${FIELD_REFERENCE}, a custom metadata record's MasterLabel`
  }
];

/** Reports every text longer than its type's documented limit, with its line. */
export function checkTextLimits(
  documents: XmlDocuments,
  report: ValidationReport,
  limits: readonly TextLimit[] = TEXT_LIMITS
): void {
  const byType = new Map<string, TextLimit[]>();
  for (const limit of limits) byType.set(limit.type, [...(byType.get(limit.type) ?? []), limit]);
  for (const [file, root] of documents) {
    const rules = byType.get(root.name);
    if (!rules) continue;
    for (const element of root.children) {
      const rule = rules.find((r) => r.field === element.name);
      if (!rule || element.text.length <= rule.max) continue;
      report.error(
        'schema',
        file,
        `<${element.name}> of ${root.name} is ${element.text.length} characters; the org stores at most ${rule.max} (${rule.source})`,
        element.line
      );
    }
  }
}
