/**
 * The discrete-event simulation of one strategy: contacts arrive, wait in routing lines,
 * Omni-Channel pushes them to agents with free capacity on the right service channel, agents
 * accept (or, away from their desk, let the push time out), handle or forward them, and customers
 * abandon when their patience runs out. One event queue (a binary heap ordered by time, then by
 * scheduling order) drives everything; times are integer milliseconds, so a run is reproducible
 * byte for byte.
 */
import { CHANNELS, type Channel, type RoutingConfig, type Topic } from '../routing/model';
import { RoutingEngine } from '../routing/engine';
import { orderRules } from '../routing/rules';
import type { MessageTables } from './message-mix';
import type { Customer } from './customers';
import { MinHeap } from './heap';
import { DEFAULT_JOURNEY, usesArticle } from './journey';
import { LineRegistry } from './lines';
import { StrategyMetrics } from './metrics';
import type { MilestoneTargets } from '../service-levels/targets';
import {
  DAY,
  destinationKey,
  HOUR,
  SECOND,
  type Agent,
  type Line,
  type Outcome,
  type StrategyName,
  type Work
} from './model';
import type { OrgConfig } from './org';
import type { TrafficProfile } from './profile';
import { Random } from './random';
import { dayPlan, type AgentEvent, type AgentEventKind } from './schedule';
import type { AgentSpec } from './staff';
import { baselineStrategy } from './strategies/baseline';
import { contactForEngine, routedStrategy } from './strategies/routed';
import { CachedRouter, type Strategy, type StrategyContext } from './strategy';
import { clientBook, TrafficSource, type ManagerDirectory } from './traffic';

/** A contact is forwarded at most this many times; then the rep holding it deals with it. */
const MAX_TRANSFERS = 3;

export interface Overrides {
  /** Push timeout in seconds per channel (routed strategy; 0 = none). */
  pushTimeoutSeconds: Partial<Record<Channel, number>>;
  /** Presence capacity (routed strategy): for every configuration (`*`) or by configuration name. */
  capacity: Record<string, number>;
}

export interface SimulationInput {
  seed: number;
  days: number;
  profile: TrafficProfile;
  org: OrgConfig;
  routing: RoutingConfig;
  engine: RoutingEngine;
  agents: AgentSpec[];
  customers: Customer[];
  tables: MessageTables;
  overrides: Overrides;
  /** Service-level targets from the entitlement processes; absent or empty: no milestone figures. */
  milestoneTargets?: MilestoneTargets;
  /** Topics with a published Knowledge article (data/knowledge-articles.json); absent: none. */
  articleTopics?: ReadonlySet<Topic>;
  onDay?: (strategy: StrategyName, day: number) => void;
  /**
   * A scripted scenario instead of random arrivals and staff days: contacts at fixed times
   * (milliseconds from the start) and each agent's day. Used for scenarios small enough to
   * compute by hand.
   */
  script?: {
    arrivals?: { channel: Channel; at: number }[];
    dayPlan?: (agent: AgentSpec, day: number) => AgentEvent[];
  };
}

export interface SimulationResult {
  metrics: StrategyMetrics;
  warnings: string[];
  /** Contacts still in flight when the run stopped, counted from the counter and from the state. */
  audit: { inFlight: number; found: number; arrivals: number };
  /** Events handled (for the benchmark). */
  events: number;
}

const Kind = {
  Arrival: 0,
  Day: 1,
  AgentChange: 2,
  Accept: 3,
  PushTimeout: 4,
  WorkDone: 5,
  Abandon: 6,
  Notice: 7,
  DropSkills: 8
} as const;
type Kind = (typeof Kind)[keyof typeof Kind];

interface SimEvent {
  time: number;
  seq: number;
  kind: Kind;
  work: Work | null;
  agent: Agent | null;
  token: number;
  channel: Channel | null;
  change: AgentEventKind | null;
}

const BREAK_STATUS = 'Break';

const capitalised = (channel: Channel) => channel[0]!.toUpperCase() + channel.slice(1);

