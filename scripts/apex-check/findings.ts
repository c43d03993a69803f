/** What every check reports: a finding at a place in a file, an error or a warning. */
import path from 'node:path';

export type Severity = 'error' | 'warning';

export interface Finding {
  check: CheckName;
  severity: Severity;
  /** Absolute path of the real file (never of a temporary copy). */
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** The rule or category that produced it (`Missing`, `ApexCRUDViolation`, `prettier`). */
  rule: string;
}

export type CheckName = 'semantic' | 'pmd' | 'test-users' | 'format';

export interface CheckResult {
  check: CheckName;
  findings: Finding[];
  /** Set when the check did not run (the reason). */
  skipped?: string;
  /** A short line about what was checked (`42 files`, `65 rules`). */
  scope: string;
  millis: number;
}

/** `force-app/x/Y.cls:12:5` relative to `base`. */
function where(finding: Finding, base: string): string {
  const relative = path.relative(base, finding.file);
  const file = relative && !relative.startsWith('..') ? relative : finding.file;
  const line = finding.line ? `:${finding.line}${finding.column ? `:${finding.column}` : ''}` : '';
  return `${file}${line}`;
}

/** Parser messages list every token they expected; the list helps nobody reading a report. */
export function shortenParserMessage(message: string): string {
  return message.replace(/expecting \{[^}]{60,}\}/g, 'expecting something else');
}

export function formatFinding(finding: Finding, base: string): string {
  return `${where(finding, base)}: ${finding.severity}: ${finding.message} [${finding.rule}]`;
}
