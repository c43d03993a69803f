/**
 * Milestone attainment in the simulation: for each contact, whether its first response and its
 * resolution came within the targets of its segment, channel and team, read from the entitlement
 * processes under force-app (scripts/service-levels/targets.ts), the same minutes the org enforces.
 * First response: chat a person's first message, phone the answer, email a person's reply.
 * Resolution: the end of the handling that answered it (the simulation models one handling per
 * contact, so a transferred contact is resolved by the last rep). A contact nobody answered missed
 * both. Counted by the team the contact truly belongs to, so both strategies are compared on the
 * same contacts.
 */
import { CHANNELS, TEAMS, type Channel, type Segment, type Team } from '../routing/model';
import { MINUTE } from './model';
import type { MilestoneTargets } from '../service-levels/targets';

export interface MilestoneRow {
  team: Team;
  channel: Channel;
  contacts: number;
  /** Share of the contacts whose first response met its target. */
  firstResponse: number;
  /** Share of the contacts resolved within the target. */
  resolution: number;
}

interface Counts {
  contacts: number;
  firstResponse: number;
  resolution: number;
}

export class MilestoneAttainment {
  private readonly counts = new Map<string, Counts>();

  constructor(private readonly targets: MilestoneTargets | null) {}

  /**
   * @param firstResponseMs wait until the first response, or -1 when there was none
   * @param resolutionMs time from arrival to resolution, or -1 when it was never resolved
   */
  record(
    team: Team,
    channel: Channel,
    segment: Segment,
    firstResponseMs: number,
    resolutionMs: number
  ): void {
    if (!this.targets || this.targets.isEmpty) return;
    const key = `${team}/${channel}`;
    const counts = this.counts.get(key) ?? { contacts: 0, firstResponse: 0, resolution: 0 };
    counts.contacts++;
    const first = this.targets.minutes(segment, channel, team, 'First_Response');
    const resolution = this.targets.minutes(segment, channel, team, 'Resolution');
    if (first !== null && firstResponseMs >= 0 && firstResponseMs <= first * MINUTE)
      counts.firstResponse++;
    if (resolution !== null && resolutionMs >= 0 && resolutionMs <= resolution * MINUTE)
      counts.resolution++;
    this.counts.set(key, counts);
  }

  /** One row per team and channel that had contacts, in the order of TEAMS and CHANNELS. */
  rows(): MilestoneRow[] {
    const rows: MilestoneRow[] = [];
    for (const team of TEAMS)
      for (const channel of CHANNELS) {
        const c = this.counts.get(`${team}/${channel}`);
        if (!c || c.contacts === 0) continue;
        rows.push({
          team,
          channel,
          contacts: c.contacts,
          firstResponse: Math.round((c.firstResponse / c.contacts) * 10000) / 10000,
          resolution: Math.round((c.resolution / c.contacts) * 10000) / 10000
        });
      }
    return rows;
  }
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The closing table: first-response and resolution attainment per team and channel, baseline vs routed. */
export function milestoneTable(baseline: MilestoneRow[], routed: MilestoneRow[]): string {
  if (routed.length === 0 && baseline.length === 0) return '';
  const key = (r: MilestoneRow) => `${r.team}/${r.channel}`;
  const base = new Map(baseline.map((r) => [key(r), r]));
  const lines = [
    'Milestone attainment (targets from the entitlement processes), baseline -> routed:',
    '| team | channel | contacts | first response | resolution |',
    '| --- | --- | ---: | ---: | ---: |'
  ];
  for (const r of routed) {
    const b = base.get(key(r));
    const pair = (get: (row: MilestoneRow) => number) =>
      `${b ? percent(get(b)) : '-'} -> ${percent(get(r))}`;
    lines.push(
      `| ${r.team} | ${r.channel} | ${r.contacts} | ${pair((x) => x.firstResponse)} | ${pair((x) => x.resolution)} |`
    );
  }
  return lines.join('\n');
}
