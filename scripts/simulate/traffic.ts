/**
 * The contact stream: arrival times per channel (a Poisson process whose rate changes every hour,
 * from the traffic profile), what each contact says (a corpus message stratified by channel and
 * segment), who sends it (a client from the customers file), and the per-contact random draws.
 * Generated lazily, one contact at a time, from streams named by the seed, so both strategies
 * receive exactly the same contacts and nothing is stored per contact.
 */
import { CHANNELS, type Channel, type Segment } from '../routing/model';
import type { CorpusMessage } from './corpus';
import type { MessageTables } from './message-mix';
import type { Customer } from './customers';
import { DAY, HOUR, SECOND } from './model';
import { segmentWeights, type TrafficProfile } from './profile';
import { Random, WeightedTable } from './random';

export interface ContactDraw {
  seq: number;
  channel: Channel;
  arrival: number;
  message: CorpusMessage;
  customer: {
    investableAssets: number | null;
    accountManager: { name: string; active: boolean } | null;
  } | null;
  /** Key of the client's account manager among the agents (null when none or unknown). */
  managerKey: string | null;
  random: Random;
  handleMs: number;
  patienceMs: number;
  misrouteDraw: number;
  wrongDraw: number;
  /** The customer's language when not the desk's own (null), from the profile's language shares. */
  language: string | null;
  /** Draws for the steps after routing (Knowledge, survey), from a stream of their own. */
  articleDraw: number;
  surveyDraw: number;
  dispositionDraw: number;
}

/** Who the account managers are: by key and by lower-case full name. */
export interface ManagerDirectory {
  byKeyOrName(value: string): { key: string; name: string; active: boolean } | undefined;
}

export interface ClientBook {
  hnw: Customer[];
  standard: Customer[];
  /** HNW clients per account manager key. */
  hnwByManager: Map<string, Customer[]>;
  threshold: number;
}

export function clientBook(
  customers: Customer[],
  threshold: number,
  managers: ManagerDirectory
): ClientBook {
  const hnw: Customer[] = [];
  const standard: Customer[] = [];
  const hnwByManager = new Map<string, Customer[]>();
  for (const c of customers) {
    if (c.investableAssets !== null && c.investableAssets >= threshold) {
      hnw.push(c);
      const manager = c.accountManager ? managers.byKeyOrName(c.accountManager) : undefined;
      if (manager) hnwByManager.set(manager.key, [...(hnwByManager.get(manager.key) ?? []), c]);
    } else standard.push(c);
  }
  return { hnw, standard, hnwByManager, threshold };
}

/** Next arrival after `from` of a Poisson process with hourly rates repeating every day. */
function nextArrival(
  random: Random,
  ratesPerHour: number[],
  from: number,
  until: number
): number | null {
  if (!ratesPerHour.some((r) => r > 0)) return null;
  let remaining = random.exponential();
  let t = from;
  while (t < until) {
    const hourIndex = Math.floor((t % DAY) / HOUR);
    const rate = ratesPerHour[hourIndex] ?? 0;
    const hourEnd = Math.min(until, (Math.floor(t / HOUR) + 1) * HOUR);
    const expected = (rate * (hourEnd - t)) / HOUR;
    if (rate > 0 && remaining <= expected) {
      const at = Math.floor(t + (remaining / rate) * HOUR);
      return at < until ? at : null;
    }
    remaining -= expected;
    t = hourEnd;
  }
  return null;
}

/**
 * The contact's journey draws from a stream of their own, so modelling Knowledge and the survey
 * changes no other draw: the same contacts, waits and staff days as without them.
 */
function journeyDraws(
  seed: number,
  channel: Channel,
  index: number
): Pick<ContactDraw, 'articleDraw' | 'surveyDraw' | 'dispositionDraw'> {
  const random = Random.stream(seed, 'journey', channel, index);
  return { articleDraw: random.next(), surveyDraw: random.next(), dispositionDraw: random.next() };
}

export class TrafficSource {
  private readonly arrivals: Record<Channel, Random>;
  private readonly content: Record<Channel, Random>;
  private readonly counts: Record<Channel, number> = { phone: 0, email: 0, chat: 0 };
  private readonly segments: Record<Channel, WeightedTable<Segment>>;
  private seq = 0;

