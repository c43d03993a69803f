/**
 * What a validation run found and what it checked: problems with file and line, warnings, and
 * the counts the summary prints so a reader can see the gate actually looked at the tree.
 */
import path from 'node:path';

export type Check = 'project' | 'well-formed' | 'resolve' | 'convert' | 'schema' | 'reference';

export interface Problem {
  check: Check;
  /** Relative to the project root, forward slashes. */
  file: string;
  line?: number;
  message: string;
}

export class ValidationReport {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  /** Source files per metadata type (SDR type name). */
  readonly filesByType = new Map<string, number>();
  /** Cross-references checked, per kind (e.g. "queue → routing configuration"). */
  readonly referencesByKind = new Map<string, number>();
  readonly counts = {
    sourceFiles: 0,
    xmlFiles: 0,
    metadataFiles: 0,
    elements: 0,
    components: 0,
    convertedComponents: 0,
    configFiles: 0
  };
  readonly notes: string[] = [];

  constructor(readonly root: string) {}

  relative(file: string): string {
    const relative = path.isAbsolute(file) ? path.relative(this.root, file) : file;
    return relative.split(path.sep).join('/');
  }

  error(check: Check, file: string, message: string, line?: number): void {
    this.errors.push({ check, file: this.relative(file), message, ...(line ? { line } : {}) });
  }

  warn(check: Check, file: string, message: string, line?: number): void {
    this.warnings.push({ check, file: this.relative(file), message, ...(line ? { line } : {}) });
  }

  countType(type: string): void {
    this.filesByType.set(type, (this.filesByType.get(type) ?? 0) + 1);
  }

  countReference(kind: string): void {
    this.referencesByKind.set(kind, (this.referencesByKind.get(kind) ?? 0) + 1);
  }

  /** Errors ordered by file and line. */
  sortedErrors(): Problem[] {
    return [...this.errors].sort(byLocation);
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.message} [${problem.check}]`;
}

function byLocation(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/** The human-readable report: what was checked, then every warning and error. */
export function formatReport(report: ValidationReport): string {
  const lines: string[] = [];
  const { counts } = report;
  lines.push('Checked:');
  lines.push(
    `  ${counts.configFiles} project/scratch definition file(s) against @salesforce/schemas`
  );
  lines.push(
    `  ${counts.sourceFiles} source files: ${counts.xmlFiles} XML files parsed, ` +
      `${counts.components} components (children included) resolved by source-deploy-retrieve` +
      (counts.convertedComponents
        ? `, ${counts.convertedComponents} top-level components converted to Metadata API format`
        : '')
  );
  lines.push(
    `  ${counts.metadataFiles} metadata files, ${counts.elements} elements against @salesforce/types`
  );
  const types = [...report.filesByType].sort(([a], [b]) => a.localeCompare(b));
  if (types.length > 0) {
    lines.push('  files per type: ' + types.map(([type, n]) => `${type} ${n}`).join(', '));
  }
  const refs = [...report.referencesByKind].sort(([a], [b]) => a.localeCompare(b));
  const totalRefs = refs.reduce((sum, [, n]) => sum + n, 0);
  lines.push(`  ${totalRefs} cross-references`);
  for (const [kind, n] of refs) lines.push(`    ${kind}: ${n}`);
  for (const note of report.notes) lines.push(`  note: ${note}`);
  if (report.warnings.length > 0) {
    lines.push('', `Warnings (${report.warnings.length}, not failing):`);
    for (const w of [...report.warnings].sort(byLocation)) lines.push(`  ${formatProblem(w)}`);
  }
  lines.push('');
  if (report.ok) lines.push('Metadata is valid: no errors.');
  else {
    lines.push(`Errors (${report.errors.length}):`);
    for (const e of [...report.errors].sort(byLocation)) lines.push(`  ${formatProblem(e)}`);
    lines.push('', `Metadata validation failed with ${report.errors.length} error(s).`);
  }
  return lines.join('\n');
}

export function reportJson(report: ValidationReport): object {
  return {
    ok: report.ok,
    errors: [...report.errors].sort(byLocation),
    warnings: [...report.warnings].sort(byLocation),
    counts: report.counts,
    filesByType: Object.fromEntries(report.filesByType),
    referencesByKind: Object.fromEntries(report.referencesByKind),
    notes: report.notes
  };
}
