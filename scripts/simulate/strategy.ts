/**
 * A strategy decides where a new contact goes first and what an agent does with work once they
 * accept it (handle it, or forward it). The Omni-Channel model, the traffic and the staff are the
 * same for every strategy; only these decisions differ.
 */
import type { RoutingConfig, RoutingRule, Target, Channel, Contact } from '../routing/model';
import type { RoutingEngine, RoutedContact } from '../routing/engine';
import { targetFor } from '../routing/rules';
import type { TrafficProfile } from './profile';
import type { LineRegistry } from './lines';
import type { Agent, Destination, Line, StrategyName, Work } from './model';
import { destinationKey } from './model';
import type { OrgConfig } from './org';

export type AcceptDecision = 'handle' | Line | null;

export interface Strategy {
  readonly name: StrategyName;
  readonly chatAutoResponse: boolean;
  readonly emailAutoAcknowledgement: boolean;
  /** Agents are suggested Knowledge articles by the contact's triage topic. */
  readonly knowledge: boolean;
  /** The first line for a new contact (null: nobody can ever own it). Sets work.misrouted. */
  entry(work: Work): Line | null;
  /** What the agent who accepted the work does with it. */
  onAccept(work: Work, agent: Agent): AcceptDecision;
}

export interface StrategyContext {
  lines: LineRegistry;
  org: OrgConfig;
  routing: RoutingConfig;
  /** Active rules in evaluation order. */
  rules: RoutingRule[];
  profile: TrafficProfile;
  director: Agent | null;
  warn(message: string): void;
}

/** The first rule sending work to this destination on this channel. */
export function ruleFor(
  rules: RoutingRule[],
  destination: Destination,
  channel: Channel
): RoutingRule | undefined {
  return rules.find(
    (r) =>
      r.team === destination.team &&
      r.group === destination.group &&
      (r.channels.length === 0 || r.channels.includes(channel))
  );
}

/** A Contact carrying only what the decision table's targets read (channel and customer). */
function contactOf(work: Work): Contact {
  return {
    id: String(work.seq),
    channel: work.channel,
    subject: null,
    body: null,
    transcript: null,
    intake: null,
    customer: work.customer
  };
}

/** The destinations of sub-$1M work: the teams and groups the rules send STANDARD work to. */
export function standardDestinations(rules: RoutingRule[]): Destination[] {
  const seen = new Map<string, Destination>();
  for (const rule of rules) {
    if (rule.segment === 'HNW' || rule.team === 'HNW' || rule.team === 'TRIAGE') continue;
    const d = { team: rule.team, group: rule.group };
    seen.set(destinationKey(d), d);
  }
  return [...seen.values()];
}

/**
 * Resolves a routing target to a line the way OmniWorkRouter does: a missing queue sends the work
 * to the triage queue; a missing skill or user sends it to the fallback queue.
 */
export function lineForTarget(
  ctx: StrategyContext,
  target: Target,
  work: Work,
  skillsLine: (skills: string[], fallback: string) => Line | null,
  userLine: (agent: Agent, fallback: string) => Line | null
): Line | null {
  const channel = work.channel;
  const queueOrTriage = (name: string) =>
    ctx.lines.queue(name, channel) ?? ctx.lines.queue(ctx.routing.settings.triageQueue, channel);
  if (target.kind === 'queue') return queueOrTriage(target.queue);
  if (target.kind === 'skills') {
    const channelSkill = ctx.routing.settings.channelSkills[channel];
    const skills = channelSkill ? [...target.skills, channelSkill] : [...target.skills];
    const missing = skills.filter((s) => !ctx.org.skills.has(s));
    if (missing.length > 0) {
      ctx.warn(`skill ${missing.join(', ')} does not exist in the metadata: fallback queue`);
      return queueOrTriage(target.fallbackQueue);
    }
    return skillsLine(skills, target.fallbackQueue) ?? queueOrTriage(target.fallbackQueue);
  }
  const agent = target.user === 'director' ? ctx.director : work.manager;
  if (!agent || !agent.spec.active) return queueOrTriage(target.fallbackQueue);
  return userLine(agent, target.fallbackQueue) ?? queueOrTriage(target.fallbackQueue);
}

/** The target the rules give a destination on the work's channel (triage when no rule sends work there). */
export function targetForDestination(
  ctx: StrategyContext,
  destination: Destination,
  work: Work
): Target {
  const rule = ruleFor(ctx.rules, destination, work.channel);
  if (!rule) return { kind: 'queue', queue: ctx.routing.settings.triageQueue };
  return targetFor(rule, contactOf(work), ctx.routing.settings).target;
}

/** Routes corpus texts through the real engine once per message and customer shape. */
export class CachedRouter {
  private readonly cache = new Map<string, RoutedContact>();

  constructor(
    private readonly engine: RoutingEngine,
    private readonly build: (work: Work) => Contact
  ) {}

  route(work: Work): RoutedContact {
    const manager = work.customer?.accountManager;
    const assets = work.customer?.investableAssets;
    const segment =
      assets === null || assets === undefined
        ? 'unknown'
        : assets >= this.engine.config.settings.hnwThreshold
          ? 'HNW'
          : 'STANDARD';
    const key = `${work.message.id}|${work.channel}|${segment}|${manager ? `${manager.name}|${manager.active}` : '-'}|${work.language ?? ''}`;
    let result = this.cache.get(key);
    if (!result) {
      result = this.engine.route(this.build(work));
      this.cache.set(key, result);
    }
    return result;
  }
}
