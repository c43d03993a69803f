/**
 * `--html FILE`: one self-contained page (inline CSS and SVG, no scripts, no external files) with
 * the comparison table and, per channel, the 95th-percentile wait and the abandonment rate by
 * hour of the day, baseline against routed.
 */
import { CHANNELS, type Channel } from '../routing/model';
import type { HourPoint } from './metrics';
import { comparisonTable } from './report';
import type { SimulationOutput } from './run';
import { checkTargets } from './targets';

const COLOURS = { baseline: '#c0392b', routed: '#1f6fb2' } as const;
const W = 560;
const H = 220;
const PAD = { left: 56, right: 12, top: 16, bottom: 34 };

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A "nice" upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (value <= step * power) return step * power;
  return 10 * power;
}

interface Series {
  name: 'baseline' | 'routed';
  values: (number | null)[];
}

function activeHours(b: HourPoint[], r: HourPoint[]): number[] {
  const hours = b.map((_, i) => i).filter((i) => b[i]!.contacts > 0 || r[i]!.contacts > 0);
  if (hours.length === 0) return [];
  const first = hours[0]!;
  const last = hours[hours.length - 1]!;
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

function frame(
  title: string,
  hours: number[],
  max: number,
  format: (v: number) => string
): string[] {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const out = [
    `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escape(title)}">`,
    `<title>${escape(title)}</title>`
  ];
  for (let k = 0; k <= 4; k++) {
    const y = PAD.top + plotH - (k / 4) * plotH;
    out.push(
      `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" class="grid"/>`,
      `<text x="${PAD.left - 6}" y="${(y + 4).toFixed(1)}" class="tick" text-anchor="end">${escape(format((k / 4) * max))}</text>`
    );
  }
  const step = plotW / Math.max(1, hours.length);
  hours.forEach((hour, i) => {
    const x = PAD.left + step * (i + 0.5);
    out.push(
      `<text x="${x.toFixed(1)}" y="${H - PAD.bottom + 16}" class="tick" text-anchor="middle">${String(hour).padStart(2, '0')}h</text>`
    );
  });
  return out;
}

function lineChart(title: string, hours: number[], series: Series[], unit: string): string {
  const values = series.flatMap((s) => hours.map((h) => s.values[h] ?? null));
  const max = niceMax(Math.max(0, ...values.filter((v): v is number => v !== null)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, hours.length);
  const out = frame(title, hours, max, (v) => `${Math.round(v)}${unit}`);
  for (const s of series) {
    const points: string[] = [];
    hours.forEach((hour, i) => {
      const v = s.values[hour];
      if (v === null || v === undefined) return;
      const x = PAD.left + step * (i + 0.5);
      const y = PAD.top + plotH - (v / max) * plotH;
      points.push(`${x.toFixed(1)},${y.toFixed(1)}`);
      out.push(
        `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3" fill="${COLOURS[s.name]}"><title>${s.name} ${String(hour).padStart(2, '0')}h: ${v}${unit}</title></circle>`
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

function barChart(title: string, hours: number[], series: Series[]): string {
  const values = series.flatMap((s) => hours.map((h) => s.values[h] ?? 0));
  const max = Math.min(1, niceMax(Math.max(0.01, ...values)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, hours.length);
  const barW = (step * 0.8) / series.length;
  const out = frame(title, hours, max, (v) => `${Math.round(v * 100)}%`);
  series.forEach((s, k) => {
    hours.forEach((hour, i) => {
      const v = s.values[hour];
      if (v === null || v === undefined) return;
      const h = (v / max) * plotH;
      const x = PAD.left + step * i + step * 0.1 + barW * k;
      out.push(
        `<rect x="${x.toFixed(1)}" y="${(PAD.top + plotH - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${COLOURS[s.name]}"><title>${s.name} ${String(hour).padStart(2, '0')}h: ${(v * 100).toFixed(1)}%</title></rect>`
      );
    });
  });
  out.push('</svg>');
  return out.join('');
}

const WAIT_LABEL: Record<Channel, { title: string; unit: string; scale: number }> = {
  chat: { title: 'Chat: first human response, p95 by hour of arrival', unit: ' s', scale: 1 },
  phone: { title: 'Phone: time to answer, p95 by hour of arrival', unit: ' s', scale: 1 },
  email: { title: 'Email: first human response, p95 by hour of arrival', unit: ' min', scale: 60 }
};

export function htmlReport(output: SimulationOutput): string {
  const { scenario, strategies, details } = output;
  const sections: string[] = [];
  for (const channel of CHANNELS) {
    const b = details.baseline.hourly[channel];
    const r = details.routed.hourly[channel];
    const hours = activeHours(b, r);
    if (hours.length === 0) continue;
    const label = WAIT_LABEL[channel];
    const waits = (points: HourPoint[]) =>
      points.map((p) =>
        p.p95WaitSeconds === null ? null : Math.round((p.p95WaitSeconds / label.scale) * 10) / 10
      );
    const abandon = (points: HourPoint[]) => points.map((p) => p.abandonRate);
    sections.push(
      `<section><h2>${channel[0]!.toUpperCase()}${channel.slice(1)}</h2><div class="charts">`,
      lineChart(
        label.title,
        hours,
        [
          { name: 'baseline', values: waits(b) },
          { name: 'routed', values: waits(r) }
        ],
        label.unit
      )
    );
    if (channel !== 'email')
      sections.push(
        barChart(
          `${channel[0]!.toUpperCase()}${channel.slice(1)}: abandoned, by hour of arrival`,
          hours,
          [
            { name: 'baseline', values: abandon(b) },
            { name: 'routed', values: abandon(r) }
          ]
        )
      );
    sections.push('</div></section>');
  }
  const table = comparisonTable(strategies.baseline, strategies.routed)
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
  const targets = checkTargets(strategies.baseline, strategies.routed)
    .map(
      (t) =>
        `<li class="${t.met ? 'met' : 'missed'}">${t.met ? '✔' : '✘'} ${escape(t.name)} (${escape(t.actual)})</li>`
    )
    .join('\n');
  const warnings = scenario.warnings.map((w) => `<li>${escape(w)}</li>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Routing simulation: baseline against routed</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#222;max-width:1200px}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem}td:not(:first-child){text-align:right}
.charts{display:flex;flex-wrap:wrap;gap:1rem}svg{background:#fafafa;border:1px solid #eee}
.grid{stroke:#e4e4e4}.tick{font-size:11px;fill:#555}
.legend span{display:inline-block;width:1rem;height:.6rem;margin:0 .3rem 0 1rem}
.met{color:#1e7b34}.missed{color:#b3261e}
</style>
</head>
<body>
<h1>Routing simulation: baseline (today) against routed (new configuration)</h1>
<p>${escape(`${scenario.days} day(s), seed ${scenario.seed}, traffic ${scenario.traffic}, agents x${scenario.agentsScale}`)}.
<span class="legend"><span style="background:${COLOURS.baseline}"></span>baseline<span style="background:${COLOURS.routed}"></span>routed</span></p>
<table>
${table}
</table>
<h2>Targets for routed</h2>
<ul>
${targets}
</ul>
${sections.join('\n')}
${warnings ? `<h2>Warnings</h2>\n<ul>\n${warnings}\n</ul>` : ''}
</body>
</html>
`;
}
