/**
 * Writes a seed plan: first every deletion, dependents first (an assignment before the licence it
 * needs, a skill before its service resource: Salesforce refuses to remove a permission set licence
 * while a permission set that needs it is assigned), then object by object in dependency order, 200
 * records per request (sObject collections; upsert by external id where records carry one), with
 * allOrNone false so every good record is written and every bad one is reported with its error.
 * After an object with failures the seed stops: later objects depend on earlier ones (contacts on
 * accounts, cases on contacts). A re-run finishes the job, since the seed is idempotent.
 */
import type { OrgApi, SaveResult } from '../provision/org-api';
import {
  isRef,
  type DesiredRecord,
  type FieldValue,
  type IdBook,
  type ObjectPlan,
  type SeedObject,
  type SeedPlan
} from './plan-model';

interface Failure {
  object: SeedObject;
  key: string;
  operation: 'create' | 'update' | 'delete';
  error: string;
}

interface ObjectResult {
  object: SeedObject;
  label: string;
  created: number;
  updated: number;
  deleted: number;
  failed: number;
}

export interface ApplyResult {
  results: ObjectResult[];
  failures: Failure[];
  /** The object after which the seed stopped because of failures. */
  stoppedAfter?: SeedObject;
  /** Set when it stopped while removing records (dependents are removed first); writes never stop it. */
  stoppedWhile?: 'removing';
  /** What was not attempted because of the failure: each plan holds only its remaining operations. */
  notAttempted: ObjectPlan[];
}

class UnresolvedReference extends Error {}

function payload(
  record: DesiredRecord,
  ids: IdBook,
  only?: string[]
): Record<string, Exclude<FieldValue, object>> {
  const out: Record<string, Exclude<FieldValue, object>> = {};
  for (const [field, value] of Object.entries(record.fields)) {
    if (only && !only.includes(field)) continue;
    if (isRef(value)) {
      const id = ids.resolve(value);
      if (!id)
        throw new UnresolvedReference(
          `needs ${value.ref} ${value.key}, which has no Id (it was not found or not written)`
        );
      out[field] = id;
    } else out[field] = value;
  }
  return out;
}

function describeErrors(result: SaveResult): string {
  const errors = result.errors ?? [];
  if (errors.length === 0) return 'failed without an error message';
  return errors
    .map(
      (e) => `${e.statusCode}: ${e.message}${e.fields?.length ? ` (${e.fields.join(', ')})` : ''}`
    )
    .join('; ');
}

function emptyResult(plan: ObjectPlan): ObjectResult {
  return {
    object: plan.spec.object,
    label: plan.spec.label,
    created: 0,
    updated: 0,
    deleted: 0,
    failed: 0
  };
}

async function applyDeletes(
  api: OrgApi,
  plan: ObjectPlan,
  result: ObjectResult
): Promise<Failure[]> {
  const failures: Failure[] = [];
  const answers = await api.destroy(plan.deletes.map((d) => d.id));
  answers.forEach((answer, i) => {
    if (answer.success) {
      result.deleted++;
      return;
    }
    failures.push({
      object: plan.spec.object,
      key: plan.deletes[i]!.key,
      operation: 'delete',
      error: describeErrors(answer)
    });
    result.failed++;
  });
  return failures;
}

