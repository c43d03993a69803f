/** How `npm run apex:check` prints its findings: errors in full, warnings counted per rule. */
import type { CheckResult, Finding } from './findings';
import { formatFinding } from './findings';
import type { ApexCheckReport } from './run';

function seconds(millis: number): string {
  return `${(millis / 1000).toFixed(1)} s`;
}

function byRule(warnings: Finding[]): string {
  const counts = new Map<string, number>();
  for (const warning of warnings) counts.set(warning.rule, (counts.get(warning.rule) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([rule, count]) => `${rule} ×${count}`)
    .join(', ');
}

/** The lines for one finished check. */
export function checkLines(result: CheckResult, base: string, verbose: boolean): string[] {
  const lines: string[] = [];
  if (result.skipped) {
    lines.push(`  SKIPPED: ${result.skipped}`);
    return lines;
  }
  const errors = result.findings.filter((finding) => finding.severity === 'error');
  const warnings = result.findings.filter((finding) => finding.severity === 'warning');
  for (const error of errors) lines.push(`  ${formatFinding(error, base)}`);
  if (verbose) for (const warning of warnings) lines.push(`  ${formatFinding(warning, base)}`);
  else if (warnings.length > 0)
    lines.push(`  warnings by rule: ${byRule(warnings)} (--verbose lists them)`);
  const verdict = errors.length === 0 ? 'passed' : 'FAILED';
  lines.push(
    `  ${verdict}: ${errors.length} error(s), ${warnings.length} warning(s); ${result.scope} (${seconds(result.millis)})`
  );
  return lines;
}

export function summaryLines(report: ApexCheckReport): string[] {
  const lines = [''];
  if (report.skipped.length > 0) {
    const names = report.skipped.map((skip) => skip.check).join(' and ');
    lines.push(
      report.skipIsFailure
        ? `apex:check: ${names} could not run and CI is set: CI must run every check. ${report.skipped[0]?.reason}`
        : `apex:check: WARNING: ${names} skipped (${report.skipped[0]?.reason}); set CI to make this fatal.`
    );
  }
  const counts = `${report.errors.length} error(s) and ${report.warnings.length} warning(s)`;
  lines.push(
    report.ok ? `apex:check: passed with ${counts}.` : `apex:check: FAILED with ${counts}.`
  );
  return lines;
}
