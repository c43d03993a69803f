/**
 * The readable comparison printed by `npm run simulate` without --json: one table, baseline
 * against routed, then the targets and the warnings (what in the configuration the simulator
 * found missing or doubtful).
 */
import type { StrategyFigures } from './metrics';
import type { SimulationOutput } from './run';
import { checkTargets } from './targets';

type Cell = string;
interface Row {
  label: string;
  baseline: Cell;
  routed: Cell;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number | null, unit = '') => (x === null ? '–' : `${x}${unit}`);

function rows(b: StrategyFigures, r: StrategyFigures): Row[] {
  const row = (label: string, f: (m: StrategyFigures) => Cell): Row => ({
    label,
    baseline: f(b),
    routed: f(r)
  });
  return [
    row('Contacts', (m) => String(m.contacts)),
    row('Lost (no owner, no routing)', (m) => String(m.lost)),
    row('Misrouted (against the true team)', (m) => pct(m.misrouteRate)),
    row('Transfers', (m) => String(m.transfers)),
    row('Chat: first response within 10 s', (m) => pct(m.chat.firstResponseWithin10s)),
    row('Chat: first human response, p95', (m) => num(m.chat.humanFirstResponseP95Seconds, ' s')),
    row('Chat: abandoned', (m) => pct(m.chat.abandonRate)),
    row('Phone: answered within, p95', (m) => num(m.phone.answerP95Seconds, ' s')),
    row('Phone: abandoned', (m) => pct(m.phone.abandonRate)),
    row('Email: first human response, p95', (m) =>
      num(m.email.firstHumanResponseP95Minutes, ' min')
    ),
    row('Email: acknowledged automatically', (m) => pct(m.email.autoAckRate)),
    row('HNW: complaints sent to the accused manager', (m) =>
      String(m.hnw.complaintsToAccusedManager)
    )
  ];
}

/** A plain-text table (also valid Markdown) comparing the two strategies. */
export function comparisonTable(b: StrategyFigures, r: StrategyFigures): string {
  const all = rows(b, r);
  const head: Row = { label: 'Measure', baseline: 'baseline (today)', routed: 'routed (new)' };
  const w0 = Math.max(head.label.length, ...all.map((x) => x.label.length));
  const w1 = Math.max(head.baseline.length, ...all.map((x) => x.baseline.length));
  const w2 = Math.max(head.routed.length, ...all.map((x) => x.routed.length));
  const line = (x: Row) =>
    `| ${x.label.padEnd(w0)} | ${x.baseline.padStart(w1)} | ${x.routed.padStart(w2)} |`;
  return [
    line(head),
    `| ${'-'.repeat(w0)} | ${'-'.repeat(w1 - 1)}: | ${'-'.repeat(w2 - 1)}: |`,
    ...all.map(line)
  ].join('\n');
}

export function textReport(output: SimulationOutput): string {
  const { scenario, strategies, details } = output;
  const b = strategies.baseline;
  const r = strategies.routed;
  const lines: string[] = [];
  const agents = scenario.agents;
  lines.push(
    `Simulated ${scenario.days} day${scenario.days === 1 ? '' : 's'} (seed ${scenario.seed}, traffic ${scenario.traffic}): ` +
      `${scenario.expectedArrivalsPerDay.phone} calls, ${scenario.expectedArrivalsPerDay.email} emails and ${scenario.expectedArrivalsPerDay.chat} chats expected a day; ` +
      `${agents.rep} reps, ${agents.lead} team leads, ${agents.accountManager} account managers, ${agents.director} director` +
      (scenario.agentsScale !== 1 ? ` (reps and leads x${scenario.agentsScale})` : '') +
      '.'
  );
  const overrides = [
    ...Object.entries(scenario.pushTimeoutSeconds).map(([c, s]) => `push timeout ${c} ${s} s`),
    ...Object.entries(scenario.capacity).map(
      ([name, n]) => `capacity ${name === '*' ? 'of every presence configuration' : name} ${n}`
    )
  ];
  if (overrides.length > 0) lines.push(`What-if for routed: ${overrides.join(', ')}.`);
  lines.push('', comparisonTable(b, r), '');
  lines.push(
    `Push timeouts: ${details.baseline.pushTimeouts} baseline, ${details.routed.pushTimeouts} routed; ` +
      `fallbacks to a queue (skills or person unavailable): ${details.routed.fallbacks} routed.`
  );
  lines.push('', 'Targets for routed:');
  for (const check of checkTargets(b, r))
    lines.push(`  ${check.met ? '[x]' : '[ ]'} ${check.name} (${check.actual})`);
  if (scenario.warnings.length > 0) {
    lines.push('', 'Warnings (from the configuration and data read):');
    for (const warning of scenario.warnings) lines.push(`  - ${warning}`);
  }
  return lines.join('\n') + '\n';
}
