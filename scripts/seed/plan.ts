/**
 * Compares what the data asks for with what the org has, object by object: create what is
 * missing, update only the fields that differ (so a second run writes nothing), replace what
 * cannot be updated, and delete what seeded users no longer should have (a membership, a skill).
 */
import { OPERATOR_KEY, type DesiredSet } from './desired';
import { OBJECT_SPECS } from './object-specs';
import {
  isRef,
  type DesiredRecord,
  type ExistingRecord,
  type FieldKind,
  type FieldValue,
  type IdBook,
  type ObjectPlan,
  type ObjectSpec,
  type SeedObject,
  type SeedPlan,
  type Update
} from './plan-model';

const blank = (v: unknown) => v === null || v === undefined || v === '';

/** Whether the org's value already is the desired one, by the field's kind. */
function sameValue(kind: FieldKind, desired: FieldValue, existing: unknown, ids: IdBook): boolean {
  if (isRef(desired)) {
    const id = ids.resolve(desired);
    return (
      id !== undefined && typeof existing === 'string' && id.slice(0, 15) === existing.slice(0, 15)
    );
  }
  if (blank(desired) || blank(existing)) return blank(desired) && blank(existing);
  switch (kind) {
    case 'number':
      return Number(existing) === Number(desired);
    case 'boolean':
      return Boolean(existing) === Boolean(desired);
    case 'datetime':
      return Date.parse(String(existing)) === Date.parse(String(desired));
    case 'multipicklist': {
      const split = (v: unknown) => String(v).split(';').filter(Boolean).sort().join(';');
      return split(existing) === split(desired);
    }
    case 'id':
      return String(existing).slice(0, 15) === String(desired).slice(0, 15);
    default:
      return String(existing).replace(/\r\n/g, '\n') === String(desired).replace(/\r\n/g, '\n');
  }
}

function kindOf(spec: ObjectSpec, field: string, value: FieldValue): FieldKind {
  const declared = spec.kinds[field];
  if (declared) return declared;
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}

/** Fields whose org value differs from the desired one (create-only fields are not compared). */
function changedFields(
  spec: ObjectSpec,
  record: DesiredRecord,
  existing: ExistingRecord,
  ids: IdBook
): string[] {
  return Object.entries(record.fields)
    .filter(([field]) => !spec.createOnly.includes(field) && field !== spec.externalIdField)
    .filter(
      ([field, value]) => !sameValue(kindOf(spec, field, value), value, existing.values[field], ids)
    )
    .map(([field]) => field);
}

/** The user a seeded agent record belongs to: its key is the user's key, or starts with it and `|`. */
const ownerOf = (key: string) => key.split('|')[0]!;

/**
 * The plan for one object. `existing` undefined means the org is unknown (planning from data
 * alone): every record is a create, and records the seed only updates are listed as updates.
 */
function planObject(
  spec: ObjectSpec,
  desired: DesiredRecord[],
  existing: Map<string, ExistingRecord> | undefined,
  ids: IdBook,
  skipped: ObjectPlan['skipped'] = [],
  keptOwners: ReadonlySet<string> = new Set()
): ObjectPlan {
  const plan: ObjectPlan = { spec, creates: [], updates: [], deletes: [], unchanged: 0, skipped };
  const wanted = new Set(desired.map((r) => r.key));
  for (const record of desired) {
    const found = existing?.get(record.key);
    if (!found) {
      if (record.updateOnly) {
        if (!existing) plan.updates.push({ record, id: '', changed: Object.keys(record.fields) });
        else
          plan.skipped.push({
            key: record.key,
            reason: record.missingReason ?? 'not found in the org'
          });
      } else plan.creates.push(record);
      continue;
    }
    const changed = changedFields(spec, record, found, ids);
    const replace = changed.filter((f) => spec.replaceOn.includes(f));
    if (replace.length > 0) {
      plan.deletes.push({
        key: record.key,
        id: found.id,
        reason: `replaced: ${replace.join(', ')} changes`
      });
      plan.creates.push(record);
    } else if (changed.length > 0) {
      plan.updates.push({ record, id: found.id, changed } satisfies Update);
    } else plan.unchanged++;
  }
  if (spec.prune && existing) {
    // Never removed: the admin's own records (the seed only adds to them: the admin may have given
    // themselves more), and those of a user skipped for want of a licence (still in the data).
    for (const [key, record] of existing) {
      const owner = ownerOf(key);
      if (!wanted.has(key) && owner !== OPERATOR_KEY && !keptOwners.has(owner))
        plan.deletes.push({ key, id: record.id, reason: 'no longer in the data' });
    }
  }
  return plan;
}

/** The whole plan, in write order. */
export function planSeed(
  desired: DesiredSet,
  existing: Map<SeedObject, Map<string, ExistingRecord>> | undefined,
  ids: IdBook
): SeedPlan {
  // Users skipped (no licence to create or reactivate them): their records in the org stay.
  const skippedUsers = new Set((desired.skipped.get('User') ?? []).map((s) => s.key));
  return {
    objects: OBJECT_SPECS.map((spec) =>
      planObject(
        spec,
        desired.records.get(spec.object) ?? [],
        existing ? (existing.get(spec.object) ?? new Map()) : undefined,
        ids,
        [...(desired.skipped.get(spec.object) ?? [])],
        skippedUsers
      )
    ),
    warnings: desired.warnings,
    notes: desired.notes
  };
}