/** The presence configuration and working status the architecture gives each role. */
function conventionalPresence(spec: AgentSpec): { config: string; status: string } {
  switch (spec.role) {
    case 'director':
      return { config: 'Department_Director', status: 'Available_All_Channels' };
    case 'accountManager':
      return { config: 'Account_Managers', status: 'Available_All_Channels' };
    case 'lead':
      return { config: 'Team_Leads', status: 'Available_All_Channels' };
    default:
      return spec.channel
        ? {
            config: `${capitalised(spec.channel)}_Reps`,
            status: `Available_${capitalised(spec.channel)}`
          }
        : { config: 'Team_Leads', status: 'Available_All_Channels' };
  }
}

/** Which destinations an agent handles themselves (the rest they forward). */
function identitiesOf(spec: AgentSpec, routing: RoutingConfig): Set<string> {
  const ids = new Set<string>();
  if (spec.role === 'director') ids.add('HNW/DIRECTOR');
  else if (spec.role === 'accountManager') ids.add('HNW/ACCOUNT_MANAGER');
  else if (spec.role === 'lead') {
    // A team lead watches triage and can take any work of their own team, groups included.
    ids.add('TRIAGE/');
    if (spec.team) {
      ids.add(`${spec.team}/`);
      for (const rule of routing.rules)
        if (rule.team === spec.team && rule.group !== null)
          ids.add(destinationKey({ team: rule.team, group: rule.group }));
    }
  } else if (spec.team) {
    ids.add(`${spec.team}/`);
    for (const rule of routing.rules) {
      if (rule.team !== spec.team || rule.group === null) continue;
      if (rule.targetKind !== 'skills' || rule.skills.length === 0) continue;
      if (rule.skills.every((s) => spec.skills.includes(s)))
        ids.add(destinationKey({ team: rule.team, group: rule.group }));
    }
  }
  return ids;
}

export class Simulation {
  private readonly events = new MinHeap<SimEvent>(
    (a, b) => a.time < b.time || (a.time === b.time && a.seq < b.seq)
  );
  private eventSeq = 0;
  private now = 0;
  private inFlight = 0;
  private arrivals = 0;
  readonly agents: Agent[];
  readonly lines: LineRegistry;
  readonly metrics: StrategyMetrics;
  private readonly strategy: Strategy;
  private readonly source: TrafficSource;
  private readonly warnings = new Set<string>();
  private readonly agentByKey = new Map<string, Agent>();
  private readonly noticeRandom: Random;
  private readonly arrivalsEnd: number;
  private readonly end: number;
  /** Language code → the skill of agents who speak it (the languages' Routing Factors). */
  private readonly languageSkills = new Map<string, string>();
  /**
   * Tells the angry and urgent contacts with the factors on, whatever this run routes with, so
   * every run reports on the same contacts.
   */
  private readonly factorClassifier: CachedRouter;

  constructor(
    readonly name: StrategyName,
    private readonly input: SimulationInput
  ) {
    const { org, routing, profile } = input;
    this.metrics = new StrategyMetrics(
      input.milestoneTargets ?? null,
      profile.journey ?? DEFAULT_JOURNEY
    );
    this.agents = this.buildAgents();
    const warn = (message: string) => this.warnings.add(message);
    this.lines = new LineRegistry(name, org, this.agents, routing.settings, warn);
    const director =
      this.agents.find(
        (a) =>
          a.spec.active &&
          (a.spec.role === 'director' ||
            (routing.settings.directorRole !== null &&
              a.spec.salesforceRole === routing.settings.directorRole))
      ) ?? null;
    const ctx: StrategyContext = {
      lines: this.lines,
      org,
      routing,
      rules: orderRules(routing.rules),
      profile,
      director,
      warn
    };
    this.strategy = name === 'routed' ? routedStrategy(ctx, input.engine) : baselineStrategy(ctx);
    const managers = this.managerDirectory();
    this.arrivalsEnd = input.days * DAY;
    this.end = this.arrivalsEnd + profile.drainHours * HOUR;
    this.source = new TrafficSource(
      input.seed,
      profile,
      input.tables,
      clientBook(input.customers, routing.settings.hnwThreshold, managers),
      managers,
      this.arrivalsEnd
    );
    this.noticeRandom = Random.stream(input.seed, 'notice', name);
    this.factorClassifier = new CachedRouter(new RoutingEngine(routing), contactForEngine);
    for (const factor of routing.factors ?? [])
      if (factor.active && factor.factor === 'language' && factor.skill)
        this.languageSkills.set(factor.value, factor.skill);
  }

