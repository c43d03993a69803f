/**
 * The traffic mix of the held-out messages: one draw table per channel and segment, in which each
 * true destination (team and group) gets the share the traffic profile gives it, whatever the
 * frozen split's own proportions. A destination's share is the sum of the profile's topic x
 * issue-type weights that lead there by the decision table; within it, the messages are weighted
 * by their topic and issue type the same way, each stratum shared equally by its messages.
 *
 * Where the split has no message for a destination in a channel and segment (it has, for
 * instance, no high-net-worth chat about the online store), the messages of the same channel from
 * the other segment stand in when they lead to the same destination for this segment and name no
 * account manager (a checkout question reads the same from any client); with none, the
 * destination is left out and the cell's other destinations share its traffic. Each such cell is
 * a `MixGap`, printed with the results.
 */
import {
  CHANNELS,
  ISSUE_TYPES,
  TOPICS,
  type Channel,
  type IssueType,
  type Segment,
  type Topic
} from '../routing/model';
import { destinationOf } from '../triage-model/dataset';
import type { CorpusMessage } from './corpus';
import { destinationKey } from './model';
import { segmentWeights, type TrafficProfile } from './profile';
import { WeightedTable } from './random';

export type MessageTables = Record<Channel, Record<Segment, WeightedTable<CorpusMessage> | null>>;

/** A channel, segment and destination the profile sends traffic to but the messages lack. */
export interface MixGap {
  channel: Channel;
  segment: Segment;
  /** `TEAM/GROUP`, as destinationKey gives it. */
  destination: string;
  /** Share of the channel's contacts the profile gives this segment and destination. */
  share: number;
  /** Messages of the other segment standing in; 0 when the destination was left out. */
  borrowed: number;
}

export interface MessageMix {
  tables: MessageTables;
  gaps: MixGap[];
}

type Stratum = `${Topic | 'none'}|${IssueType}`;
const stratumOf = (m: CorpusMessage): Stratum => `${m.truth.topic ?? 'none'}|${m.truth.issueType}`;

/** The profile's weight of every topic x issue-type stratum, by destination, for one segment. */
function strataByDestination(
  profile: TrafficProfile,
  segment: Segment
): Map<string, Map<Stratum, number>> {
  const out = new Map<string, Map<Stratum, number>>();
  for (const topic of [...TOPICS, null])
    for (const issueType of ISSUE_TYPES) {
      const weight = profile.topicMix[topic ?? 'none'] * profile.issueTypeMix[issueType];
      if (!(weight > 0)) continue;
      const key = destinationKey(
        destinationOf(segment, { topic, issueType, aboutAccountManager: null })
      );
      const strata = out.get(key) ?? new Map<Stratum, number>();
      strata.set(`${topic ?? 'none'}|${issueType}`, weight);
      out.set(key, strata);
    }
  return out;
}

/** `pool`'s messages weighted so they add up to `share`, split by the strata's profile weights. */
function weighted(
  pool: CorpusMessage[],
  strata: Map<Stratum, number>,
  share: number
): [CorpusMessage, number][] {
  const counts = new Map<Stratum, number>();
  for (const m of pool) counts.set(stratumOf(m), (counts.get(stratumOf(m)) ?? 0) + 1);
  const present = [...counts.keys()].reduce((sum, s) => sum + (strata.get(s) ?? 0), 0);
  return pool.map((m) => {
    const s = stratumOf(m);
    // Strata the profile does not weight share equally only when no present stratum is weighted.
    const part = present > 0 ? (strata.get(s) ?? 0) / present : 1 / counts.size;
    return [m, (share * part) / counts.get(s)!];
  });
}

/** A message of the other segment as one of `segment`: same text, its destination for `segment`. */
function asSegment(m: CorpusMessage, segment: Segment): CorpusMessage {
  return { ...m, segment, truth: { ...m.truth, ...destinationOf(segment, m.truth) } };
}

export function messageTables(messages: CorpusMessage[], profile: TrafficProfile): MessageMix {
  const tables = {} as MessageTables;
  const gaps: MixGap[] = [];
  for (const channel of CHANNELS) {
    tables[channel] = { HNW: null, STANDARD: null };
    const ofChannel = messages.filter((m) => m.channel === channel);
    for (const [segment, segmentShare] of segmentWeights(profile, channel)) {
      const destinations = strataByDestination(profile, segment);
      const total = [...destinations.values()]
        .flatMap((strata) => [...strata.values()])
        .reduce((a, b) => a + b, 0);
      const entries: [CorpusMessage, number][] = [];
      for (const [destination, strata] of destinations) {
        const share = [...strata.values()].reduce((a, b) => a + b, 0) / total;
        const leadsHere = (m: CorpusMessage, as: Segment) =>
          destinationKey(destinationOf(as, m.truth)) === destination;
        let pool = ofChannel.filter((m) => m.segment === segment && leadsHere(m, segment));
        if (pool.length === 0) {
          pool = ofChannel
            .filter(
              (m) =>
                m.segment !== segment &&
                m.accountManager === null &&
                !m.truth.aboutAccountManager &&
                leadsHere(m, segment)
            )
            .map((m) => asSegment(m, segment));
          if (segmentShare > 0)
            gaps.push({
              channel,
              segment,
              destination,
              share: Math.round(segmentShare * share * 10000) / 10000,
              borrowed: pool.length
            });
        }
        entries.push(...weighted(pool, strata, share));
      }
      const table = new WeightedTable(entries);
      tables[channel][segment] = table.size > 0 ? table : null;
    }
  }
  return { tables, gaps };
}

/** One line per gap, for the report: what the held-out messages lacked and what stood in. */
export function describeGap(gap: MixGap): string {
  const segment = gap.segment === 'HNW' ? 'high-net-worth' : 'sub-$1M';
  const other = gap.segment === 'HNW' ? 'sub-$1M' : 'high-net-worth';
  const share = `${(gap.share * 100).toFixed(1)}% of ${gap.channel} contacts`;
  return gap.borrowed > 0
    ? `no held-out ${segment} ${gap.channel} message for ${gap.destination} (${share}): ${gap.borrowed} ${other} ${gap.channel} messages of that destination stand in`
    : `no held-out ${gap.channel} message for ${gap.destination} from either segment (${share}): left out, the other destinations share its traffic`;
}
