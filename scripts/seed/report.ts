/** What the seed prints: the plan per object, and after writing, what was written and what failed. */
import type { ApplyResult } from './apply';
import { countWrites, type ObjectPlan, type SeedPlan } from './plan-model';

const COLUMNS = ['create', 'update', 'delete', 'unchanged', 'skipped'] as const;
const MAX_LISTED = 12;

function counts(plan: ObjectPlan): Record<(typeof COLUMNS)[number], number> {
  return {
    create: plan.creates.length,
    update: plan.updates.length,
    delete: plan.deletes.length,
    unchanged: plan.unchanged,
    skipped: plan.skipped.length
  };
}

export function formatPlan(plan: SeedPlan, title: string): string[] {
  const width = Math.max(...plan.objects.map((p) => p.spec.label.length), 'total'.length) + 2;
  const row = (label: string, values: number[]) =>
    '  ' + label.padEnd(width) + values.map((v) => String(v).padStart(10)).join('');
  const lines = [title, '  ' + ''.padEnd(width) + COLUMNS.map((c) => c.padStart(10)).join('')];
  const total = COLUMNS.map(() => 0);
  for (const objectPlan of plan.objects) {
    const values = COLUMNS.map((c) => counts(objectPlan)[c]);
    values.forEach((v, i) => (total[i]! += v));
    lines.push(row(objectPlan.spec.label, values));
  }
  lines.push(row('total', total));
  for (const objectPlan of plan.objects) {
    const details: string[] = [];
    for (const u of objectPlan.updates.slice(0, MAX_LISTED))
      details.push(`update ${u.record.key}: ${u.changed.join(', ')}`);
    for (const d of objectPlan.deletes.slice(0, MAX_LISTED))
      details.push(`delete ${d.key}: ${d.reason}`);
    const shown =
      Math.min(objectPlan.updates.length, MAX_LISTED) +
      Math.min(objectPlan.deletes.length, MAX_LISTED);
    const hidden = objectPlan.updates.length + objectPlan.deletes.length - shown;
    if (hidden > 0) details.push(`… and ${hidden} more`);
    if (details.length > 0)
      lines.push(`  ${objectPlan.spec.label}:`, ...details.map((d) => `    ${d}`));
  }
  const skippedUsers = plan.objects.find((p) => p.spec.object === 'User')?.skipped ?? [];
  if (skippedUsers.length > 0)
    lines.push('  skipped users:', ...skippedUsers.map((s) => `    ${s.key}: ${s.reason}`));
  for (const warning of plan.warnings) lines.push(`! ${warning}`);
  for (const note of plan.notes) lines.push(`  note: ${note}`);
  return lines;
}

export const totalWrites = (plan: SeedPlan) =>
  plan.objects.reduce((sum, p) => sum + countWrites(p), 0);

export function formatResult(result: ApplyResult): string[] {
  const lines: string[] = [];
  const written = result.results
    .filter((r) => r.created + r.updated + r.deleted > 0)
    .map((r) => `${r.label}: ${r.created} created, ${r.updated} updated, ${r.deleted} deleted`);
  if (result.failures.length === 0) {
    const sum = (pick: (r: ApplyResult['results'][number]) => number) =>
      result.results.reduce((n, r) => n + pick(r), 0);
    lines.push(
      written.length > 0
        ? `Done: ${sum((r) => r.created)} created, ${sum((r) => r.updated)} updated, ${sum((r) => r.deleted)} deleted.`
        : 'Nothing written.'
    );
    return lines;
  }
  lines.push(
    `FAILED: ${result.failures.length} record${result.failures.length === 1 ? '' : 's'} could not be written:`
  );
  for (const f of result.failures)
    lines.push(`  ${f.object} ${f.key} (${f.operation}): ${f.error}`);
  lines.push(
    ...(result.stoppedWhile === 'removing'
      ? [
          `Stopped while removing ${result.stoppedAfter ?? 'records'}: records that depend on others are removed first, and nothing is written until every removal is done.`,
          `Written before stopping: ${written.length > 0 ? written.join('; ') : 'nothing'}.`
        ]
      : [
          'Everything else was written; a record that needs a refused one (its user, account or contact) is named above.',
          `Written: ${written.length > 0 ? written.join('; ') : 'nothing'}.`
        ])
  );
  if (result.notAttempted.length > 0)
    lines.push(
      `Not attempted: ${result.notAttempted.map((p) => `${p.spec.label} (${countWrites(p)} to write)`).join(', ')}.`
    );
  lines.push(
    'Fix the records above (data/ or the org) and run npm run seed again: it is idempotent, so it writes only what is still missing or different.'
  );
  return lines;
}
