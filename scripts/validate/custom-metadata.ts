/**
 * Custom metadata records (`customMetadata/<Type>.<Record>.md-meta.xml`) against their type
 * (`objects/<Type>__mdt`): the type exists, every value names a field of it, the xsi:type of each
 * value fits the field's type, picklist values are among the field's values, and required fields
 * have a value. A deploy fails on each of these; offline nothing else would notice.
 */
import type { SourceComponent } from '@salesforce/source-deploy-retrieve';
import type { Directories } from './directory';
import type { ReferenceContext } from './references';
import type { ValidationReport } from './report';
import { child, childrenNamed, descendants, isNil, type XmlElement } from './xml-tree';

/** xsi:type values a record value may carry, per custom field type. */
const VALUE_TYPES_BY_FIELD_TYPE: Readonly<Record<string, readonly string[]>> = {
  Checkbox: ['xsd:boolean'],
  Number: ['xsd:double', 'xsd:int', 'xsd:long'],
  Percent: ['xsd:double', 'xsd:int', 'xsd:long'],
  Date: ['xsd:date'],
  DateTime: ['xsd:dateTime'],
  Email: ['xsd:string'],
  LongTextArea: ['xsd:string'],
  MetadataRelationship: ['xsd:string'],
  Phone: ['xsd:string'],
  Picklist: ['xsd:string'],
  Text: ['xsd:string'],
  TextArea: ['xsd:string'],
  Url: ['xsd:string']
};

interface FieldInfo {
  type: string;
  required: boolean;
  /** Allowed values of a picklist field; undefined when not a picklist or not knowable. */
  picklistValues?: Set<string>;
}

function picklistValues(
  field: XmlElement,
  globalValueSets: Map<string, XmlElement>
): Set<string> | undefined {
  const local = descendants(field, ['valueSet', 'valueSetDefinition', 'value', 'fullName']);
  if (local.length > 0) return new Set(local.map((value) => value.text));
  const globalName = descendants(field, ['valueSet', 'valueSetName'])[0]?.text;
  const globalSet = globalName ? globalValueSets.get(globalName) : undefined;
  if (!globalSet) return undefined;
  return new Set(descendants(globalSet, ['customValue', 'fullName']).map((value) => value.text));
}

export function checkCustomMetadataRecords(
  context: ReferenceContext,
  directories: Directories,
  report: ValidationReport
): void {
  const byName = (type: string) =>
    new Map(
      context.resolved.components
        .filter((c) => c.type.name === type && c.xml && context.documents.has(c.xml))
        .map((c) => [c.fullName, context.documents.get(c.xml!)!] as const)
    );
  const fieldDocs = byName('CustomField');
  const globalValueSets = byName('GlobalValueSet');
  const fieldInfo = new Map<string, FieldInfo>();
  const info = (name: string): FieldInfo | undefined => {
    if (fieldInfo.has(name)) return fieldInfo.get(name);
    const doc = fieldDocs.get(name);
    if (!doc) return undefined;
    const found: FieldInfo = {
      type: child(doc, 'type')?.text ?? '',
      required: child(doc, 'required')?.text === 'true',
      picklistValues: picklistValues(doc, globalValueSets)
    };
    fieldInfo.set(name, found);
    return found;
  };
  const fieldsOfType = (file: string, object: string) =>
    [...directories.for(file).names('CustomField')].filter((name) => name.startsWith(`${object}.`));

  for (const record of context.resolved.components.filter(
    (c) => c.type.name === 'CustomMetadata'
  )) {
    const root = record.xml ? context.documents.get(record.xml) : undefined;
    if (!root || !record.xml) continue;
    checkRecord(record, root, record.xml);
  }

  function checkRecord(record: SourceComponent, root: XmlElement, file: string): void {
    const typeName = record.fullName.split('.')[0] ?? '';
    const object = `${typeName}__mdt`;
    report.countReference('custom metadata record → type');
    if (!directories.has(file, 'CustomObject', object)) {
      report.error(
        'reference',
        file,
        `custom metadata record of type ${typeName}: the type ${object} ${directories.missing(file, 'CustomObject', object)}`,
        root.line
      );
      return;
    }
    const present = new Set<string>();
    for (const value of childrenNamed(root, 'values')) {
      const fieldElement = child(value, 'field');
      if (!fieldElement) continue; // missing <field>: reported by the schema check
      const fieldName = fieldElement.text;
      const qualified = `${object}.${fieldName}`;
      report.countReference('custom metadata record → field');
      if (present.has(fieldName)) {
        report.error(
          'reference',
          file,
          `field ${fieldName} has more than one value`,
          fieldElement.line
        );
        continue;
      }
      present.add(fieldName);
      const field = info(qualified);
      if (!directories.has(file, 'CustomField', qualified) || !field) {
        report.error(
          'reference',
          file,
          `value for field ${fieldName}: ${qualified} ${directories.missing(file, 'CustomField', qualified)}`,
          fieldElement.line
        );
        continue;
      }
      const valueElement = child(value, 'value');
      if (!valueElement || isNil(valueElement)) {
        if (field.required)
          report.error('reference', file, `required field ${fieldName} has no value`, value.line);
        continue;
      }
      const xsiType = valueElement.attributes['xsi:type'];
      const allowed = VALUE_TYPES_BY_FIELD_TYPE[field.type];
      if (allowed && xsiType && !allowed.includes(xsiType)) {
        report.error(
          'reference',
          file,
          `value of ${fieldName} has xsi:type="${xsiType}" but the field is ${field.type} (use ${allowed.join(' or ')})`,
          valueElement.line
        );
      }
      if (field.picklistValues && !field.picklistValues.has(valueElement.text)) {
        report.error(
          'reference',
          file,
          `value "${valueElement.text}" of picklist ${fieldName} is not one of ${[...field.picklistValues].join(', ')}`,
          valueElement.line
        );
      }
    }
    for (const qualified of fieldsOfType(file, object)) {
      const fieldName = qualified.slice(object.length + 1);
      if (!present.has(fieldName) && info(qualified)?.required)
        report.error('reference', file, `required field ${fieldName} has no value`, root.line);
    }
  }
}
