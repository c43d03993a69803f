/**
 * Edits of the routing custom metadata records, in the words a lead uses in Setup (field API names,
 * a rule deleted, a rule added): the shared routing scenarios use them to prove what the engines do
 * after such an edit. RoutingScenariosTest.cls applies the same edits to the org's records.
 */
import type { CustomMetadataRecord } from './metadata-records';
import { SETTINGS_RECORD } from './config';

type FieldValue = string | number | boolean | null;

export interface RecordEdits {
  /** By rule developer name: null deletes the rule; field values change it (or add it when new). */
  rules?: Record<string, Record<string, FieldValue> | null>;
  /** Field values of the Default settings record. */
  settings?: Record<string, FieldValue>;
  /** By routing factor developer name, like rules: null deletes, values change or add. */
  factors?: Record<string, Record<string, FieldValue> | null>;
}

/** The records of one type with edits by developer name applied (null deletes; new names add). */
function editByName(
  type: string,
  records: CustomMetadataRecord[],
  edits: Record<string, Record<string, FieldValue> | null>
): CustomMetadataRecord[] {
  const result = [...records];
  for (const [developerName, values] of Object.entries(edits)) {
    const index = result.findIndex((r) => r.developerName === developerName);
    if (values === null) {
      if (index < 0) throw new Error(`cannot delete ${type} ${developerName}: no such record`);
      result.splice(index, 1);
    } else if (index >= 0) {
      result[index] = withValues(result[index]!, values);
    } else {
      result.push(
        withValues(
          {
            type,
            developerName,
            label: developerName,
            file: `${type}.${developerName} (added by an edit)`,
            values: new Map()
          },
          values
        )
      );
    }
  }
  return result;
}

function withValues(
  record: CustomMetadataRecord,
  values: Record<string, FieldValue>
): CustomMetadataRecord {
  const merged = new Map(record.values);
  for (const [field, value] of Object.entries(values))
    merged.set(field, value === null ? undefined : String(value));
  return { ...record, values: merged };
}

/** A copy of the records with the edits applied (the records given are left as they are). */
export function applyRecordEdits(
  records: Map<string, CustomMetadataRecord[]>,
  edits: RecordEdits
): Map<string, CustomMetadataRecord[]> {
  const result = new Map(records);
  const rules = [...(records.get('RoutingRule') ?? [])];
  for (const [developerName, values] of Object.entries(edits.rules ?? {})) {
    const index = rules.findIndex((r) => r.developerName === developerName);
    if (values === null) {
      if (index < 0) throw new Error(`cannot delete rule ${developerName}: no such rule`);
      rules.splice(index, 1);
    } else if (index >= 0) {
      rules[index] = withValues(rules[index]!, values);
    } else {
      rules.push(
        withValues(
          {
            type: 'RoutingRule',
            developerName,
            label: developerName,
            file: `RoutingRule.${developerName} (added by an edit)`,
            values: new Map()
          },
          values
        )
      );
    }
  }
  result.set('RoutingRule', rules);
  if (edits.factors)
    result.set(
      'RoutingFactor',
      editByName('RoutingFactor', records.get('RoutingFactor') ?? [], edits.factors)
    );
  if (edits.settings) {
    result.set(
      'RoutingSetting',
      (records.get('RoutingSetting') ?? []).map((r) =>
        r.developerName === SETTINGS_RECORD ? withValues(r, edits.settings!) : r
      )
    );
  }
  return result;
}
