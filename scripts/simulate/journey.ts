/**
 * The steps after routing (docs/service-journey.md), modelled on stated assumptions rather than
 * measured: Knowledge and the satisfaction survey.
 *
 * Knowledge: an agent is suggested the articles of the contact's triage topic (the topic routing
 * recorded). The agent uses one (and the handling takes `handleTimeFactor` of its time) with the
 * share `articleUse`, only when that topic has an article in data/knowledge-articles.json and is
 * the contact's true topic: an article about the wrong topic solves nothing. Only `routed` has
 * Knowledge; today the fixes live in people's heads.
 *
 * Survey: every case that closes and every chat a person answered gets one; the link reaches the
 * customer by email for a case (so only an identified customer with a contact gets it) and from
 * the rep in the conversation for a chat. Both strategies send it, as the same measuring
 * instrument, so the ratings compare the journeys. A share of customers answers; the rating is
 * `modelledRating`, which never improves with a longer wait or another transfer.
 */
import { CHANNELS, TEAMS, type Channel, type Team, type Topic } from '../routing/model';
import type { JourneyAssumptions } from './profile';
import { SECOND } from './model';

/** The documented defaults, used when the traffic profile has no `journey`. */
export const DEFAULT_JOURNEY: JourneyAssumptions = {
  knowledge: { articleUse: 0.6, handleTimeFactor: 0.8 },
  survey: {
    responseRate: { phone: 0.15, email: 0.2, chat: 0.3 },
    rating: {
      best: 4.5,
      disposition: 1,
      waitPerPoint: { phone: 180, email: 8 * 3600, chat: 240 },
      maxWaitPoints: 3,
      perTransfer: 0.75
    }
  }
};

/**
 * The rating (1 to 5) a customer gives: `best` moved by their disposition (`dispositionDraw` in
 * [0, 1) maps to -disposition … +disposition), one point off per `waitPerPoint` seconds waited for
 * a person (at most `maxWaitPoints`), `perTransfer` off per transfer; rounded, within 1 to 5.
 */
export function modelledRating(
  rating: JourneyAssumptions['survey']['rating'],
  channel: Channel,
  waitMs: number,
  transfers: number,
  dispositionDraw: number
): number {
  const waitPoints = Math.min(
    rating.maxWaitPoints,
    Math.max(0, waitMs) / SECOND / rating.waitPerPoint[channel]
  );
  const raw =
    rating.best +
    rating.disposition * (2 * dispositionDraw - 1) -
    waitPoints -
    rating.perTransfer * transfers;
  return Math.min(5, Math.max(1, Math.round(raw)));
}

/** Whether the agent handling a contact uses a suggested article (and so handles it faster). */
export function usesArticle(
  knowledge: JourneyAssumptions['knowledge'],
  articleTopics: ReadonlySet<Topic>,
  triageTopic: Topic | null,
  trueTopic: Topic | null,
  draw: number
): boolean {
  return (
    triageTopic !== null &&
    triageTopic === trueTopic &&
    articleTopics.has(triageTopic) &&
    draw < knowledge.articleUse
  );
}

/** Per team and channel: answered contacts, those resolved with an article, and the survey. */
export interface JourneyRow {
  team: Team;
  channel: Channel;
  /** Contacts a person answered and resolved. */
  resolved: number;
  resolvedWithArticle: number;
  surveysSent: number;
  surveysAnswered: number;
  /** Mean rating of the answered surveys (null when none). */
  averageRating: number | null;
}

type Counts = Omit<JourneyRow, 'team' | 'channel' | 'averageRating'> & { ratingSum: number };

/** One resolved contact, as the journey counts it. */
export interface ResolvedContact {
  team: Team;
  channel: Channel;
  withArticle: boolean;
  surveySent: boolean;
  /** The answered survey's rating, or null when the survey was not sent or not answered. */
  rating: number | null;
}

export class JourneyCounter {
  private readonly counts = new Map<string, Counts>();