  private buildAgents(): Agent[] {
    const { org, overrides, routing } = this.input;
    const rotations = new Map<string, number>();
    return this.input.agents.map((spec, index) => {
      const convention = conventionalPresence(spec);
      const configName = spec.presenceConfig ?? convention.config;
      const config = org.presenceConfigs.get(configName);
      if (!config)
        this.warnings.add(
          `presence configuration ${configName} (for ${spec.role}s) does not exist in the metadata: those agents take no work`
        );
      const workStatus = spec.status ?? convention.status;
      if (!org.statuses.has(workStatus))
        this.warnings.add(
          `presence status ${workStatus} (for ${spec.role}s) does not exist in the metadata: those agents cannot go online`
        );
      const onTimeout = config?.statusOnPushTimeout ?? null;
      if (config && onTimeout === null)
        this.warnings.add(
          `presence configuration ${configName} sets no status on push timeout: a rep who walked away keeps receiving pushes`
        );
      else if (onTimeout !== null && !org.statuses.has(onTimeout))
        this.warnings.add(
          `presence configuration ${configName} sets status ${onTimeout} on push timeout, which does not exist`
        );
      // Overrides are the lead's what-if for the new configuration; baseline stays as today.
      const override =
        this.name === 'routed'
          ? (overrides.capacity[configName] ?? overrides.capacity['*'])
          : undefined;
      const capacity = config ? (override ?? config.capacity) : 0;
      const group = `${spec.role}|${spec.team}|${spec.channel}`;
      const rotation = rotations.get(group) ?? 0;
      rotations.set(group, rotation + 1);
      const agent: Agent = {
        index,
        spec,
        capacity,
        workStatus: org.statuses.has(workStatus) ? workStatus : null,
        statusOnPushTimeout: onTimeout,
        identities: identitiesOf(spec, routing),
        lines: [],
        rotation,
        status: null,
        channels: [],
        onShift: false,
        onBreak: false,
        present: false,
        used: 0,
        activeCount: 0,
        lastAssignedAt: -1,
        items: new Set()
      };
      this.agentByKey.set(spec.key, agent);
      return agent;
    });
  }

  private managerDirectory(): ManagerDirectory {
    const byName = new Map<string, Agent>();
    for (const agent of this.agents) {
      if (agent.spec.role !== 'accountManager' || agent.spec.key.includes('~')) continue;
      byName.set(agent.spec.key.toLowerCase(), agent);
      byName.set(agent.spec.name.toLowerCase(), agent);
    }
    return {
      byKeyOrName: (value) => {
        const agent = byName.get(value.toLowerCase());
        return agent
          ? { key: agent.spec.key, name: agent.spec.name, active: agent.spec.active }
          : undefined;
      }
    };
  }

  // ---- the event queue ----

  private schedule(
    time: number,
    kind: Kind,
    fields: Partial<Pick<SimEvent, 'work' | 'agent' | 'token' | 'channel' | 'change'>> = {}
  ): void {
    this.events.push({
      time,
      seq: this.eventSeq++,
      kind,
      work: fields.work ?? null,
      agent: fields.agent ?? null,
      token: fields.token ?? 0,
      channel: fields.channel ?? null,
      change: fields.change ?? null
    });
  }

  run(): SimulationResult {
    const lastDay = this.input.profile.drainHours > 0 ? this.input.days : this.input.days - 1;
    for (let day = 0; day <= lastDay; day++) this.schedule(day * DAY, Kind.Day, { token: day });
    const scripted = this.input.script?.arrivals;
    if (scripted) {
      for (const a of [...scripted].sort((x, y) => x.at - y.at))
        if (a.at < this.arrivalsEnd)
          this.schedule(a.at, Kind.Arrival, { channel: a.channel, token: 1 });
    } else {
      for (const channel of CHANNELS) {
        const first = this.source.nextArrival(channel, 0);
        if (first !== null) this.schedule(first, Kind.Arrival, { channel });
      }
    }
    let handled = 0;
    for (;;) {
      const event = this.events.pop();
      if (!event || event.time > this.end) break;
      this.now = event.time;
      this.handle(event);
      handled++;
      if (this.now >= this.arrivalsEnd && this.inFlight === 0) break;
    }
    const live = this.liveWork();
    for (const work of live) this.metrics.record(work, 'pending', Math.min(this.now, this.end));
    return {
      metrics: this.metrics,
      warnings: [...this.warnings].sort(),
      audit: { inFlight: this.inFlight, found: live.length, arrivals: this.arrivals },
      events: handled
    };
  }

