/**
 * The simulator's moving parts: work items (one per contact), agents, and routing lines (a queue,
 * a skills-based request, or a direct-to-agent request, each for one service channel).
 * Times are integer milliseconds from the start of day 0.
 */
import type { Channel, Group, Team, Topic } from '../routing/model';
import type { CorpusMessage } from './corpus';
import { MinHeap } from './heap';
import type { RoutingModel } from './org';
import type { Random } from './random';
import type { AgentSpec } from './staff';

export const SECOND = 1000;
/** The highest routing priority a factor's boost reaches (1 stays the escalations'). */
const HIGHEST_RAISED_PRIORITY = 2;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export type StrategyName = 'baseline' | 'routed';
export const STRATEGIES: readonly StrategyName[] = ['baseline', 'routed'];

/** Where a contact truly belongs (or was sent): a team and, where the team has them, a group. */
export interface Destination {
  team: Team;
  group: Group | null;
}

export function destinationKey(d: Destination): string {
  return `${d.team}/${d.group ?? ''}`;
}

type WorkState = 'waiting' | 'pushed' | 'working' | 'ended';
export type Outcome = 'answered' | 'abandoned' | 'lost' | 'pending';

export interface Work {
  seq: number;
  channel: Channel;
  serviceChannel: string;
  arrival: number;
  message: CorpusMessage;
  /** The customer as the routing engine reads it (npm run route's `customer`). */
  customer: {
    investableAssets: number | null;
    accountManager: { name: string; active: boolean } | null;
  } | null;
  /** The client's account manager among the agents, if any. */
  manager: Agent | null;
  truth: Destination;
  truthKey: string;
  /** Per-contact randomness: the same draws whatever the strategy. */
  random: Random;
  handleMs: number;
  /** First wait's patience (phone: for an answer; chat: after an automated acknowledgement). */
  patienceMs: number;
  /** Baseline: draws deciding whether and where the first contact misroutes. */
  misrouteDraw: number;
  wrongDraw: number;

  state: WorkState;
  line: Line | null;
  /** Orders waiting work: the start of the current wait (arrival or transfer). */
  enqueuedAt: number;
  agent: Agent | null;
  /** Capacity the current push or work holds on its agent. */
  weight: number;
  /** Invalidates scheduled accept, timeout and completion events when the work moves on. */
  token: number;
  /** Invalidates the scheduled abandonment when a new wait starts. */
  waitToken: number;
  /** When the customer of the current wait was (or will be) answered by a person; -1 = not yet. */
  greetAt: number;
  forwardTo: Line | null;
  /** Baseline: still with the generalist first contact. */
  atEntry: boolean;
  /** Baseline: where the first contact believes the work belongs. */
  believed: Destination | null;

  firstResponseAt: number;
  firstHumanAt: number;
  answeredAt: number;
  rightTeamAt: number;
  replyAt: number;
  autoAcknowledged: boolean;
  misrouted: boolean;
  transfers: number;
  complaintReachedManager: boolean;

  /** The customer's language (null: the desk's own). Drawn from the traffic profile. */
  language: string | null;
  /** The skill of agents who speak it (from the language's Routing Factor), if any. */
  languageSkill: string | null;
  /** Routing priority steps the routing factors raise this work by (0 = none; routed only). */
  priorityBoost: number;
  /** True when the routing factors find the customer angry or the contact urgent (every run alike). */
  raised: boolean;
  /** The agent who handled the contact (null until someone does). */
  handledBy: Agent | null;
  /** The topic triage gives the contact: what Knowledge suggests articles by. */
  triageTopic: Topic | null;
  /** Journey draws of the contact's own stream (article use, survey answer, disposition). */
  articleDraw: number;
  surveyDraw: number;
  dispositionDraw: number;
  /** The handling used a suggested Knowledge article (routed only). */
  withArticle: boolean;
}

export interface Agent {
  index: number;
  spec: AgentSpec;
  capacity: number;
  /** The status the agent sets to work, and the one a push timeout sets (null = unchanged). */
  workStatus: string | null;
  statusOnPushTimeout: string | null;
  /** Destination keys this agent handles rather than forwards. */
  identities: Set<string>;
  /** Lines this agent is eligible for (grows as lines are created). */
  lines: Line[];
  /** Index of the agent within its group of interchangeable people (shift rotation). */
  rotation: number;

