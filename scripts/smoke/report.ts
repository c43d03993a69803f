/** The smoke test's table: one row per comparison, differences marked, and the summary line. */
import type { Check } from './expect';

const MAX = 60;
const cell = (text: string) => (text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text);

export function formatChecks(checks: Check[]): string[] {
  const header = ['contact', 'check', 'expected (npm run route)', 'org', ''];
  const rows = checks.map((c) => [
    c.contact,
    c.check,
    cell(c.expected),
    cell(c.actual),
    c.ok ? 'ok' : 'DIFF'
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export function summary(checks: Check[]): string {
  const differences = checks.filter((c) => !c.ok).length;
  const contacts = new Set(checks.map((c) => c.contact)).size;
  return differences === 0
    ? `Smoke test passed: ${checks.length} checks on ${contacts} contacts, the org routes as npm run route predicts.`
    : `Smoke test FAILED: ${differences} of ${checks.length} checks differ from what npm run route predicts.`;
}
