/**
 * The readable comparison printed by `npm run simulate` without --json: one table, baseline
 * against routed, then the targets and the warnings (what in the configuration the simulator
 * found missing or doubtful).
 */
import { CHANNELS, type Channel } from '../routing/model';
import type { FactorFigures, GroupWaits, ServiceLevel, StrategyFigures } from './metrics';
import { SERVICE_LEVEL_TARGET_SECONDS } from './metrics';
import type { SimulationOutput } from './run';
import { checkTargets } from './targets';
import { assumptionLines, journeyTable } from './journey';
import { milestoneTable } from './milestones';

type Cell = string;
interface Row {
  label: string;
  baseline: Cell;
  routed: Cell;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A duration a reader takes in at a glance: 45 s, 12 min, 14.6 h. */
export function duration(seconds: number): string {
  if (seconds < 100) return `${Math.round(seconds)} s`;
  if (seconds < 100 * 60) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

/**
 * A p95 cell: the wait; or, when more than 5% were never answered within it, "> wait" and the
 * share nobody answered at all.
 */
export function p95Cell(seconds: number | null, level: ServiceLevel): string {
  if (seconds === null) return '–';
  if (!level.p95IsLowerBound) return duration(seconds);
  return `> ${duration(seconds)} (${pct(level.unansweredRate)} unanswered)`;
}

function rows(b: StrategyFigures, r: StrategyFigures): Row[] {
  const row = (label: string, f: (m: StrategyFigures) => Cell): Row => ({
    label,
    baseline: f(b),
    routed: f(r)
  });
  const within = (seconds: number) => duration(seconds);
  return [
    row('Contacts', (m) => String(m.contacts)),
    row('Lost (no owner, no routing)', (m) => String(m.lost)),
    row('Misrouted (held-out messages, against the true team)', (m) => pct(m.misrouteRate)),
    row('Transfers', (m) => String(m.transfers)),
    row('Chat: any first response within 10 s', (m) => pct(m.chat.firstResponseWithin10s)),
    row(`Chat: a person within ${within(r.chat.serviceLevelTargetSeconds)}`, (m) =>
      pct(m.chat.serviceLevel)
    ),
    row('Chat: wait for a person, p95', (m) =>
      p95Cell(m.chat.humanFirstResponseP95Seconds, m.chat)
    ),
    row('Chat: abandoned', (m) => pct(m.chat.abandonRate)),
    row(`Phone: answered within ${within(r.phone.serviceLevelTargetSeconds)}`, (m) =>
      pct(m.phone.serviceLevel)
    ),
    row('Phone: wait to be answered, p95', (m) => p95Cell(m.phone.answerP95Seconds, m.phone)),
    row('Phone: abandoned', (m) => pct(m.phone.abandonRate)),
    row(`Email: a person replied within ${within(r.email.serviceLevelTargetSeconds)}`, (m) =>
      pct(m.email.serviceLevel)
    ),
    row('Email: wait for a reply, p95', (m) =>
      p95Cell(
        m.email.firstHumanResponseP95Minutes === null
          ? null
          : m.email.firstHumanResponseP95Minutes * 60,
        m.email
      )
    ),
    row('Email: acknowledged automatically', (m) => pct(m.email.autoAckRate)),
    row('HNW: complaints sent to the accused manager (held-out)', (m) =>
      String(m.hnw.complaintsToAccusedManager)
    )
  ];
}

/**
 * Where the contacts' texts come from, printed with every result: the misroute and complaint
 * figures are only as honest as the messages they are measured on.
 */
export function heldOutNote(scenario: SimulationOutput['scenario']): string[] {
  const h = scenario.heldOut;
  const left =
    h.sameTextAsTraining > 0
      ? `; ${h.sameTextAsTraining} of them are left out because a training message has the same text`
      : '';
  return [
    `Misroute and complaint figures are measured on held-out messages: every contact says one of ${h.messages} ` +
      `messages of ${h.files.join(', ')}, the frozen split that neither the Triage Phrases nor the learned model ` +
      `were trained on${left}. Their true team follows from their labels by the decision table; the teams' ` +
      'account managers stand in for the managers the messages name.',
    ...h.gaps.map((gap) => `Traffic mix: ${gap}.`)
  ];
}

/** What the wait rows mean, printed under the table. */
export const WAIT_NOTE =
  'Waits count every contact: shares are of all contacts, and a contact nobody answered (hung up, left the chat, ' +
  'still waiting when the run ended) counts as not answered within the time it waited. "> X" means more than 5% ' +
  'were not answered within X, so the p95 lies beyond it (or is never, when they gave up).';

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

const CHANNEL_NAMES: Record<Channel, string> = { chat: 'Chat', phone: 'Phone', email: 'Email' };
const WITHIN: Record<Channel, string> = {
  chat: 'a person within',
  phone: 'answered within',
  email: 'a person replied within'
};

/**
 * The routing factors' effect, as a table: non-English customers (served in their language, and
 * their waits) and angry or urgent customers against everyone else, per channel, for today, for
 * `routed` without the factors (when run) and for `routed`.
 */
function factorTable(columns: { name: string; figures: FactorFigures }[]): string {
  const rows: string[][] = [];
  const add = (label: string, cell: (f: FactorFigures) => string) =>
    rows.push([label, ...columns.map((c) => cell(c.figures))]);
  const waits = (label: string, group: (f: FactorFigures) => Record<Channel, GroupWaits>) => {
    for (const channel of CHANNELS) {
      const target = duration(SERVICE_LEVEL_TARGET_SECONDS[channel]);
      add(`${label}, ${CHANNEL_NAMES[channel].toLowerCase()}: contacts`, (f) =>
        String(group(f)[channel].contacts)
      );
      add(`${label}, ${CHANNEL_NAMES[channel].toLowerCase()}: ${WITHIN[channel]} ${target}`, (f) =>
        pct(group(f)[channel].serviceLevel)
      );
      add(`${label}, ${CHANNEL_NAMES[channel].toLowerCase()}: mean wait`, (f) => {
        const mean = group(f)[channel].meanWaitedSeconds;
        return mean === null ? '–' : duration(mean);
      });
    }
  };
  add('Non-English: contacts', (f) => String(f.nonEnglish.contacts));
  add('Non-English: served by a speaker of their language', (f) =>
    pct(f.nonEnglish.servedInLanguage)
  );
  waits('Non-English', (f) => f.nonEnglish);
  waits('Angry or urgent', (f) => f.angryOrUrgent);
  waits('Everyone else', (f) => f.others);
  const head = ['Routing factors', ...columns.map((c) => c.name)];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [
    line(head),
    `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`,
    ...rows.map(line)
  ].join('\n');
}

/** What the factor table means, printed under it. */
const FACTOR_NOTE =
  "Non-English: customers of the profile's languages. Angry or urgent: the mood and urgency factors find a signal in " +
  'their text (the same contacts in every column). Mean wait counts every contact until a person answered or it left.';

/** Knowledge and the survey per team and channel, with the assumptions they rest on. */
function journeySection(output: SimulationOutput): string[] {
  const { journey } = output.scenario;
  return [
    journeyTable(output.details.baseline.journey, output.details.routed.journey),
    '',
    ...assumptionLines(journey.assumptions, journey.articleTopics, journey.source)
  ];
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
      (scenario.agentsScale !== 1
        ? ` (reps and leads x${scenario.agentsScale}: the working hours of ${scenario.fullTimeEquivalents.rep} reps ` +
          `and ${scenario.fullTimeEquivalents.lead} leads)`
        : '') +
      '.'
  );
  const overrides = [
    ...Object.entries(scenario.pushTimeoutSeconds).map(([c, s]) => `push timeout ${c} ${s} s`),
    ...Object.entries(scenario.capacity).map(
      ([name, n]) => `capacity ${name === '*' ? 'of every presence configuration' : name} ${n}`
    )
  ];
  if (overrides.length > 0) lines.push(`What-if for routed: ${overrides.join(', ')}.`);
  lines.push('', comparisonTable(b, r), '', WAIT_NOTE, '', ...heldOutNote(scenario), '');
  lines.push(
    `Push timeouts: ${details.baseline.pushTimeouts} baseline, ${details.routed.pushTimeouts} routed; ` +
      `fallbacks to a queue (skills or person unavailable): ${details.routed.fallbacks} routed.`
  );
  const milestones = milestoneTable(details.baseline.milestones, details.routed.milestones);
  if (milestones !== '') lines.push('', milestones);
  lines.push('', ...journeySection(output));
  const factorColumns = [
    { name: 'baseline (today)', figures: details.baseline.factors },
    ...(output.routedWithoutFactors
      ? [{ name: 'routed, no factors', figures: output.routedWithoutFactors }]
      : []),
    {
      name: scenario.routingFactors ? 'routed (new)' : 'routed, no factors',
      figures: details.routed.factors
    }
  ];
  lines.push(
    '',
    scenario.routingFactors
      ? 'Routing factors (language as an additional skill, priority for angry or urgent customers):'
      : 'Routing factors are off (--no-factors, or no active Routing Factor): routed uses neither priority nor language skills.',
    '',
    factorTable(factorColumns),
    '',
    FACTOR_NOTE
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