  /** Every contact still in flight, found by walking the lines and the agents (not the counter). */
  liveWork(): Work[] {
    const found = new Set<Work>();
    for (const line of this.lines.all()) for (const work of line.liveWork()) found.add(work);
    for (const agent of this.agents) for (const work of agent.items) found.add(work);
    return [...found].sort((a, b) => a.seq - b.seq);
  }

  private handle(event: SimEvent): void {
    switch (event.kind) {
      case Kind.Arrival:
        return this.arrive(event.channel!, event.token === 1);
      case Kind.Day:
        return this.startDay(event.token);
      case Kind.AgentChange:
        return this.agentChange(event.agent!, event.change!);
      case Kind.Accept:
        return this.accept(event.work!, event.agent!, event.token);
      case Kind.PushTimeout:
        return this.pushTimeout(event.work!, event.agent!, event.token);
      case Kind.WorkDone:
        return this.workDone(event.work!, event.agent!, event.token);
      case Kind.Abandon:
        return this.abandon(event.work!, event.token);
      case Kind.Notice:
        return this.notice(event.agent!);
      case Kind.DropSkills:
        return this.dropSkills(event.work!, event.token);
    }
  }

  // ---- contacts ----

  private arrive(channel: Channel, scripted: boolean): void {
    const draw = this.source.draw(channel, this.now);
    const next = scripted ? null : this.source.nextArrival(channel, this.now + 1);
    if (next !== null) this.schedule(next, Kind.Arrival, { channel });
    const truth = { team: draw.message.truth.team, group: draw.message.truth.group };
    const work: Work = {
      seq: draw.seq,
      channel,
      serviceChannel: this.lines.serviceChannelOf(channel),
      arrival: this.now,
      message: draw.message,
      customer: draw.customer,
      manager: draw.managerKey ? (this.agentByKey.get(draw.managerKey) ?? null) : null,
      truth,
      truthKey: destinationKey(truth),
      random: draw.random,
      handleMs: draw.handleMs,
      patienceMs: draw.patienceMs,
      misrouteDraw: draw.misrouteDraw,
      wrongDraw: draw.wrongDraw,
      state: 'waiting',
      line: null,
      enqueuedAt: this.now,
      agent: null,
      weight: 0,
      token: 0,
      waitToken: 0,
      greetAt: -1,
      forwardTo: null,
      atEntry: false,
      believed: null,
      firstResponseAt: -1,
      firstHumanAt: -1,
      answeredAt: -1,
      rightTeamAt: -1,
      replyAt: -1,
      autoAcknowledged: false,
      misrouted: false,
      transfers: 0,
      complaintReachedManager: false,
      language: draw.language,
      languageSkill: draw.language ? (this.languageSkills.get(draw.language) ?? null) : null,
      priorityBoost: 0,
      raised: false,
      handledBy: null,
      triageTopic: null,
      articleDraw: draw.articleDraw,
      surveyDraw: draw.surveyDraw,
      dispositionDraw: draw.dispositionDraw,
      withArticle: false
    };
    const triage = this.factorClassifier.route(work);
    const factors = triage.factors;
    work.triageTopic = triage.topic;
    work.raised = factors.mood !== null || factors.urgency !== null;
    this.arrivals++;
    this.inFlight++;
    const auto = this.input.profile.autoResponseSeconds;
    if (channel === 'chat' && this.strategy.chatAutoResponse) {
      work.autoAcknowledged = true;
      work.firstResponseAt = this.now + Math.round(auto.chat * SECOND);
    } else if (channel === 'email' && this.strategy.emailAutoAcknowledgement) {
      work.autoAcknowledged = true;
      work.firstResponseAt = this.now + Math.round(auto.email * SECOND);
    }
    this.startWait(work, true);
    const line = this.strategy.entry(work);
    if (!line) return this.end_(work, 'lost');
    this.offer(work, line);
  }

