/**
 * `--html FILE`: one self-contained page (inline CSS and SVG, no scripts, no external files) with
 * the comparison table and, per channel, two charts by hour of arrival, baseline against routed:
 * the 95th-percentile wait over every contact, and the share abandoned (email: replied within the
 * target). Everything a reader needs is printed on the page, not left to tooltips: a title, axis
 * names with units, round ticks, hour labels that do not run together, and a sentence under each
 * chart saying what it shows.
 */
import { CHANNELS, type Channel } from '../routing/model';
import type { HourPoint } from './metrics';
import { assumptionLines, journeyTable } from './journey';
import { comparisonTable, duration, heldOutNote, WAIT_NOTE } from './report';
import type { SimulationOutput } from './run';
import { checkTargets } from './targets';

const COLOURS = { baseline: '#c0392b', routed: '#1f6fb2' } as const;
const W = 600;
const H = 280;
const PAD = { left: 70, right: 16, top: 16, bottom: 52 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Round axis ticks from 0 to at least `value`: a step of 1, 2 or 5 times a power of ten giving
 * three to six intervals (13 → 0, 5, 10, 15; 0.19 → 0, 0.05, …, 0.2).
 */
export function roundTicks(value: number): number[] {
  const top = value > 0 ? value : 1;
  const power = 10 ** Math.floor(Math.log10(top / 5));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => Math.ceil(top / s - 1e-9) <= 5)!;
  const count = Math.max(1, Math.ceil(top / step - 1e-9));
  // Rounded to the step's precision: 3 × 0.1 is 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toFixed(digits)));
}

/** Hour labels every `every` hours, so labels never run together (24 hours: every third). */
export function hourLabelStep(hours: number): number {
  return hours <= 12 ? 1 : hours <= 18 ? 2 : 3;
}

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

interface Series {
  name: 'baseline' | 'routed';
  values: (number | null)[];
  /** Points that are lower bounds (drawn hollow). */
  open?: boolean[];
}

interface Axis {
  /** Shown beside the y axis, with its unit. */
  name: string;
  /** Tick label for a value. */
  format: (v: number) => string;
}

