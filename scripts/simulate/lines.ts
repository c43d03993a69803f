/**
 * Builds routing lines on demand and works out who is eligible for each: queue members through
 * public groups, roles and roles-and-subordinates (as the queue metadata declares them), skills
 * for skills-based requests, one person for direct-to-agent requests. `routed` lines take the
 * shipped routing configuration; `baseline` lines reproduce today's setup (no priorities, no push
 * timeout).
 */
import type { Channel } from '../routing/model';
import type { RoutingSettings } from '../routing/model';
import { Line, SECOND, type Agent, type LineKind, type LineSettings } from './model';
import { roleAncestry, type OrgConfig, type QueueDefinition } from './org';
import type { AgentSpec } from './staff';

export type Mode = 'routed' | 'baseline';

/** Today's routing: one priority, first come first served, no push timeout. */
const BASELINE_SETTINGS: Omit<LineSettings, 'capacityWeight' | 'capacityPercentage'> = {
  priority: 1,
  model: 'MOST_AVAILABLE',
  pushTimeoutMs: 0,
  routable: true
};

function isQueueMember(
  agent: AgentSpec,
  queue: QueueDefinition,
  roles: Map<string, string | null>
): boolean {
  const m = queue.members;
  if (m.publicGroups.some((g) => agent.publicGroups.includes(g))) return true;
  if (m.users.includes(agent.key.split('~')[0]!)) return true;
  if (!agent.salesforceRole) return false;
  if (m.roles.includes(agent.salesforceRole)) return true;
  const ancestry = roleAncestry(agent.salesforceRole, roles);
  return m.roleAndSubordinates.some((r) => ancestry.includes(r));
}

export class LineRegistry {
  private readonly lines = new Map<string, Line>();

  constructor(
    private readonly mode: Mode,
    private readonly org: OrgConfig,
    private readonly agents: Agent[],
    private readonly settings: RoutingSettings,
    private readonly warn: (message: string) => void
  ) {}

  serviceChannelOf(channel: Channel): string {
    return (
      (channel === 'chat' ? this.settings.chatServiceChannel : this.settings.caseServiceChannel) ??
      (channel === 'chat' ? 'sfdc_livemessage' : 'Case_Work')
    );
  }

  objectOf(channel: Channel): string {
    return channel === 'chat' ? 'MessagingSession' : 'Case';
  }

  all(): Line[] {
    return [...this.lines.values()];
  }

  private register(
    key: string,
    kind: LineKind,
    queue: string,
    channel: Channel,
    settings: LineSettings,
    fallback: Line | null,
    eligible: (agent: Agent) => boolean
  ): Line {
    const line = new Line(key, kind, queue, this.serviceChannelOf(channel), settings, fallback);
    // Routing factors' boosts: a case's pending routing carries its own priority (skills, direct);
    // a case in a queue is ordered by Case.Priority (secondary routing priority); a raised chat's
    // skills-based request takes the Chat_Raised routing configuration's priority (2, as the
    // highest a boost reaches here), while chats to a queue or a person are not raised.
    if (this.mode === 'routed' && channel !== 'chat')
      line.boostMode = kind === 'skills' || kind === 'user' ? 'priority' : 'secondary';
    else if (this.mode === 'routed' && kind === 'skills') line.boostMode = 'priority';
    for (const agent of this.agents) {
      if (!eligible(agent)) continue;
      line.members.push(agent);
      agent.lines.push(line);
    }
    this.lines.set(key, line);
    return line;
  }

  /** The routing settings of a queue: from its routing configuration (routed) or today's. */
  private settingsOf(queue: QueueDefinition): LineSettings {
    const config = queue.routingConfig
      ? this.org.routingConfigs.get(queue.routingConfig)
      : undefined;
    if (!config) {
      this.warn(
        queue.routingConfig
          ? `queue ${queue.name} names routing configuration ${queue.routingConfig}, which does not exist: Omni-Channel cannot route its work`
          : `queue ${queue.name} has no routing configuration: Omni-Channel cannot route its work`
      );
    }
    const weights = {
      capacityWeight: config?.capacityWeight ?? null,
      capacityPercentage: config?.capacityPercentage ?? null
    };
    if (this.mode === 'baseline') return { ...BASELINE_SETTINGS, ...weights };
    return {
      priority: config?.priority ?? 1,
      model: config?.model ?? 'MOST_AVAILABLE',
      pushTimeoutMs: (config?.pushTimeoutSeconds ?? 0) * SECOND,
      routable: config !== undefined,
      ...weights
    };
  }