  private startWait(work: Work, first: boolean): void {
    work.waitToken++;
    work.greetAt = -1;
    work.enqueuedAt = this.now;
    const p = this.input.profile.patience;
    let patience: number;
    if (work.channel === 'email') return;
    if (!first) patience = work.random.logNormal(p.afterTransferSeconds[work.channel]) * SECOND;
    else if (work.channel === 'phone') patience = work.patienceMs;
    else patience = work.autoAcknowledged ? work.patienceMs : p.chatWithoutResponseSeconds * SECOND;
    this.schedule(this.now + Math.round(patience), Kind.Abandon, {
      work,
      token: work.waitToken
    });
  }

  private abandon(work: Work, token: number): void {
    if (work.state === 'ended' || token !== work.waitToken) return;
    if (work.greetAt >= 0 && work.greetAt <= this.now) return;
    if (work.firstHumanAt > this.now) work.firstHumanAt = -1;
    if (work.rightTeamAt > this.now) work.rightTeamAt = -1;
    const agent = work.agent;
    const state = work.state;
    const line = work.line;
    work.forwardTo = null;
    if (agent) this.release(work, agent);
    this.end_(work, 'abandoned');
    if (state === 'waiting' && line) line.forget();
    if (agent) this.dispatchForAgent(agent);
  }

  private end_(work: Work, outcome: Outcome): void {
    work.state = 'ended';
    work.token++;
    this.inFlight--;
    this.metrics.record(work, outcome, this.now);
  }

  // ---- Omni-Channel ----

  private offer(work: Work, line: Line): void {
    let target = line;
    if (target.fallback && !target.hasOnlineMember()) {
      this.metrics.fallbacks++;
      target = target.fallback;
    }
    target.add(work);
    if (target.dropTo)
      this.schedule(this.now + target.dropAfterMs, Kind.DropSkills, { work, token: work.token });
    this.drainLine(target);
  }

  /**
   * The additional skill's timeout passed while the work still waited on its line: Omni-Channel
   * drops the skill, and the work waits on the line without it (keeping its place in time).
   */
  private dropSkills(work: Work, token: number): void {
    const line = work.line;
    if (work.state !== 'waiting' || work.token !== token || !line?.dropTo) return;
    line.forget();
    this.offer(work, line.dropTo);
  }

  private drainLine(line: Line): void {
    if (!line.settings.routable) return;
    for (;;) {
      const head = line.head();
      if (!head) return;
      const agent = this.pickAgent(line);
      if (!agent) return;
      line.take();
      this.push(head, agent, line);
    }
  }

  private pickAgent(line: Line): Agent | null {
    let best: Agent | null = null;
    const leastActive = line.settings.model === 'LEAST_ACTIVE';
    for (const agent of line.members) {
      if (!agent.channels.includes(line.serviceChannel)) continue;
      const free = agent.capacity - agent.used;
      if (free < line.weightFor(agent) - 1e-9) continue;
      if (!best) {
        best = agent;
        continue;
      }
      const diff = leastActive
        ? best.activeCount - agent.activeCount
        : free - (best.capacity - best.used);
      if (
        diff > 1e-9 ||
        (Math.abs(diff) <= 1e-9 &&
          (agent.lastAssignedAt < best.lastAssignedAt ||
            (agent.lastAssignedAt === best.lastAssignedAt && agent.index < best.index)))
      )
        best = agent;
    }
    return best;
  }

  /**
   * A freed agent takes the highest-priority work among the lines they serve: the lowest routing
   * priority number, then the highest boost (Case.Priority as the secondary routing priority),
   * then the oldest.
   */
  private dispatchForAgent(agent: Agent): void {
    for (;;) {
      if (agent.channels.length === 0) return;
      const free = agent.capacity - agent.used;
      let bestLine: Line | null = null;
      let bestWork: Work | null = null;
      for (const line of agent.lines) {
        if (line.live === 0 || !line.settings.routable) continue;
        if (!agent.channels.includes(line.serviceChannel)) continue;
        if (free < line.weightFor(agent) - 1e-9) continue;
        const head = line.head();
        if (!head) continue;
        if (
          !bestLine ||
          !bestWork ||
          line.priorityOf(head) < bestLine.priorityOf(bestWork) ||
          (line.priorityOf(head) === bestLine.priorityOf(bestWork) &&
            line.boostOf(head) > bestLine.boostOf(bestWork)) ||
          (line.priorityOf(head) === bestLine.priorityOf(bestWork) &&
            line.boostOf(head) === bestLine.boostOf(bestWork) &&
            (head.enqueuedAt < bestWork.enqueuedAt ||
              (head.enqueuedAt === bestWork.enqueuedAt && head.seq < bestWork.seq)))
        ) {
          bestLine = line;
          bestWork = head;
        }
      }
      if (!bestLine || !bestWork) return;
      const target = this.pickAgent(bestLine) ?? agent;
      bestLine.take();
      this.push(bestWork, target, bestLine);
    }
  }

