/**
 * Streaming metrics for one strategy: counters and fixed-size histograms updated as each contact
 * ends, never a list of contacts, so memory stays flat however many days are simulated. Produces
 * the `M` object of the simulate contract plus the hour-of-day series for the HTML report.
 *
 * Waits are reported as a queueing analyst reports them: over every contact. A contact nobody
 * answered (the caller hung up, the chat customer left, the email was still waiting when the run
 * ended) counts with the time it waited, as censored: its answer came later, or never. So the p95
 * and the service level (answered within the target, as a share of all contacts) can only get
 * worse when customers give up, never better, as they did when only answered contacts counted.
 */
import { CHANNELS, type Channel } from '../routing/model';
import { DurationHistogram } from './histogram';
import { HOUR, SECOND, DAY, type Outcome, type Work } from './model';
import { DEFAULT_JOURNEY, JourneyCounter, modelledRating, type JourneyRow } from './journey';
import { MilestoneAttainment, type MilestoneRow } from './milestones';
import type { JourneyAssumptions } from './profile';
import type { MilestoneTargets } from '../service-levels/targets';

/**
 * A channel's service level: the share of all its contacts a person answered within the target
 * (chat: a person's first message; phone: answered; email: a person's reply), and whether the p95
 * beside it is only a lower bound (more than 5% were never answered within it).
 */
export interface ServiceLevel {
  serviceLevel: number;
  serviceLevelTargetSeconds: number;
  /** Share of the contacts no person answered: they left, or were still waiting at the end. */
  unansweredRate: number;
  p95IsLowerBound: boolean;
}

/**
 * The contract's per-strategy figures (keys and order are the contract; the service-level keys
 * follow them). Every p95 is over all contacts of the channel, unanswered ones censored at the
 * time they left (see ServiceLevel.p95IsLowerBound).
 */
export interface StrategyFigures {
  contacts: number;
  lost: number;
  misrouteRate: number;
  transfers: number;
  chat: {
    firstResponseWithin10s: number;
    humanFirstResponseP95Seconds: number | null;
    abandonRate: number;
  } & ServiceLevel;
  phone: { answerP95Seconds: number | null; abandonRate: number } & ServiceLevel;
  email: { firstHumanResponseP95Minutes: number | null; autoAckRate: number } & ServiceLevel;
  hnw: { complaintsToAccusedManager: number };
}

/**
 * Service-level targets, in seconds: phone the call-centre convention (answered within 20 s),
 * chat a person within a minute once the automated response has greeted the customer, email a
 * person's reply within four hours.
 */
export const SERVICE_LEVEL_TARGET_SECONDS: Record<Channel, number> = {
  phone: 20,
  chat: 60,
  email: 4 * 3600
};

/** More than the contract: what the table and the HTML page show. */
export interface StrategyDetails {
  answered: number;
  abandoned: number;
  pending: number;
  perChannel: Record<
    Channel,
    { contacts: number; answered: number; abandoned: number; pending: number }
  >;
  pushTimeouts: number;
  fallbacks: number;
  /** Misrouting by the client's segment (the baseline states its rate for sub-$1M clients). */
  misrouteBySegment: Record<'HNW' | 'STANDARD', { contacts: number; misrouted: number }>;
  /** p95 seconds from arrival to the rep who handles the contact (phone, chat; answered only). */
  rightRepP95Seconds: Record<'phone' | 'chat', number | null>;
  /** Mean wait of the answered contacts only (for comparison with the all-contacts figures). */
  meanWaitSeconds: Record<Channel, number | null>;
  /**
   * Mean time every customer waited for a person: until answered (email: replied), or until they
   * left, or until the run ended. Unlike the waits of answered contacts, it cannot look better
   * because impatient customers left.
   */
  meanWaitedSeconds: Record<Channel, number | null>;
  hourly: Record<Channel, HourPoint[]>;
  /** First-response and resolution milestone attainment per team and channel (empty without targets). */
  milestones: MilestoneRow[];
  /** The contacts the routing factors are about, whatever this run routed with. */
  factors: FactorFigures;
  /** Resolved with a Knowledge article, and the satisfaction survey, per team and channel (modelled). */
  journey: JourneyRow[];
}

/** Waits of one group of contacts on one channel (all contacts, unanswered censored). */
export interface GroupWaits {
  contacts: number;
  /** Share answered by a person within the channel's target. */
  serviceLevel: number;
  meanWaitedSeconds: number | null;
  p95Seconds: number | null;
  p95IsLowerBound: boolean;
}