  record(contact: ResolvedContact): void {
    const key = `${contact.team}/${contact.channel}`;
    const c = this.counts.get(key) ?? {
      resolved: 0,
      resolvedWithArticle: 0,
      surveysSent: 0,
      surveysAnswered: 0,
      ratingSum: 0
    };
    c.resolved++;
    if (contact.withArticle) c.resolvedWithArticle++;
    if (contact.surveySent) c.surveysSent++;
    if (contact.rating !== null) {
      c.surveysAnswered++;
      c.ratingSum += contact.rating;
    }
    this.counts.set(key, c);
  }

  /** One row per team and channel with resolved contacts, in the order of TEAMS and CHANNELS. */
  rows(): JourneyRow[] {
    const rows: JourneyRow[] = [];
    for (const team of TEAMS)
      for (const channel of CHANNELS) {
        const c = this.counts.get(`${team}/${channel}`);
        if (!c) continue;
        rows.push({
          team,
          channel,
          resolved: c.resolved,
          resolvedWithArticle: c.resolvedWithArticle,
          surveysSent: c.surveysSent,
          surveysAnswered: c.surveysAnswered,
          averageRating:
            c.surveysAnswered === 0
              ? null
              : Math.round((c.ratingSum / c.surveysAnswered) * 100) / 100
        });
      }
    return rows;
  }
}

const rating = (r: number | null) => (r === null ? '-' : r.toFixed(2));

/** The closing table: per team and channel, articles and the survey, baseline -> routed. */
export function journeyTable(baseline: JourneyRow[], routed: JourneyRow[]): string {
  if (baseline.length === 0 && routed.length === 0) return '';
  const key = (r: JourneyRow) => `${r.team}/${r.channel}`;
  const base = new Map(baseline.map((r) => [key(r), r]));
  const keys = [...new Set([...baseline, ...routed].map(key))].sort((a, b) => order(a) - order(b));
  const now = new Map(routed.map((r) => [key(r), r]));
  const lines = [
    'Knowledge and satisfaction survey (modelled on the assumptions below), baseline -> routed:',
    '| team | channel | resolved | with an article | surveys sent | answered | average rating |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |'
  ];
  for (const k of keys) {
    const b = base.get(k);
    const r = now.get(k);
    const pair = (get: (row: JourneyRow) => string) => `${b ? get(b) : '-'} -> ${r ? get(r) : '-'}`;
    const [team, channel] = k.split('/');
    lines.push(
      `| ${team} | ${channel} | ${pair((x) => String(x.resolved))} | ${pair((x) => String(x.resolvedWithArticle))} | ` +
        `${pair((x) => String(x.surveysSent))} | ${pair((x) => String(x.surveysAnswered))} | ${pair((x) => rating(x.averageRating))} |`
    );
  }
  return lines.join('\n');
}

function order(key: string): number {
  const [team, channel] = key.split('/') as [Team, Channel];
  return TEAMS.indexOf(team) * CHANNELS.length + CHANNELS.indexOf(channel);
}

/** The assumptions in words, printed with the table: they are not measurements. */
export function assumptionLines(
  j: JourneyAssumptions,
  articleTopics: readonly string[],
  source: string
): string[] {
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const r = j.survey.rating;
  const per = (c: Channel) =>
    c === 'email'
      ? `${Math.round((r.waitPerPoint.email / 3600) * 10) / 10} h`
      : `${r.waitPerPoint[c]} s`;
  return [
    `Assumptions, not measurements (${source}):`,
    `  - Knowledge (routed only; today the fixes live in people's heads): articles exist for ${articleTopics.join(', ') || 'no topic'} ` +
      '(data/knowledge-articles.json); when the triage topic is the true topic and has an article, the agent uses one in ' +
      `${pct(j.knowledge.articleUse)} of handlings, which then take ${pct(j.knowledge.handleTimeFactor)} of the time.`,
    '  - Survey (both strategies, the same instrument): sent when a person resolved the contact, to identified customers ' +
      `for cases (phone, email) and in the conversation for chats; answered by ${CHANNELS.map((c) => `${pct(j.survey.responseRate[c])} (${c})`).join(', ')}.`,
    `  - Rating 1-5: ${r.best} plus the customer's disposition (±${r.disposition}), one point off per ` +
      `${CHANNELS.map((c) => `${per(c)} (${c})`).join(', ')} waited for a person (at most ${r.maxWaitPoints}), ` +
      `${r.perTransfer} off per transfer.`
  ];
}