  private push(work: Work, agent: Agent, line: Line): void {
    work.state = 'pushed';
    work.agent = agent;
    work.line = line;
    work.token++;
    work.weight = line.weightFor(agent);
    agent.used += work.weight;
    agent.activeCount++;
    agent.lastAssignedAt = this.now;
    agent.items.add(work);
    if (work.manager === agent && work.message.truth.aboutAccountManager)
      work.complaintReachedManager = true;
    const override =
      this.name === 'routed' ? this.input.overrides.pushTimeoutSeconds[work.channel] : undefined;
    const timeout =
      override !== undefined ? Math.round(override * SECOND) : line.settings.pushTimeoutMs;
    if (timeout > 0)
      this.schedule(this.now + timeout, Kind.PushTimeout, { work, agent, token: work.token });
    if (agent.present) this.scheduleAccept(work, agent);
  }

  private scheduleAccept(work: Work, agent: Agent): void {
    const delay = Math.round(work.random.logNormal(this.input.profile.acceptSeconds) * SECOND);
    this.schedule(this.now + delay, Kind.Accept, { work, agent, token: work.token });
  }

  private release(work: Work, agent: Agent): void {
    agent.used -= work.weight;
    if (Math.abs(agent.used) < 1e-9) agent.used = 0;
    agent.activeCount--;
    agent.items.delete(work);
    work.agent = null;
    work.weight = 0;
    work.token++;
  }

  private accept(work: Work, agent: Agent, token: number): void {
    if (work.state !== 'pushed' || work.token !== token || work.agent !== agent) return;
    if (!agent.present) return;
    work.state = 'working';
    const profile = this.input.profile;
    if (work.channel === 'phone') {
      work.greetAt = this.now;
      if (work.answeredAt < 0) work.answeredAt = this.now;
    } else if (work.channel === 'chat') {
      work.greetAt =
        this.now + Math.round(work.random.logNormal(profile.chatGreetingSeconds) * SECOND);
      if (work.firstHumanAt < 0) work.firstHumanAt = work.greetAt;
    }
    let decision = this.strategy.onAccept(work, agent);
    if (
      decision === null ||
      (decision !== 'handle' &&
        (decision.members.includes(agent) || work.transfers >= MAX_TRANSFERS))
    )
      decision = 'handle';
    if (decision === 'handle') {
      work.handledBy = agent;
      if (work.channel !== 'email' && work.rightTeamAt < 0) work.rightTeamAt = work.greetAt;
      this.schedule(this.now + this.handleTime(work), Kind.WorkDone, {
        work,
        agent,
        token: work.token
      });
      return;
    }
    work.forwardTo = decision;
    const forward = Math.max(
      SECOND,
      Math.round(work.random.logNormal(profile.forwardSeconds[work.channel]) * SECOND)
    );
    this.schedule(this.now + forward, Kind.WorkDone, { work, agent, token: work.token });
  }

  /** The handling's time: shorter when the agent uses a suggested Knowledge article. */
  private handleTime(work: Work): number {
    const knowledge = (this.input.profile.journey ?? DEFAULT_JOURNEY).knowledge;
    work.withArticle =
      this.strategy.knowledge &&
      usesArticle(
        knowledge,
        this.input.articleTopics ?? new Set(),
        work.triageTopic,
        work.message.truth.topic,
        work.articleDraw
      );
    return work.withArticle
      ? Math.max(SECOND, Math.round(work.handleMs * knowledge.handleTimeFactor))
      : work.handleMs;
  }