function activeHours(b: HourPoint[], r: HourPoint[]): number[] {
  const hours = b.map((_, i) => i).filter((i) => b[i]!.contacts > 0 || r[i]!.contacts > 0);
  if (hours.length === 0) return [];
  const first = hours[0]!;
  const last = hours[hours.length - 1]!;
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

const yOf = (v: number, max: number) => PAD.top + PLOT_H - (v / max) * PLOT_H;

function frame(title: string, hours: number[], ticks: number[], axis: Axis): string[] {
  const max = ticks[ticks.length - 1]!;
  const out = [
    `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escape(title)}">`
  ];
  for (const tick of ticks) {
    const y = yOf(tick, max).toFixed(1);
    out.push(
      `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}" class="grid"/>`,
      `<text x="${PAD.left - 6}" y="${(Number(y) + 4).toFixed(1)}" class="tick" text-anchor="end">${escape(axis.format(tick))}</text>`
    );
  }
  const step = PLOT_W / Math.max(1, hours.length);
  const every = hourLabelStep(hours.length);
  hours.forEach((hour, i) => {
    const x = PAD.left + step * (i + 0.5);
    const bottom = PAD.top + PLOT_H;
    out.push(
      `<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${bottom}" y2="${bottom + 4}" class="axis"/>`
    );
    if (i % every === 0)
      out.push(
        `<text x="${x.toFixed(1)}" y="${bottom + 17}" class="tick hour" text-anchor="middle">${hourLabel(hour)}</text>`
      );
  });
  out.push(
    `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${PAD.top + PLOT_H}" y2="${PAD.top + PLOT_H}" class="axis"/>`,
    `<line x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${PAD.top + PLOT_H}" class="axis"/>`,
    `<text x="${PAD.left + PLOT_W / 2}" y="${H - 8}" class="axis-name" text-anchor="middle">Hour of arrival</text>`,
    `<text x="14" y="${PAD.top + PLOT_H / 2}" class="axis-name" text-anchor="middle" transform="rotate(-90 14 ${PAD.top + PLOT_H / 2})">${escape(axis.name)}</text>`
  );
  return out;
}

function lineChart(title: string, hours: number[], series: Series[], axis: Axis): string {
  const values = series.flatMap((s) => hours.map((h) => s.values[h] ?? null));
  const ticks = roundTicks(Math.max(0, ...values.filter((v): v is number => v !== null)));
  const max = ticks[ticks.length - 1]!;
  const step = PLOT_W / Math.max(1, hours.length);
  const out = frame(title, hours, ticks, axis);
  for (const s of series) {
    const points: string[] = [];
    hours.forEach((hour, i) => {
      const v = s.values[hour];
      if (v === null || v === undefined) return;
      const x = (PAD.left + step * (i + 0.5)).toFixed(1);
      const y = yOf(v, max).toFixed(1);
      points.push(`${x},${y}`);
      const open = s.open?.[hour] === true;
      out.push(
        `<circle cx="${x}" cy="${y}" r="3.5" fill="${open ? '#fff' : COLOURS[s.name]}" stroke="${COLOURS[s.name]}" stroke-width="1.5"><title>${s.name} ${hourLabel(hour)}: ${open ? 'more than ' : ''}${escape(axis.format(v))}</title></circle>`
      );
    });
    if (points.length > 1)
      out.push(
        `<polyline points="${points.join(' ')}" fill="none" stroke="${COLOURS[s.name]}" stroke-width="2"/>`
      );
  }
  out.push('</svg>');
  return out.join('');
}

function barChart(title: string, hours: number[], series: Series[], axis: Axis): string {
  const values = series.flatMap((s) => hours.map((h) => s.values[h] ?? 0));
  const ticks = roundTicks(Math.min(1, Math.max(0.01, ...values)));
  const max = ticks[ticks.length - 1]!;
  const step = PLOT_W / Math.max(1, hours.length);
  const barW = (step * 0.8) / series.length;
  const out = frame(title, hours, ticks, axis);
  series.forEach((s, k) => {
    hours.forEach((hour, i) => {
      const v = s.values[hour];
      if (v === null || v === undefined) return;
      const h = (v / max) * PLOT_H;
      const x = PAD.left + step * i + step * 0.1 + barW * k;
      out.push(
        `<rect x="${x.toFixed(1)}" y="${(PAD.top + PLOT_H - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${COLOURS[s.name]}"><title>${s.name} ${hourLabel(hour)}: ${(v * 100).toFixed(1)}%</title></rect>`
      );
    });
  });
  out.push('</svg>');
  return out.join('');
}

/** A chart with its visible title above and the sentence saying what it shows below. */
function figure(title: string, chart: string, sentence: string): string {
  return `<figure><h3>${escape(title)}</h3>${chart}<figcaption>${escape(sentence)}</figcaption></figure>`;
}

const NOUN: Record<Channel, { one: string; plural: string; wait: string; left: string }> = {
  chat: { one: 'chat', plural: 'chats', wait: 'wait for a person', left: 'left' },
  phone: { one: 'call', plural: 'calls', wait: 'wait to be answered', left: 'hung up' },
  email: { one: 'email', plural: 'emails', wait: 'wait for a reply', left: 'gave up' }
};

/** Seconds, minutes or hours, whichever keeps the axis numbers small. */
function waitUnit(maxSeconds: number): { name: string; short: string; seconds: number } {
  if (maxSeconds <= 120) return { name: 'seconds', short: 's', seconds: 1 };
  if (maxSeconds <= 120 * 60) return { name: 'minutes', short: 'min', seconds: 60 };
  return { name: 'hours', short: 'h', seconds: 3600 };
}

function channelSection(output: SimulationOutput, channel: Channel): string | null {
  const { details, strategies } = output;
  const b = details.baseline.hourly[channel];
  const r = details.routed.hourly[channel];
  const hours = activeHours(b, r);
  if (hours.length === 0) return null;
  const noun = NOUN[channel];
  const Channel = capitalised(channel);

  const longest = Math.max(0, ...[...b, ...r].map((p) => p.p95WaitSeconds ?? 0));
  const unit = waitUnit(longest);
  const waits = (points: HourPoint[]) =>
    points.map((p) =>
      p.p95WaitSeconds === null ? null : Math.round((p.p95WaitSeconds / unit.seconds) * 10) / 10
    );
  const open = (points: HourPoint[]) => points.map((p) => p.p95IsLowerBound);
  const waitTitle = `${Channel}: ${noun.wait}, 95th percentile by hour of arrival`;
  const waitChart = figure(
    waitTitle,
    lineChart(
      waitTitle,
      hours,
      [
        { name: 'baseline', values: waits(b), open: open(b) },
        { name: 'routed', values: waits(r), open: open(r) }
      ],
      { name: `p95 ${noun.wait} (${unit.name})`, format: (v) => `${v} ${unit.short}` }
    ),
    `Each point is the time within which 95% of the ${noun.plural} arriving in that hour had a person respond, ` +
      `counting every ${noun.one}: one nobody answered counts as not answered within the time it waited. ` +
      'A hollow point means more than 5% were never answered within that time, so the real figure is higher. Lower is better.'
  );

  /** Bars of a share per hour of arrival (0 to 100%), baseline against routed. */
  const shareChart = (
    title: string,
    share: (p: HourPoint) => number | null,
    axisName: string,
    sentence: string
  ) =>
    figure(
      title,
      barChart(
        title,
        hours,
        [
          { name: 'baseline', values: b.map(share) },
          { name: 'routed', values: r.map(share) }
        ],
        { name: axisName, format: (v) => `${Math.round(v * 100)}%` }
      ),
      sentence
    );
  const target = duration(strategies.routed.email.serviceLevelTargetSeconds);
  const second =
    channel === 'email'
      ? shareChart(
          `Email: replied by a person within ${target}, by hour of arrival`,
          (p) => p.serviceLevel,
          `replied within ${target} (% of emails)`,
          `Each bar is the share of the emails arriving in that hour that a person replied to within ${target}; ` +
            'emails that arrive after hours wait for the next morning. Higher is better.'
        )
      : shareChart(
          `${Channel}: abandoned, by hour of arrival`,
          (p) => p.abandonRate,
          `abandoned (% of ${noun.plural})`,
          `Each bar is the share of the ${noun.plural} arriving in that hour whose customer ${noun.left} before the end: ` +
            'waiting for a person, or after a transfer. Lower is better.'
        );
  return `<section><h2>${Channel}</h2><div class="charts">${waitChart}${second}</div></section>`;
}

/** A Markdown table (header, separator, rows) as HTML rows. */
function htmlRows(markdown: string): string {
  return markdown
    .split('\n')
    .filter((_, i) => i !== 1)
    .map((line, i) => {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => escape(c.trim()));
      const tag = i === 0 ? 'th' : 'td';
      return `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
    })
    .join('\n');
}

/** Knowledge and the survey per team and channel, and the assumptions behind them. */
function journeyHtml(output: SimulationOutput): string {
  const [, ...table] = journeyTable(
    output.details.baseline.journey,
    output.details.routed.journey
  ).split('\n');
  if (table.length === 0) return '';
  const { assumptions, articleTopics, source } = output.scenario.journey;
  const [title, ...items] = assumptionLines(assumptions, articleTopics, source);
  return `<h2>Knowledge and satisfaction survey, baseline → routed (modelled)</h2>
<table>
${htmlRows(table.join('\n'))}
</table>
<p class="note">${escape(title!)}</p>
<ul class="note">
${items.map((item) => `<li>${escape(item.replace(/^\s*- /, ''))}</li>`).join('\n')}
</ul>`;
}

export function htmlReport(output: SimulationOutput): string {
  const { scenario, strategies } = output;
  const sections = CHANNELS.map((channel) => channelSection(output, channel)).filter(
    (s): s is string => s !== null
  );
  const table = htmlRows(comparisonTable(strategies.baseline, strategies.routed));
  const targets = checkTargets(strategies.baseline, strategies.routed)
    .map(
      (t) =>
        `<li class="${t.met ? 'met' : 'missed'}">${t.met ? '✔' : '✘'} ${escape(t.name)} (${escape(t.actual)})</li>`
    )
    .join('\n');
  const warnings = scenario.warnings.map((w) => `<li>${escape(w)}</li>`).join('\n');
  const staffing =
    scenario.agentsScale === 1
      ? 'the teams as in the data'
      : `reps and leads working ${scenario.agentsScale} times their hours`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Routing simulation: baseline against routed</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#222;max-width:1260px}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem}td:not(:first-child){text-align:right}
.note{max-width:60rem;color:#444}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
figure{margin:0;max-width:${W}px}figure h3{font-size:1rem;margin:.4rem 0}
figcaption{font-size:.9rem;color:#444;margin-top:.3rem}
svg{background:#fafafa;border:1px solid #eee}
.grid{stroke:#e4e4e4}.axis{stroke:#888}.tick{font-size:12px;fill:#444}.axis-name{font-size:12px;fill:#222;font-weight:600}
.legend span{display:inline-block;width:1rem;height:.6rem;margin:0 .3rem 0 1rem}
.met{color:#1e7b34}.missed{color:#b3261e}
</style>
</head>
<body>
<h1>Routing simulation: baseline (today) against routed (new configuration)</h1>
<p>${escape(`${scenario.days} day${scenario.days === 1 ? '' : 's'} of traffic (seed ${scenario.seed}, traffic profile ${scenario.traffic}), ${staffing}.`)}
<span class="legend"><span style="background:${COLOURS.baseline}"></span>baseline (today)<span style="background:${COLOURS.routed}"></span>routed (new)</span></p>
<table>
${table}
</table>
<p class="note">${escape(WAIT_NOTE)}</p>
${heldOutNote(scenario)
  .map((line) => `<p class="note">${escape(line)}</p>`)
  .join('\n')}
<h2>Targets for routed</h2>
<ul>
${targets}
</ul>
<p class="note">${escape(
    'Why can a routed wait sit above the baseline one? Today every rep of a channel answers the single entry queue, so the first ' +
      'answer is quick, and then most contacts are transferred and wait again; routed contacts wait once, for the right team. ' +
      'Today a chat customer with no response leaves after 10 seconds, so the slowest chats drop out of the waits; routed chats ' +
      'are greeted at once and stay.'
  )}</p>
${journeyHtml(output)}
${sections.join('\n')}
${warnings ? `<h2>Warnings</h2>\n<ul>\n${warnings}\n</ul>` : ''}
</body>
</html>
`;
}
