/**
 * How a deploy reads on the terminal: one progress line when something changes, and at the end
 * every failure as `file:line:column  Type Name: problem` (paths relative to the repository), the
 * failed Apex tests with their first stack line, and coverage warnings.
 */
import path from 'node:path';

interface FileResponseLike {
  fullName: string;
  type: string;
  state: string;
  filePath?: string;
  lineNumber?: number;
  columnNumber?: number;
  error?: string;
  problemType?: 'Warning' | 'Error';
}

type OneOrMany<T> = T | T[] | undefined;

interface DeployMessageLike {
  fileName?: string;
  fullName?: string;
  componentType?: string;
  problem?: string;
  problemType?: string;
  lineNumber?: string | number;
  columnNumber?: string | number;
}

export interface DeployStatusLike {
  status?: string;
  success?: boolean | string;
  done?: boolean | string;
  checkOnly?: boolean | string;
  errorMessage?: string;
  errorStatusCode?: string;
  stateDetail?: string;
  numberComponentsDeployed?: number | string;
  numberComponentsTotal?: number | string;
  numberComponentErrors?: number | string;
  numberTestsCompleted?: number | string;
  numberTestsTotal?: number | string;
  numberTestErrors?: number | string;
  details?: {
    componentFailures?: OneOrMany<DeployMessageLike>;
    runTestResult?: {
      failures?: OneOrMany<{
        name: string;
        methodName: string;
        message: string;
        stackTrace?: string | null;
      }>;
      codeCoverageWarnings?: OneOrMany<{ name?: string | { $?: unknown }; message: string }>;
    };
  };
}

export interface DeployResultLike {
  response: DeployStatusLike;
  getFileResponses(): FileResponseLike[];
}

const list = <T>(value: OneOrMany<T>): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const num = (value: number | string | undefined) => Number(value ?? 0);

export function progressLine(status: DeployStatusLike): string {
  const parts = [
    `${status.status ?? 'Pending'}`,
    `components ${num(status.numberComponentsDeployed)}/${num(status.numberComponentsTotal)}`
  ];
  if (num(status.numberComponentErrors) > 0)
    parts.push(`${num(status.numberComponentErrors)} failed`);
  if (num(status.numberTestsTotal) > 0)
    parts.push(`tests ${num(status.numberTestsCompleted)}/${num(status.numberTestsTotal)}`);
  if (num(status.numberTestErrors) > 0) parts.push(`${num(status.numberTestErrors)} test failures`);
  if (status.stateDetail) parts.push(status.stateDetail);
  return `  ${parts.join(', ')}`;
}

/** `problem (12:5)` → `problem`: the location is printed in front instead. */
const withoutLocation = (problem: string, line?: number, column?: number) =>
  line !== undefined && column !== undefined
    ? problem.replace(new RegExp(` \\(${line}:${column}\\)$`), '')
    : problem;

function location(
  file: string | undefined,
  line?: number | string,
  column?: number | string
): string {
  if (!file) return '(no file)';
  return [file, line, line !== undefined ? column : undefined]
    .filter((p) => p !== undefined && p !== '')
    .join(':');
}

export function formatFailures(result: DeployResultLike, root: string): string[] {
  const lines: string[] = [];
  const relative = (file?: string) =>
    file ? path.relative(root, path.resolve(root, file)) || file : undefined;
  const failed = result
    .getFileResponses()
    .filter((r) => r.state === 'Failed' && r.problemType !== 'Warning');
  const seen = new Set<string>();
  for (const f of failed) {
    seen.add(`${f.type}|${f.fullName}`);
    lines.push(
      `  ${location(relative(f.filePath), f.lineNumber, f.columnNumber)}  ${f.type} ${f.fullName}: ${withoutLocation(f.error ?? 'failed', f.lineNumber, f.columnNumber)}`
    );
  }
  // Failures the component set cannot map to a file (package.xml, components the org names).
  for (const m of list(result.response.details?.componentFailures)) {
    if (m.problemType === 'Warning') continue;
    if (seen.has(`${m.componentType ?? ''}|${m.fullName ?? ''}`)) continue;
    lines.push(
      `  ${location(m.fileName, m.lineNumber, m.columnNumber)}  ${[m.componentType, m.fullName].filter(Boolean).join(' ')}: ${m.problem ?? 'failed'}`
    );
  }
  if (lines.length > 0) lines.unshift(`Component failures (${lines.length}):`);
  const tests = list(result.response.details?.runTestResult?.failures);
  if (tests.length > 0) {
    lines.push(`Apex test failures (${tests.length}):`);
    for (const t of tests) {
      lines.push(`  ${t.name}.${t.methodName}: ${t.message}`);
      const first = (t.stackTrace ?? '').split('\n')[0];
      if (first) lines.push(`    at ${first}`);
    }
  }
  const coverage = list(result.response.details?.runTestResult?.codeCoverageWarnings);
  if (coverage.length > 0) {
    lines.push('Code coverage:');
    for (const c of coverage)
      lines.push(`  ${typeof c.name === 'string' ? `${c.name}: ` : ''}${c.message}`);
  }
  if (lines.length === 0 && result.response.errorMessage)
    lines.push(
      `  ${result.response.errorStatusCode ? `${result.response.errorStatusCode}: ` : ''}${result.response.errorMessage}`
    );
  return lines;
}

export function succeeded(result: DeployResultLike): boolean {
  const { success, status } = result.response;
  return (success === true || success === 'true') && status === 'Succeeded';
}