  constructor(
    private readonly seed: number,
    private readonly profile: TrafficProfile,
    private readonly tables: MessageTables,
    private readonly clients: ClientBook,
    private readonly managers: ManagerDirectory,
    /** Arrivals stop here (the end of the last simulated day). */
    readonly until: number
  ) {
    this.arrivals = {} as Record<Channel, Random>;
    this.content = {} as Record<Channel, Random>;
    this.segments = {} as Record<Channel, WeightedTable<Segment>>;
    for (const channel of CHANNELS) {
      this.arrivals[channel] = Random.stream(seed, 'arrivals', channel);
      this.content[channel] = Random.stream(seed, 'content', channel);
      this.segments[channel] = new WeightedTable(segmentWeights(profile, channel));
    }
  }

  nextArrival(channel: Channel, from: number): number | null {
    return nextArrival(
      this.arrivals[channel],
      this.profile.arrivalsPerHour[channel],
      from,
      this.until
    );
  }

  /** The contact arriving at `arrival` on `channel`. */
  draw(channel: Channel, arrival: number): ContactDraw {
    const random = this.content[channel];
    const wanted =
      this.segments[channel].size > 0 ? this.segments[channel].draw(random) : 'STANDARD';
    const table = this.tables[channel][wanted];
    if (!table)
      throw new Error(
        `the corpus has no ${channel} messages, but the profile sends ${channel} traffic`
      );
    const message = table.draw(random);
    const { customer, managerKey } = this.customerFor(message, random);
    const index = this.counts[channel]++;
    const own = Random.stream(this.seed, 'contact', channel, index);
    const p = this.profile;
    const patience =
      channel === 'phone'
        ? own.logNormal(p.patience.phoneSeconds)
        : channel === 'chat'
          ? own.logNormal(p.patience.chatAfterAcknowledgementSeconds)
          : 0;
    return {
      seq: this.seq++,
      channel,
      arrival,
      message,
      customer,
      managerKey,
      random: own,
      handleMs: Math.max(SECOND, Math.round(own.logNormal(p.handleSeconds[channel]) * SECOND)),
      patienceMs: Math.round(patience * SECOND),
      misrouteDraw: own.next(),
      wrongDraw: own.next(),
      language: this.languageFor(channel, index),
      ...journeyDraws(this.seed, channel, index)
    };
  }

  /**
   * A language of its own stream per contact, so adding languages to a profile changes no other
   * draw: the same contacts, waits and staff days with or without them.
   */
  private languageFor(channel: Channel, index: number): string | null {
    const shares = this.profile.languages;
    if (!shares) return null;
    let draw = Random.stream(this.seed, 'language', channel, index).next();
    for (const [language, share] of Object.entries(shares)) {
      if (draw < share) return language;
      draw -= share;
    }
    return null;
  }

  private customerFor(
    message: CorpusMessage,
    random: Random
  ): Pick<ContactDraw, 'customer' | 'managerKey'> {
    const { clients, managers } = this;
    if (message.segment === 'HNW') {
      const named = message.accountManager
        ? managers.byKeyOrName(message.accountManager)
        : undefined;
      const pool = named ? (clients.hnwByManager.get(named.key) ?? []) : clients.hnw;
      const client = pool.length > 0 ? pool[random.int(pool.length)]! : undefined;
      const manager =
        named ?? (client?.accountManager ? managers.byKeyOrName(client.accountManager) : undefined);
      // The text's own manager keeps their name (the engine reads it in the text); the client's
      // manager among the agents plays them when the teams have nobody of that name.
      const name = message.accountManager ?? manager?.name;
      return {
        customer: {
          investableAssets: client?.investableAssets ?? clients.threshold * 2,
          accountManager: name ? { name, active: manager?.active ?? false } : null
        },
        managerKey: manager?.key ?? null
      };
    }
    if (random.next() < this.profile.unknownCustomerShare || clients.standard.length === 0) {
      return { customer: null, managerKey: null };
    }
    const client = clients.standard[random.int(clients.standard.length)]!;
    return {
      customer: { investableAssets: client.investableAssets, accountManager: null },
      managerKey: null
    };
  }
}