async function applyObject(
  api: OrgApi,
  plan: ObjectPlan,
  ids: IdBook,
  result: ObjectResult
): Promise<Failure[]> {
  const { spec } = plan;
  const failures: Failure[] = [];
  const fail = (key: string, operation: Failure['operation'], error: string) => {
    failures.push({ object: spec.object, key, operation, error });
    result.failed++;
  };

  // Build payloads; a record whose parent has no Id fails here, without a request.
  const build = (
    records: {
      record: DesiredRecord;
      operation: Failure['operation'];
      id?: string;
      only?: string[];
    }[]
  ) => {
    const ready: {
      record: DesiredRecord;
      operation: Failure['operation'];
      body: Record<string, unknown>;
    }[] = [];
    for (const item of records) {
      try {
        const body: Record<string, unknown> = payload(item.record, ids, item.only);
        if (item.id) body.Id = item.id;
        ready.push({ record: item.record, operation: item.operation, body });
      } catch (error) {
        if (!(error instanceof UnresolvedReference)) throw error;
        fail(item.record.key, item.operation, error.message);
      }
    }
    return ready;
  };

  if (spec.write === 'upsert' && spec.externalIdField) {
    const ready = build([
      ...plan.creates.map((record) => ({ record, operation: 'create' as const })),
      ...plan.updates.map((u) => ({ record: u.record, operation: 'update' as const }))
    ]);
    if (ready.length > 0) {
      const answers = await api.upsert(
        spec.object,
        spec.externalIdField,
        ready.map((r) => r.body)
      );
      answers.forEach((answer, i) => {
        const item = ready[i]!;
        if (!answer.success) return fail(item.record.key, item.operation, describeErrors(answer));
        if (answer.id) ids.set(spec.object, item.record.key, answer.id);
        if (answer.created) result.created++;
        else result.updated++;
      });
    }
    return failures;
  }

  const creates = build(plan.creates.map((record) => ({ record, operation: 'create' as const })));
  if (creates.length > 0) {
    const answers = await api.create(
      spec.object,
      creates.map((c) => c.body)
    );
    answers.forEach((answer, i) => {
      const item = creates[i]!;
      if (!answer.success || !answer.id)
        return fail(item.record.key, 'create', describeErrors(answer));
      ids.set(spec.object, item.record.key, answer.id);
      result.created++;
    });
  }
  const updates = build(
    plan.updates.map((u) => ({
      record: u.record,
      operation: 'update' as const,
      id: u.id,
      only: u.changed
    }))
  );
  if (updates.length > 0) {
    const answers = await api.update(
      spec.object,
      updates.map((u) => u.body)
    );
    answers.forEach((answer, i) => {
      const item = updates[i]!;
      if (!answer.success) return fail(item.record.key, 'update', describeErrors(answer));
      result.updated++;
    });
  }
  return failures;
}

export async function applyPlan(
  api: OrgApi,
  plan: SeedPlan,
  ids: IdBook,
  progress: (line: string) => void = () => undefined
): Promise<ApplyResult> {
  const results = new Map<ObjectPlan, ObjectResult>();
  const resultOf = (objectPlan: ObjectPlan) => {
    const result = results.get(objectPlan) ?? emptyResult(objectPlan);
    results.set(objectPlan, result);
    return result;
  };
  const inOrder = () => plan.objects.filter((p) => results.has(p)).map((p) => results.get(p)!);
  const failures: Failure[] = [];
  const removalOrder = [...plan.objects].reverse();
  for (const [index, objectPlan] of removalOrder.entries()) {
    if (objectPlan.deletes.length === 0) continue;
    progress(`  removing ${objectPlan.spec.label} (${objectPlan.deletes.length})…`);
    const failed = await applyDeletes(api, objectPlan, resultOf(objectPlan));
    failures.push(...failed);
    if (failed.length > 0) {
      // Left: the removals not reached yet, and every create and update.
      const removalsLeft = new Set(removalOrder.slice(index + 1));
      const notAttempted = plan.objects
        .map((p) => ({ ...p, deletes: removalsLeft.has(p) ? p.deletes : [] }))
        .filter((p) => p.creates.length + p.updates.length + p.deletes.length > 0);
      return {
        results: inOrder(),
        failures,
        stoppedAfter: objectPlan.spec.object,
        stoppedWhile: 'removing',
        notAttempted
      };
    }
  }
  for (const objectPlan of plan.objects) {
    const writes = objectPlan.creates.length + objectPlan.updates.length;
    if (writes === 0) continue;
    progress(`  writing ${objectPlan.spec.label} (${writes})…`);
    const result = resultOf(objectPlan);
    const failed = await applyObject(api, objectPlan, ids, result);
    failures.push(...failed);
    progress(
      `  ${objectPlan.spec.label}: ${result.created} created, ${result.updated} updated, ${result.deleted} deleted` +
        (result.failed > 0 ? `, ${result.failed} FAILED` : '')
    );
    // A refused record does not stop the later objects: a record that needs it (its user, account…)
    // fails by name when its payload is built, without a request, and everything else is written.
  }
  return { results: inOrder(), failures, notAttempted: [] };
}
