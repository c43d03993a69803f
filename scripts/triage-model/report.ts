/** The text `npm run triage:eval` prints: figures, confusion matrices and the threshold curve. */
import { TOPIC_CLASSES } from './model';
import { compareText } from '../routing/phrases';
import { pct, type CurvePoint, type SetFigures } from './evaluate';

const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

function matrix(labels: readonly string[], rows: number[][]): string[] {
  const width = Math.max(14, ...labels.map((l, i) => `${i + 1} ${l}`.length)) + 1;
  const cell = Math.max(5, ...rows.flat().map((n) => String(n).length + 1));
  const short = labels.map((_, i) => `${i + 1}`);
  const lines = [`  ${pad('truth \\ routed', width)}${short.map((s) => lpad(s, cell)).join('')}`];
  rows.forEach((row, i) =>
    lines.push(
      `  ${pad(`${i + 1} ${labels[i]}`, width)}${row.map((n) => lpad(String(n), cell)).join('')}`
    )
  );
  return lines;
}

export function formatFigures(title: string, threshold: number, f: SetFigures): string[] {
  const lines = [
    title,
    `  at Manager Concern Threshold ${threshold.toFixed(2)}:`,
    `  right team and group        ${pct(f.rightTeamAndGroup)} of ${f.messages}`,
    `  HNW complaint recall        ${pct(f.hnwComplaintRecall)} of ${f.hnwComplaints} complaints about the account manager` +
      ` (${f.complaintsToManager} reached that manager)`,
    `  routine HNW to director     ${pct(f.routineHnwToDirector)} of ${f.hnwRoutine} routine HNW messages`,
    '',
    '  per class                   precision  recall  support'
  ];
  for (const c of [...f.topic, f.staff, f.aboutManager])
    lines.push(
      `  ${pad(c.label === 'aboutManager' ? 'about the manager (HNW staff)' : c.label === 'staff' ? 'staff concern' : `topic ${c.label}`, 28)}` +
        `${lpad(pct(c.precision), 9)}${lpad(pct(c.recall), 8)}${lpad(String(c.support), 9)}`
    );
  lines.push('', '  topic confusion (rows: truth, columns: triage)');
  lines.push(...matrix(TOPIC_CLASSES, f.topicConfusion));
  lines.push('', '  team/group confusion (rows: truth, columns: routed)');
  lines.push(...matrix(f.destinations, f.destinationConfusion));
  const breakdown = (name: string, rows: Record<string, { messages: number; right: number }>) =>
    `  right team and group by ${name}: ` +
    Object.entries(rows)
      .sort(([a], [b]) => compareText(a, b))
      .map(([k, v]) => `${k} ${pct(v.right / v.messages)} (${v.messages})`)
      .join(', ');
  lines.push('', breakdown('language', f.byLanguage), breakdown('channel', f.byChannel));
  return lines;
}

export function formatCurve(points: readonly CurvePoint[], marked: number[]): string[] {
  const lines = ['  threshold  complaint recall  routine HNW to director  right team and group'];
  for (const p of points) {
    const every = Math.round(p.threshold * 100) % 5 === 0;
    const mark = marked.some((m) => Math.abs(m - p.threshold) < 1e-9);
    if (!every && !mark) continue;
    lines.push(
      `  ${lpad(p.threshold.toFixed(2), 9)}${lpad(pct(p.hnwComplaintRecall), 18)}${lpad(pct(p.routineHnwToDirector), 25)}${lpad(pct(p.rightTeamAndGroup), 22)}${mark ? '  <' : ''}`
    );
  }
  return lines;
}
