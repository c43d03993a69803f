/**
 * The traffic profile (data/traffic-profile.json): how many contacts arrive when, what they are
 * about, how long work takes, how customers wait, how staff work their shifts, and the settings
 * of today's routing that the `baseline` strategy reproduces. Validated against
 * scripts/simulate/schemas/traffic-profile.schema.json (shipped with the simulator, not with the
 * profiles it checks) before use.
 */
import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../lib/cli';
import type { Channel, IssueType, Segment, Topic } from '../routing/model';
import type { Spread } from './random';

export type StaffRole = 'rep' | 'lead' | 'accountManager' | 'director';
const STAFF_ROLES: readonly StaffRole[] = ['rep', 'lead', 'accountManager', 'director'];

interface Shift {
  /** "HH:MM" */
  start: string;
  end: string;
}

interface BreakPlan {
  /** Minutes after the shift starts. */
  afterMinutes: number;
  minutes: number;
  /** The start moves by up to this many minutes either way, per agent and day. */
  jitterMinutes: number;
}

export interface StaffBehaviour {
  /** Shifts are handed out in turn to the agents of each group. */
  shifts: Shift[];
  breaks: BreakPlan[];
  /** Leaving the desk without changing the Omni-Channel status (meetings, a coffee, a colleague). */
  stepAways: { perShift: number; minutes: Spread };
  /** How long a rep at the desk takes to notice the Away status after a push timed out. */
  noticeAwaySeconds: Spread;
}

export interface TrafficProfile {
  description: string;
  /** Expected contacts per hour of the day (0..23), per channel. */
  arrivalsPerHour: Record<Channel, number[]>;
  /** Share of contacts from high-net-worth clients, per channel. */
  hnwShare: Record<Channel, number>;
  /** Relative weight of each true topic (`none` = no topic) when drawing corpus messages. */
  topicMix: Record<Topic | 'none', number>;
  issueTypeMix: Record<IssueType, number>;
  /** Share of sub-$1M contacts from people the firm cannot identify (no account). */
  unknownCustomerShare: number;
  /** Share of contacts by language other than the desk's (ISO 639-1 code); absent = none. */
  languages?: Record<string, number>;
  /** Agent time per contact (chat: the session, run in parallel up to the capacity). */
  handleSeconds: Record<Channel, Spread>;
  /** Time a rep spends with work that is not theirs before transferring it. */
  forwardSeconds: Record<Channel, Spread>;
  /** From the push to the rep accepting it, when the rep is at the desk. */
  acceptSeconds: Spread;
  /** From accepting a chat to the rep's first message. */
  chatGreetingSeconds: Spread;
  /** Delay of automated acknowledgements (chat initial response, email auto-response). */
  autoResponseSeconds: Record<'chat' | 'email', number>;
  patience: {
    /** A chat customer with no response at all leaves after this many seconds (design: 10). */
    chatWithoutResponseSeconds: number;
    /** Once acknowledged automatically, how long a chat customer waits for a person. */
    chatAfterAcknowledgementSeconds: Spread;
    /** How long a caller waits for someone to answer. */
    phoneSeconds: Spread;
    /** Waiting again after a transfer (phone on hold, chat told "transferring you"). */
    afterTransferSeconds: Record<'phone' | 'chat', Spread>;
  };
  staff: Record<StaffRole, StaffBehaviour>;
  /** Today's setup, reproduced by the `baseline` strategy. */
  baseline: {
    /** Share of sub-$1M contacts the first contact forwards to the wrong team or group. */
    standardMisrouteRate: number;
    chatAutoResponse: boolean;
    emailAutoAcknowledgement: boolean;
  };
  /** Hours simulated after the last day without new arrivals, so overnight emails get answered. */
  drainHours: number;
  /** Assumptions for Knowledge and the satisfaction survey (absent: DEFAULT_JOURNEY). */
  journey?: JourneyAssumptions;
  /** Why the volumes are what they are (sizing notes for leads). */
  sizing?: string;
}

/**
 * What happens after routing, as assumptions (printed as such, never as measurements): how often
 * an agent uses a suggested Knowledge article and how much time it saves, how many customers
 * answer the satisfaction survey, and how waits and transfers drive their rating.
 */
export interface JourneyAssumptions {
  knowledge: { articleUse: number; handleTimeFactor: number };
  survey: {
    responseRate: Record<Channel, number>;
    rating: {
      best: number;
      disposition: number;
      waitPerPoint: Record<Channel, number>;
      maxWaitPoints: number;
      perTransfer: number;
    };
  };
}

export const DEFAULT_PROFILE_PATH = 'data/traffic-profile.json';
const PROFILE_SCHEMA_PATH = path.join(__dirname, 'schemas', 'traffic-profile.schema.json');

/** Reads and validates a traffic profile; errors name the file and the offending field. */
export function loadTrafficProfile(file: string, root: string): TrafficProfile {
  const absolute = path.resolve(root, file);
  if (!existsSync(absolute)) throw new UsageError(`traffic profile not found: ${file}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(absolute, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const schema = JSON.parse(readFileSync(PROFILE_SCHEMA_PATH, 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  if (!validate(json)) {
    const problems = (validate.errors ?? []).map(
      (e) => `${file}: ${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`
    );
    throw new UsageError(`traffic profile is invalid:\n  ${problems.join('\n  ')}`);
  }
  const profile = json as TrafficProfile;
  const problems = checkProfile(profile).map((p) => `${file}: ${p}`);
  if (problems.length > 0)
    throw new UsageError(`traffic profile is invalid:\n  ${problems.join('\n  ')}`);
  return profile;
}

/** Checks a schema cannot express: times of day and shifts, language shares adding up. */
function checkProfile(profile: TrafficProfile): string[] {
  const problems: string[] = [];
  const languageShare = Object.values(profile.languages ?? {}).reduce((a, b) => a + b, 0);
  if (languageShare > 1 + 1e-9)
    problems.push(`/languages shares add up to ${languageShare}, more than 1`);
  for (const role of STAFF_ROLES) {
    profile.staff[role].shifts.forEach((shift, i) => {
      const start = minutesOfDay(shift.start);
      const end = minutesOfDay(shift.end);
      if (start === null || end === null)
        problems.push(`/staff/${role}/shifts/${i} times must be HH:MM`);
      else if (end <= start) problems.push(`/staff/${role}/shifts/${i} must end after it starts`);
    });
  }
  return problems;
}

/** "08:30" → 510; anything else → null. */
export function minutesOfDay(text: string): number | null {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : null;
}

/** Expected arrivals per day, per channel. */
export function dailyVolume(profile: TrafficProfile): Record<Channel, number> {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    phone: sum(profile.arrivalsPerHour.phone),
    email: sum(profile.arrivalsPerHour.email),
    chat: sum(profile.arrivalsPerHour.chat)
  };
}

export function segmentWeights(profile: TrafficProfile, channel: Channel): [Segment, number][] {
  const hnw = profile.hnwShare[channel];
  return [
    ['HNW', hnw],
    ['STANDARD', 1 - hnw]
  ];
}
