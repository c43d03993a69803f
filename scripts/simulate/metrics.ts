/**
 * Streaming metrics for one strategy: counters and fixed-size histograms updated as each contact
 * ends, never a list of contacts, so memory stays flat however many days are simulated. Produces
 * the `M` object of the simulate contract plus the hour-of-day series for the HTML report.
 */
import { CHANNELS, type Channel } from '../routing/model';
import { DurationHistogram } from './histogram';
import { HOUR, SECOND, DAY, type Outcome, type Work } from './model';

/** The contract's per-strategy figures (keys and order are the contract). */
export interface StrategyFigures {
  contacts: number;
  lost: number;
  misrouteRate: number;
  transfers: number;
  chat: {
    firstResponseWithin10s: number;
    humanFirstResponseP95Seconds: number | null;
    abandonRate: number;
  };
  phone: { answerP95Seconds: number | null; abandonRate: number };
  email: { firstHumanResponseP95Minutes: number | null; autoAckRate: number };
  hnw: { complaintsToAccusedManager: number };
}

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
  /** p95 seconds from arrival to the rep who handles the contact (phone, chat). */
  rightRepP95Seconds: Record<'phone' | 'chat', number | null>;
  meanWaitSeconds: Record<Channel, number | null>;
  /**
   * Mean time every customer waited for a person: until answered (email: replied), or until they
   * left, or until the run ended. Unlike the waits of answered contacts, it cannot look better
   * because impatient customers left.
   */
  meanWaitedSeconds: Record<Channel, number | null>;
  hourly: Record<Channel, HourPoint[]>;
}

export interface HourPoint {
  hour: number;
  contacts: number;
  abandonRate: number | null;
  /** chat: human first response; phone: answer; email: first human response (seconds). */
  p95WaitSeconds: number | null;
}

const CHAT_GOAL_MS = 10 * SECOND;

export const round = (value: number, digits = 4): number => {
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
  private readonly bySegment = {
    HNW: { contacts: 0, misrouted: 0 },
    STANDARD: { contacts: 0, misrouted: 0 }
  };
  private emailAutoAck = 0;
  private readonly perChannel = {} as StrategyDetails['perChannel'];
  private readonly waits = {} as Record<Channel, DurationHistogram>;
  private readonly waited = {} as Record<Channel, DurationHistogram>;
  private readonly rightRep = { phone: new DurationHistogram(), chat: new DurationHistogram() };
  private readonly hourly = {} as Record<
    Channel,
    { contacts: Float64Array; abandoned: Float64Array; waits: DurationHistogram[] }
  >;

  constructor() {
    for (const channel of CHANNELS) {
      this.perChannel[channel] = { contacts: 0, answered: 0, abandoned: 0, pending: 0 };
      this.waits[channel] = new DurationHistogram();
      this.waited[channel] = new DurationHistogram();
      this.hourly[channel] = {
        contacts: new Float64Array(24),
        abandoned: new Float64Array(24),
        waits: Array.from({ length: 24 }, () => new DurationHistogram())
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
    }
    this.waited[channel].addMs(wait >= 0 ? wait : Math.max(0, now - work.arrival));
    if ((channel === 'phone' || channel === 'chat') && work.rightTeamAt >= 0)
      this.rightRep[channel].addMs(work.rightTeamAt - work.arrival);
  }

  figures(): StrategyFigures {
    const chat = this.perChannel.chat;
    const phone = this.perChannel.phone;
    const email = this.perChannel.email;
    const emailP95 = this.waits.email.quantileSeconds(0.95);
    return {
      contacts: this.contacts,
      lost: this.lost,
      misrouteRate: rate(this.misrouted, this.contacts),
      transfers: this.transfers,
      chat: {
        firstResponseWithin10s: rate(this.chatWithinGoal, chat.contacts),
        humanFirstResponseP95Seconds: this.waits.chat.quantileSeconds(0.95),
        abandonRate: rate(chat.abandoned, chat.contacts)
      },
      phone: {
        answerP95Seconds: this.waits.phone.quantileSeconds(0.95),
        abandonRate: rate(phone.abandoned, phone.contacts)
      },
      email: {
        firstHumanResponseP95Minutes: emailP95 === null ? null : round(emailP95 / 60, 1),
        autoAckRate: rate(this.emailAutoAck, email.contacts)
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
      hourly[channel] = Array.from({ length: 24 }, (_, hour) => ({
        hour,
        contacts: h.contacts[hour]!,
        abandonRate: h.contacts[hour]! === 0 ? null : rate(h.abandoned[hour]!, h.contacts[hour]!),
        p95WaitSeconds: h.waits[hour]!.quantileSeconds(0.95)
      }));
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
      hourly
    };
  }
}