  status: string | null;
  channels: readonly string[];
  onShift: boolean;
  onBreak: boolean;
  present: boolean;
  used: number;
  activeCount: number;
  lastAssignedAt: number;
  items: Set<Work>;
}

export type LineKind = 'queue' | 'skills' | 'user' | 'entry';

/**
 * How a line honours a work item's priority boost (routing factors): `priority` lowers the routing
 * priority number of that item (a pending routing's RoutingPriority: skills and direct lines);
 * `secondary` orders it first within the line (Case.Priority, the Case channel's secondary routing
 * priority: Case queues); `none` ignores it (chat queues, today's entry queues).
 */
export type BoostMode = 'priority' | 'secondary' | 'none';

export interface LineSettings {
  priority: number;
  model: RoutingModel;
  pushTimeoutMs: number;
  capacityWeight: number | null;
  capacityPercentage: number | null;
  /** False when the queue has no routing configuration: Omni-Channel never routes its work. */
  routable: boolean;
}

export class Line {
  readonly waiting = new MinHeap<Work>((a, b) => {
    const boostA = this.boostOf(a);
    const boostB = this.boostOf(b);
    if (boostA !== boostB) return boostA > boostB;
    return a.enqueuedAt < b.enqueuedAt || (a.enqueuedAt === b.enqueuedAt && a.seq < b.seq);
  });
  live = 0;
  readonly members: Agent[] = [];
  /** Additional skills: the line without them, which takes waiting work after dropAfterMs. */
  dropTo: Line | null = null;
  dropAfterMs = 0;
  boostMode: BoostMode = 'none';

  constructor(
    readonly key: string,
    readonly kind: LineKind,
    /** Queue developer name (or the fallback queue for skills and user lines). */
    readonly queue: string,
    readonly serviceChannel: string,
    readonly settings: LineSettings,
    /** Where waiting work goes when no member is signed in on the channel (skills, direct). */
    readonly fallback: Line | null
  ) {}

  /** The boost this line gives the work (see BoostMode). */
  boostOf(work: Work): number {
    return this.boostMode === 'none' ? 0 : work.priorityBoost;
  }

  /**
   * The routing priority of this work on this line (lower is served first), as
   * OmniWorkRouter.boostedPriority gives it: a boost never reaches 1, the escalations' own.
   */
  priorityOf(work: Work): number {
    const base = this.settings.priority;
    return this.boostMode === 'priority'
      ? Math.max(Math.min(base, HIGHEST_RAISED_PRIORITY), base - work.priorityBoost)
      : base;
  }

  weightFor(agent: Agent): number {
    const { capacityWeight, capacityPercentage } = this.settings;
    if (capacityPercentage !== null && capacityWeight === null)
      return (agent.capacity * capacityPercentage) / 100;
    return capacityWeight ?? 1;
  }

  add(work: Work): void {
    work.state = 'waiting';
    work.line = this;
    this.waiting.push(work);
    this.live++;
  }

  /** The oldest live waiting work, dropping entries that left (abandoned, moved). */
  head(): Work | undefined {
    for (;;) {
      const top = this.waiting.peek();
      if (top === undefined) return undefined;
      if (top.state === 'waiting' && top.line === this) return top;
      this.waiting.pop();
    }
  }

  take(): Work | undefined {
    const work = this.head();
    if (work) {
      this.waiting.pop();
      this.live--;
    }
    return work;
  }

  /** Called when waiting work leaves other than through take(); compacts stale entries. */
  forget(): void {
    this.live--;
    if (this.waiting.size > 2 * this.live + 64) {
      const keep = this.waiting.values().filter((w) => w.state === 'waiting' && w.line === this);
      while (this.waiting.pop() !== undefined);
      for (const w of keep) this.waiting.push(w);
    }
  }

  /** Every live waiting work (audits). */
  liveWork(): Work[] {
    return this.waiting.values().filter((w) => w.state === 'waiting' && w.line === this);
  }

  /** Empties the line, returning its live work oldest first (moves to a fallback). */
  removeAll(): Work[] {
    const out: Work[] = [];
    for (let w = this.take(); w !== undefined; w = this.take()) out.push(w);
    while (this.waiting.pop() !== undefined);
    this.live = 0;
    return out;
  }

  hasOnlineMember(): boolean {
    return this.members.some((a) => a.channels.includes(this.serviceChannel));
  }
}