  /** A queue's line for one channel, or null when the queue does not exist in the metadata. */
  queue(name: string, channel: Channel): Line | null {
    const serviceChannel = this.serviceChannelOf(channel);
    const key = `${this.mode}:q:${name}|${serviceChannel}`;
    const existing = this.lines.get(key);
    if (existing) return existing;
    const queue = this.org.queues.get(name);
    if (!queue) {
      this.warn(`queue ${name} does not exist in the metadata`);
      return null;
    }
    if (!queue.sobjects.includes(this.objectOf(channel)))
      this.warn(
        `queue ${name} does not take ${this.objectOf(channel)} (${channel} work is routed to it)`
      );
    const line = this.register(key, 'queue', name, channel, this.settingsOf(queue), null, (a) =>
      isQueueMember(a.spec, queue, this.org.roles)
    );
    if (line.members.length === 0)
      this.warn(
        `queue ${name} has no members among the agents: its ${channel} work is never taken`
      );
    return line;
  }

  /**
   * Skills-based routing: agents holding every skill; the request takes the fallback queue's
   * routing configuration (as OmniWorkRouter does) and falls back to it when no agent holding
   * the skills is signed in on the channel.
   */
  skills(skills: string[], fallbackQueue: string, channel: Channel): Line | null {
    const serviceChannel = this.serviceChannelOf(channel);
    const sorted = [...skills].sort();
    const key = `${this.mode}:s:${sorted.join('+')}|${fallbackQueue}|${serviceChannel}`;
    const existing = this.lines.get(key);
    if (existing) return existing;
    const fallback = this.queue(fallbackQueue, channel);
    const queue = this.org.queues.get(fallbackQueue);
    const settings = queue
      ? this.settingsOf(queue)
      : { ...BASELINE_SETTINGS, capacityWeight: null, capacityPercentage: null };
    return this.register(
      key,
      'skills',
      fallbackQueue,
      channel,
      settings,
      this.mode === 'routed' ? fallback : null,
      (a) => sorted.every((s) => a.spec.skills.includes(s))
    );
  }

  /**
   * Skills-based routing with an additional skill (a language): agents holding every skill, the
   * additional one included; after `dropAfterSeconds` Omni-Channel drops the additional skill and
   * the work moves to the plain skills line. No fallback while it waits: Omni-Channel waits for the
   * timeout even when no speaker is signed in.
   */
  skillsWithAdditional(
    skills: string[],
    additional: string,
    dropAfterSeconds: number,
    fallbackQueue: string,
    channel: Channel
  ): Line | null {
    const base = this.skills(skills, fallbackQueue, channel);
    if (!base) return null;
    const serviceChannel = this.serviceChannelOf(channel);
    const sorted = [...skills].sort();
    const key = `${this.mode}:s:${sorted.join('+')}|+${additional}/${dropAfterSeconds}|${fallbackQueue}|${serviceChannel}`;
    const existing = this.lines.get(key);
    if (existing) return existing;
    const line = this.register(key, 'skills', fallbackQueue, channel, base.settings, null, (a) =>
      [...sorted, additional].every((s) => a.spec.skills.includes(s))
    );
    line.dropTo = base;
    line.dropAfterMs = dropAfterSeconds * SECOND;
    return line;
  }

  /** Direct to one agent, with the fallback queue (routed) when they are not signed in or do not accept. */
  user(agent: Agent, fallbackQueue: string | null, channel: Channel): Line | null {
    const serviceChannel = this.serviceChannelOf(channel);
    const key = `${this.mode}:u:${agent.spec.key}|${fallbackQueue ?? ''}|${serviceChannel}`;
    const existing = this.lines.get(key);
    if (existing) return existing;
    const fallback = fallbackQueue ? this.queue(fallbackQueue, channel) : null;
    const queue = fallbackQueue ? this.org.queues.get(fallbackQueue) : undefined;
    const settings = queue
      ? this.settingsOf(queue)
      : { ...BASELINE_SETTINGS, capacityWeight: null, capacityPercentage: null };
    return this.register(
      key,
      'user',
      fallbackQueue ?? agent.spec.key,
      channel,
      settings,
      this.mode === 'routed' ? fallback : null,
      (a) => a === agent
    );
  }

  /** Baseline: the single entry queue of a channel, answered by every rep of that channel. */
  entry(
    channel: Channel,
    weights: Pick<LineSettings, 'capacityWeight' | 'capacityPercentage'>
  ): Line {
    const serviceChannel = this.serviceChannelOf(channel);
    const key = `${this.mode}:entry|${channel}|${serviceChannel}`;
    const existing = this.lines.get(key);
    if (existing) return existing;
    return this.register(
      key,
      'entry',
      `Entry_${channel}`,
      channel,
      { ...BASELINE_SETTINGS, ...weights },
      null,
      (a) => a.spec.role === 'rep' && a.spec.channel === channel
    );
  }
}