export interface FactorFigures {
  /** Customers who speak another language than the desk's. */
  nonEnglish: Record<Channel, GroupWaits> & {
    /** Handled by an agent holding their language's skill. */
    servedInLanguage: number;
    contacts: number;
  };
  /** Angry or urgent customers (the mood and urgency factors' signals). */
  angryOrUrgent: Record<Channel, GroupWaits>;
  /** Everyone else of the same run: what the others pay for the priority. */
  others: Record<Channel, GroupWaits>;
}

class GroupCounter {
  readonly contacts = {} as Record<Channel, number>;
  readonly withinTarget = {} as Record<Channel, number>;
  readonly answered = {} as Record<Channel, DurationHistogram>;
  readonly unanswered = {} as Record<Channel, DurationHistogram>;
  readonly waited = {} as Record<Channel, DurationHistogram>;

  constructor() {
    for (const channel of CHANNELS) {
      this.contacts[channel] = 0;
      this.withinTarget[channel] = 0;
      this.answered[channel] = new DurationHistogram();
      this.unanswered[channel] = new DurationHistogram();
      this.waited[channel] = new DurationHistogram();
    }
  }

  add(channel: Channel, wait: number, left: number): void {
    this.contacts[channel]++;
    if (wait >= 0) {
      this.answered[channel].addMs(wait);
      if (wait <= SERVICE_LEVEL_TARGET_SECONDS[channel] * SECOND) this.withinTarget[channel]++;
    } else this.unanswered[channel].addMs(left);
    this.waited[channel].addMs(wait >= 0 ? wait : Number.isFinite(left) ? left : 0);
  }

  figures(): Record<Channel, GroupWaits> {
    const out = {} as Record<Channel, GroupWaits>;
    for (const channel of CHANNELS) {
      const p95 = DurationHistogram.censoredQuantile(
        this.answered[channel],
        this.unanswered[channel],
        0.95
      );
      const mean = this.waited[channel].meanSeconds();
      out[channel] = {
        contacts: this.contacts[channel],
        serviceLevel: rate(this.withinTarget[channel], this.contacts[channel]),
        meanWaitedSeconds: mean === null ? null : round(mean, 1),
        p95Seconds: p95?.seconds ?? null,
        p95IsLowerBound: p95?.lowerBound ?? false
      };
    }
    return out;
  }
}

export interface HourPoint {
  hour: number;
  contacts: number;
  abandonRate: number | null;
  /**
   * Contacts arriving in this hour: chat human first response, phone answer, email first human
   * response, p95 in seconds over all of them (unanswered censored at the time they left).
   */
  p95WaitSeconds: number | null;
  /** The p95 is a lower bound: more than 5% of this hour's contacts were never answered within it. */
  p95IsLowerBound: boolean;
  /** Share of this hour's contacts answered within the channel's target; null without contacts. */
  serviceLevel: number | null;
}

const CHAT_GOAL_MS = 10 * SECOND;

const round = (value: number, digits = 4): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};
const rate = (part: number, whole: number) => (whole === 0 ? 0 : round(part / whole));

export class StrategyMetrics {
  contacts = 0;
  answered = 0;
  abandoned = 0;
  lost = 0;
  pending = 0;
  misrouted = 0;
  transfers = 0;
  pushTimeouts = 0;
  fallbacks = 0;
  complaintsToAccusedManager = 0;
  private chatWithinGoal = 0;
  private readonly nonEnglish = new GroupCounter();
  private servedInLanguage = 0;
  private readonly angryOrUrgent = new GroupCounter();
  private readonly others = new GroupCounter();
  private readonly bySegment = {
    HNW: { contacts: 0, misrouted: 0 },
    STANDARD: { contacts: 0, misrouted: 0 }
  };
  private emailAutoAck = 0;
  private readonly perChannel = {} as StrategyDetails['perChannel'];
  /** Waits of the contacts a person answered. */
  private readonly waits = {} as Record<Channel, DurationHistogram>;
  /** How long each unanswered contact waited before it left or the run ended (censored). */
  private readonly unanswered = {} as Record<Channel, DurationHistogram>;
  private readonly withinTarget = {} as Record<Channel, number>;
  private readonly waited = {} as Record<Channel, DurationHistogram>;
  private readonly rightRep = { phone: new DurationHistogram(), chat: new DurationHistogram() };
  private readonly hourly = {} as Record<
    Channel,
    {
      contacts: Float64Array;
      abandoned: Float64Array;
      withinTarget: Float64Array;
      waits: DurationHistogram[];
      unanswered: DurationHistogram[];
    }
  >;

  private readonly milestones: MilestoneAttainment;
  private readonly journey = new JourneyCounter();