  private workDone(work: Work, agent: Agent, token: number): void {
    if (work.state !== 'working' || work.token !== token || work.agent !== agent) return;
    this.release(work, agent);
    const next = work.forwardTo;
    if (next) {
      work.forwardTo = null;
      work.transfers++;
      this.metrics.transfers++;
      this.startWait(work, false);
      this.offer(work, next);
    } else {
      if (work.channel === 'email') work.replyAt = this.now;
      this.end_(work, 'answered');
    }
    this.dispatchForAgent(agent);
  }

  private pushTimeout(work: Work, agent: Agent, token: number): void {
    if (work.state !== 'pushed' || work.token !== token || work.agent !== agent) return;
    this.release(work, agent);
    this.metrics.pushTimeouts++;
    const line = work.line!;
    let target = line;
    if (line.kind === 'user' && line.fallback) {
      this.metrics.fallbacks++;
      target = line.fallback;
    }
    if (agent.statusOnPushTimeout !== null) this.setStatus(agent, agent.statusOnPushTimeout);
    if (agent.present) {
      const behaviour = this.input.profile.staff[agent.spec.role];
      const delay = Math.round(this.noticeRandom.logNormal(behaviour.noticeAwaySeconds) * SECOND);
      this.schedule(this.now + delay, Kind.Notice, { agent });
    }
    this.offer(work, target);
    this.dispatchForAgent(agent);
  }

  // ---- agents ----

  private startDay(day: number): void {
    this.input.onDay?.(this.name, day);
    for (const agent of this.agents) {
      const behaviour = this.input.profile.staff[agent.spec.role];
      const plan =
        this.input.script?.dayPlan?.(agent.spec, day) ??
        dayPlan(
          behaviour,
          agent.rotation,
          this.input.seed,
          agent.spec.key,
          day,
          agent.spec.shiftShare
        );
      for (const event of plan) {
        this.schedule(day * DAY + event.at, Kind.AgentChange, { agent, change: event.kind });
      }
    }
  }

  private agentChange(agent: Agent, change: AgentEventKind): void {
    switch (change) {
      case 'shiftStart':
        agent.onShift = true;
        agent.present = true;
        agent.onBreak = false;
        return this.setStatus(agent, agent.workStatus);
      case 'shiftEnd':
        agent.onShift = false;
        agent.onBreak = false;
        agent.present = false;
        return this.setStatus(agent, null);
      case 'breakStart':
        if (!agent.onShift || !agent.present) return;
        agent.onBreak = true;
        return this.setStatus(agent, BREAK_STATUS);
      case 'breakEnd':
        if (!agent.onShift || !agent.onBreak) return;
        agent.onBreak = false;
        return this.setStatus(agent, agent.workStatus);
      case 'awayStart':
        if (!agent.onShift || agent.onBreak || !agent.present) return;
        agent.present = false;
        return;
      case 'awayEnd':
        if (!agent.onShift || agent.present) return;
        agent.present = true;
        for (const work of agent.items)
          if (work.state === 'pushed') this.scheduleAccept(work, agent);
        if (agent.status !== null && agent.status === agent.statusOnPushTimeout)
          this.setStatus(agent, agent.workStatus);
        return;
    }
  }

  private notice(agent: Agent): void {
    if (!agent.onShift || !agent.present || agent.onBreak) return;
    if (agent.status !== null && agent.status === agent.statusOnPushTimeout)
      this.setStatus(agent, agent.workStatus);
  }

  private setStatus(agent: Agent, status: string | null): void {
    agent.status = status;
    agent.channels = status ? (this.input.org.statuses.get(status) ?? []) : [];
    // A status without the work's service channel (signing out, a break) declines pushed work;
    // Omni-Channel routes it again. Work already accepted stays with the agent.
    for (const work of [...agent.items]) {
      if (work.state !== 'pushed' || agent.channels.includes(work.line!.serviceChannel)) continue;
      const line = work.line!;
      this.release(work, agent);
      this.offer(work, line);
    }
    for (const line of agent.lines) {
      if (!line.fallback || line.live === 0 || line.hasOnlineMember()) continue;
      for (const work of line.removeAll()) {
        this.metrics.fallbacks++;
        this.offer(work, line.fallback);
      }
    }
    this.dispatchForAgent(agent);
  }
}
