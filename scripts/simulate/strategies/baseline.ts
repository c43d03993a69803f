/**
 * `baseline`: today's setup, as the firm describes it. One entry queue per channel answered by
 * every rep of that channel (a generalist first contact who forwards work that is not theirs);
 * sub-$1M contacts forwarded to the wrong team or group at the profile's stated rate (60%);
 * every transfer waits again in the next queue; no push timeout, so work pushed to a rep who
 * stepped away waits for them; no automated chat response; every high-net-worth contact goes to
 * the client's account manager first, complaints about that manager included.
 */
import type { Destination, Line, Work } from '../model';
import { destinationKey } from '../model';
import type { LineSettings } from '../model';
import type { Channel } from '../../routing/model';
import {
  ruleFor,
  standardDestinations,
  type AcceptDecision,
  type Strategy,
  type StrategyContext
} from '../strategy';

const HNW_MANAGER: Destination = { team: 'HNW', group: 'ACCOUNT_MANAGER' };
const HNW_DIRECTOR: Destination = { team: 'HNW', group: 'DIRECTOR' };
const TRIAGE: Destination = { team: 'TRIAGE', group: null };

/**
 * The wrong destination a first contact picks: the sibling expert group for expert work
 * ("misrouted between the expert groups"), otherwise any other sub-$1M destination.
 */
function wrongDestination(
  truth: Destination,
  destinations: Destination[],
  draw: number
): Destination {
  const key = destinationKey(truth);
  const siblings = destinations.filter(
    (d) => d.team === truth.team && d.group !== null && destinationKey(d) !== key
  );
  const pool =
    truth.group !== null && siblings.length > 0
      ? siblings
      : destinations.filter((d) => destinationKey(d) !== key);
  if (pool.length === 0) return truth;
  return pool[Math.min(pool.length - 1, Math.floor(draw * pool.length))]!;
}

export function baselineStrategy(ctx: StrategyContext): Strategy {
  const destinations = standardDestinations(ctx.rules);
  const rate = ctx.profile.baseline.standardMisrouteRate;
  const triageQueue = ctx.routing.settings.triageQueue;
  const weights = new Map<Channel, Pick<LineSettings, 'capacityWeight' | 'capacityPercentage'>>();

  /** The entry queue takes the capacity weight the team queues of its channel use. */
  const entryWeights = (channel: Channel) => {
    let found = weights.get(channel);
    if (!found) {
      found = { capacityWeight: null, capacityPercentage: null };
      for (const rule of ctx.rules) {
        const queue = rule.queues[channel];
        const config = queue ? ctx.org.queues.get(queue)?.routingConfig : null;
        const routing = config ? ctx.org.routingConfigs.get(config) : undefined;
        if (rule.targetKind === 'queue' && rule.team !== 'TRIAGE' && routing) {
          found = {
            capacityWeight: routing.capacityWeight,
            capacityPercentage: routing.capacityPercentage
          };
          break;
        }
      }
      weights.set(channel, found);
    }
    return found;
  };

  const queueOrTriage = (name: string | null, channel: Channel): Line | null =>
    (name ? ctx.lines.queue(name, channel) : null) ?? ctx.lines.queue(triageQueue, channel);

  /** Today's place for a destination: the team's queue, the expert group's reps, or a person. */
  const lineFor = (destination: Destination, work: Work): Line | null => {
    const channel = work.channel;
    const rule = ruleFor(ctx.rules, destination, channel);
    const queue = rule?.queues[channel] ?? null;
    if (destination.team === 'TRIAGE' || !rule) return queueOrTriage(triageQueue, channel);
    if (destinationKey(destination) === destinationKey(HNW_MANAGER)) {
      const manager = work.manager;
      return manager && manager.spec.active
        ? ctx.lines.user(manager, null, channel)
        : queueOrTriage(queue, channel);
    }
    if (destinationKey(destination) === destinationKey(HNW_DIRECTOR)) {
      return ctx.director
        ? ctx.lines.user(ctx.director, null, channel)
        : queueOrTriage(queue, channel);
    }
    if (rule.targetKind === 'skills' && rule.skills.length > 0) {
      const channelSkill = ctx.routing.settings.channelSkills[channel];
      const skills = channelSkill ? [...rule.skills, channelSkill] : rule.skills;
      const pool = ctx.lines.skills(skills, queue ?? triageQueue, channel);
      if (pool && pool.members.length > 0) return pool;
    }
    return queueOrTriage(queue, channel);
  };

  return {
    name: 'baseline',
    chatAutoResponse: ctx.profile.baseline.chatAutoResponse,
    emailAutoAcknowledgement: ctx.profile.baseline.emailAutoAcknowledgement,
    // Today the fixes live in people's heads: no articles, no triage topic to suggest them by.
    knowledge: false,

    entry(work) {
      if (work.message.segment === 'HNW') {
        work.misrouted = work.truthKey !== destinationKey(HNW_MANAGER);
        work.believed = HNW_MANAGER;
        return lineFor(HNW_MANAGER, work);
      }
      work.believed =
        work.misrouteDraw < rate
          ? wrongDestination(work.truth, destinations, work.wrongDraw)
          : work.truth;
      work.misrouted = destinationKey(work.believed) !== work.truthKey;
      work.atEntry = true;
      return ctx.lines.entry(work.channel, entryWeights(work.channel));
    },

    onAccept(work, agent): AcceptDecision {
      if (work.atEntry) {
        work.atEntry = false;
        const believed = work.believed ?? work.truth;
        const believedKey = destinationKey(believed);
        // The first contact deals with what nobody else owns.
        if (believedKey === destinationKey(TRIAGE) && work.truthKey === believedKey)
          return 'handle';
        if (agent.identities.has(believedKey)) {
          return believedKey === work.truthKey ? 'handle' : lineFor(work.truth, work);
        }
        return lineFor(believed, work);
      }
      if (agent.identities.has(work.truthKey)) return 'handle';
      return lineFor(work.truth, work);
    }
  };
}