  constructor(
    milestoneTargets: MilestoneTargets | null = null,
    private readonly journeyAssumptions: JourneyAssumptions = DEFAULT_JOURNEY
  ) {
    this.milestones = new MilestoneAttainment(milestoneTargets);
    for (const channel of CHANNELS) {
      this.perChannel[channel] = { contacts: 0, answered: 0, abandoned: 0, pending: 0 };
      this.waits[channel] = new DurationHistogram();
      this.unanswered[channel] = new DurationHistogram();
      this.withinTarget[channel] = 0;
      this.waited[channel] = new DurationHistogram();
      this.hourly[channel] = {
        contacts: new Float64Array(24),
        abandoned: new Float64Array(24),
        withinTarget: new Float64Array(24),
        waits: Array.from({ length: 24 }, () => new DurationHistogram()),
        unanswered: Array.from({ length: 24 }, () => new DurationHistogram())
      };
    }
  }

  /** Records a contact that has ended at `now` (or is still pending when the simulation stops). */
  record(work: Work, outcome: Outcome, now: number): void {
    const channel = work.channel;
    const hour = Math.floor((work.arrival % DAY) / HOUR);
    const byChannel = this.perChannel[channel];
    const hourly = this.hourly[channel];
    this.contacts++;
    byChannel.contacts++;
    hourly.contacts[hour]! += 1;
    if (outcome === 'answered') {
      this.answered++;
      byChannel.answered++;
    } else if (outcome === 'abandoned') {
      this.abandoned++;
      byChannel.abandoned++;
      hourly.abandoned[hour]! += 1;
    } else if (outcome === 'lost') this.lost++;
    else {
      this.pending++;
      byChannel.pending++;
    }
    const segment = this.bySegment[work.message.segment];
    segment.contacts++;
    if (work.misrouted) {
      this.misrouted++;
      segment.misrouted++;
    }
    if (work.complaintReachedManager) this.complaintsToAccusedManager++;

    let wait = -1;
    if (channel === 'chat') {
      const first = [work.firstResponseAt, work.firstHumanAt].filter((t) => t >= 0);
      if (first.length > 0 && Math.min(...first) - work.arrival <= CHAT_GOAL_MS)
        this.chatWithinGoal++;
      if (work.firstHumanAt >= 0) wait = work.firstHumanAt - work.arrival;
    } else if (channel === 'phone') {
      if (work.answeredAt >= 0) wait = work.answeredAt - work.arrival;
    } else {
      if (work.autoAcknowledged) this.emailAutoAck++;
      if (work.replyAt >= 0) wait = work.replyAt - work.arrival;
    }
    if (wait >= 0) {
      this.waits[channel].addMs(wait);
      hourly.waits[hour]!.addMs(wait);
      if (wait <= SERVICE_LEVEL_TARGET_SECONDS[channel] * SECOND) {
        this.withinTarget[channel]++;
        hourly.withinTarget[hour]! += 1;
      }
    } else {
      // A lost contact never reached a queue: it would never have been answered.
      const left = outcome === 'lost' ? Infinity : Math.max(0, now - work.arrival);
      this.unanswered[channel].addMs(left);
      hourly.unanswered[hour]!.addMs(left);
    }
    this.waited[channel].addMs(wait >= 0 ? wait : Math.max(0, now - work.arrival));
    this.milestones.record(
      work.truth.team,
      channel,
      work.message.segment,
      wait,
      outcome === 'answered' ? now - work.arrival : -1
    );
    if (outcome === 'answered') this.recordJourney(work, wait);
    const left = outcome === 'lost' ? Infinity : Math.max(0, now - work.arrival);
    if (work.language !== null) {
      this.nonEnglish.add(channel, wait, left);
      if (work.languageSkill && work.handledBy?.spec.skills.includes(work.languageSkill))
        this.servedInLanguage++;
    }
    (work.raised ? this.angryOrUrgent : this.others).add(channel, wait, left);
    if ((channel === 'phone' || channel === 'chat') && work.rightTeamAt >= 0)
      this.rightRep[channel].addMs(work.rightTeamAt - work.arrival);
  }

  /**
   * A resolved contact's Knowledge and survey: a case's survey goes by email to an identified
   * customer, a chat's from the rep in the conversation; counted by the true team, as milestones.
   */
  private recordJourney(work: Work, wait: number): void {
    const survey = this.journeyAssumptions.survey;
    const surveySent = work.channel === 'chat' || work.customer !== null;
    const answered = surveySent && work.surveyDraw < survey.responseRate[work.channel];
    this.journey.record({
      team: work.truth.team,
      channel: work.channel,
      withArticle: work.withArticle,
      surveySent,
      rating: answered
        ? modelledRating(survey.rating, work.channel, wait, work.transfers, work.dispositionDraw)
        : null
    });
  }

