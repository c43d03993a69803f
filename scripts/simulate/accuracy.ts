/**
 * How well the routing rules classify the labelled corpus, message by message: every corpus line
 * is routed once through the engine (as `npm run route` would) for a typical customer of its
 * segment, and compared with its true team and group. Leads use the list of misroutes to decide
 * which Triage Phrases to add or reweight; the simulator's `misrouteRate` is this, weighted by
 * the traffic mix.
 */
import type { RoutingEngine } from '../routing/engine';
import { contactFromJson } from '../routing/input';
import type { CorpusMessage } from './corpus';
import { destinationKey } from './model';

interface Misroute {
  id: string;
  channel: string;
  segment: string;
  expected: string;
  got: string;
  rule: string;
  /** Why the engine decided as it did (its reasons). */
  reasons: string[];
  text: string;
}

export interface CorpusAccuracy {
  messages: number;
  misrouted: number;
  rate: number;
  /** Misroutes per true destination (team/group). */
  byDestination: Record<string, { messages: number; misrouted: number }>;
  misroutes: Misroute[];
}

/** The customer a corpus line is routed for: an HNW client of the named manager, or a sub-$1M client. */
function typicalCustomer(message: CorpusMessage, hnwThreshold: number): Record<string, unknown> {
  if (message.segment === 'HNW')
    return {
      investableAssets: hnwThreshold * 2.5,
      accountManager: message.accountManager ? { name: message.accountManager, active: true } : null
    };
  return { investableAssets: Math.round(hnwThreshold / 4), accountManager: null };
}

function shortText(message: CorpusMessage): string {
  const parts = ['subject', 'body', 'message', 'transcript']
    .map((k) => message.input[k])
    .filter((v): v is string => typeof v === 'string');
  const flat = parts.join(' | ').replace(/\s+/g, ' ');
  return flat.length > 220 ? `${flat.slice(0, 217)}...` : flat;
}

export function corpusAccuracy(engine: RoutingEngine, corpus: CorpusMessage[]): CorpusAccuracy {
  const byDestination: CorpusAccuracy['byDestination'] = {};
  const misroutes: Misroute[] = [];
  for (const message of corpus) {
    const parsed = contactFromJson({
      id: message.id,
      channel: message.channel,
      ...message.input,
      customer: typicalCustomer(message, engine.config.settings.hnwThreshold)
    });
    if (!parsed.ok) throw new Error(`corpus message ${message.id}: ${parsed.error.error}`);
    const result = engine.route(parsed.contact);
    const expected = destinationKey(message.truth);
    const got = destinationKey(result);
    const stats = (byDestination[expected] ??= { messages: 0, misrouted: 0 });
    stats.messages++;
    if (got === expected) continue;
    stats.misrouted++;
    misroutes.push({
      id: message.id,
      channel: message.channel,
      segment: message.segment,
      expected,
      got,
      rule: result.rule,
      reasons: result.reasons,
      text: shortText(message)
    });
  }
  return {
    messages: corpus.length,
    misrouted: misroutes.length,
    rate: corpus.length === 0 ? 0 : misroutes.length / corpus.length,
    byDestination: Object.fromEntries(
      Object.entries(byDestination).sort(([a], [b]) => a.localeCompare(b))
    ),
    misroutes
  };
}