  /** The channel's p95 over all contacts (seconds) and its service level. */
  private p95(channel: Channel): { seconds: number | null } & ServiceLevel {
    const p95 = DurationHistogram.censoredQuantile(
      this.waits[channel],
      this.unanswered[channel],
      0.95
    );
    return {
      seconds: p95?.seconds ?? null,
      serviceLevel: rate(this.withinTarget[channel], this.perChannel[channel].contacts),
      serviceLevelTargetSeconds: SERVICE_LEVEL_TARGET_SECONDS[channel],
      unansweredRate: rate(this.unanswered[channel].count, this.perChannel[channel].contacts),
      p95IsLowerBound: p95?.lowerBound ?? false
    };
  }

  figures(): StrategyFigures {
    const chat = this.perChannel.chat;
    const phone = this.perChannel.phone;
    const email = this.perChannel.email;
    const { seconds: chatP95, ...chatLevel } = this.p95('chat');
    const { seconds: phoneP95, ...phoneLevel } = this.p95('phone');
    const { seconds: emailP95, ...emailLevel } = this.p95('email');
    return {
      contacts: this.contacts,
      lost: this.lost,
      misrouteRate: rate(this.misrouted, this.contacts),
      transfers: this.transfers,
      chat: {
        firstResponseWithin10s: rate(this.chatWithinGoal, chat.contacts),
        humanFirstResponseP95Seconds: chatP95,
        abandonRate: rate(chat.abandoned, chat.contacts),
        ...chatLevel
      },
      phone: {
        answerP95Seconds: phoneP95,
        abandonRate: rate(phone.abandoned, phone.contacts),
        ...phoneLevel
      },
      email: {
        firstHumanResponseP95Minutes: emailP95 === null ? null : round(emailP95 / 60, 1),
        autoAckRate: rate(this.emailAutoAck, email.contacts),
        ...emailLevel
      },
      hnw: { complaintsToAccusedManager: this.complaintsToAccusedManager }
    };
  }

  details(): StrategyDetails {
    const hourly = {} as StrategyDetails['hourly'];
    const meanWaitSeconds = {} as StrategyDetails['meanWaitSeconds'];
    const meanWaitedSeconds = {} as StrategyDetails['meanWaitedSeconds'];
    for (const channel of CHANNELS) {
      const h = this.hourly[channel];
      hourly[channel] = Array.from({ length: 24 }, (_, hour) => {
        const contacts = h.contacts[hour]!;
        const p95 = DurationHistogram.censoredQuantile(h.waits[hour]!, h.unanswered[hour]!, 0.95);
        return {
          hour,
          contacts,
          abandonRate: contacts === 0 ? null : rate(h.abandoned[hour]!, contacts),
          p95WaitSeconds: p95?.seconds ?? null,
          p95IsLowerBound: p95?.lowerBound ?? false,
          serviceLevel: contacts === 0 ? null : rate(h.withinTarget[hour]!, contacts)
        };
      });
      const mean = this.waits[channel].meanSeconds();
      meanWaitSeconds[channel] = mean === null ? null : round(mean, 1);
      const waited = this.waited[channel].meanSeconds();
      meanWaitedSeconds[channel] = waited === null ? null : round(waited, 1);
    }
    return {
      answered: this.answered,
      abandoned: this.abandoned,
      pending: this.pending,
      perChannel: JSON.parse(JSON.stringify(this.perChannel)) as StrategyDetails['perChannel'],
      pushTimeouts: this.pushTimeouts,
      fallbacks: this.fallbacks,
      misrouteBySegment: {
        HNW: { ...this.bySegment.HNW },
        STANDARD: { ...this.bySegment.STANDARD }
      },
      rightRepP95Seconds: {
        phone: this.rightRep.phone.quantileSeconds(0.95),
        chat: this.rightRep.chat.quantileSeconds(0.95)
      },
      meanWaitSeconds,
      meanWaitedSeconds,
      hourly,
      milestones: this.milestones.rows(),
      factors: this.factorFigures(),
      journey: this.journey.rows()
    };
  }

  private factorFigures(): FactorFigures {
    const nonEnglish = this.nonEnglish.figures();
    const contacts = CHANNELS.reduce((sum, c) => sum + nonEnglish[c].contacts, 0);
    return {
      nonEnglish: {
        ...nonEnglish,
        contacts,
        servedInLanguage: rate(this.servedInLanguage, contacts)
      },
      angryOrUrgent: this.angryOrUrgent.figures(),
      others: this.others.figures()
    };
  }
}
