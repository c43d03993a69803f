/**
 * Routing factors beside the decision table (Apex twin: RoutingFactors.cls): the customer's mood,
 * the urgency of the contact, the customer's segment and the customer's language, configured in the
 * RoutingFactor custom metadata records. Mood, urgency and segment raise the routing priority
 * (the largest boost of the factors that apply); a language adds its skill to a skills-based
 * routing as an additional skill that Omni-Channel drops after the channel's timeout. Factors
 * never change the team, group, target or rule: the complaint invariant and the contract's keys
 * are untouched.
 */
import { CHANNELS, type Channel, type Contact, type Segment, type Target } from './model';
import { compareText } from './phrases';
import { prepareSubject, prepareText, tokenize } from './text';

export const FACTOR_KINDS = ['mood', 'urgency', 'segment', 'language'] as const;
type FactorKind = (typeof FACTOR_KINDS)[number];

/** The highest boost a factor may give (the Priority_Boost_In_Range validation rule says the same). */
const MAX_PRIORITY_BOOST = 3;
/** Languages that need no factor: the desk's own language. */
export const DESK_LANGUAGE = 'en';

export interface RoutingFactor {
  developerName: string;
  factor: FactorKind;
  /** angry, urgent, HNW / STANDARD, or a two-letter language code (lower case). */
  value: string;
  /** Mood and urgency: whole-word phrases, each as its tokens joined by one space. */
  signals: string[];
  priorityBoost: number;
  /** Language: the skill of agents who speak it. */
  skill: string | null;
  /** Language: seconds before Omni-Channel drops the skill, per channel. */
  dropTimeoutSeconds: Record<Channel, number | null>;
  active: boolean;
}

interface AdditionalSkill {
  skill: string;
  dropAfterSeconds: number;
}

/** What the factors add to one routing decision (`factors` in `npm run route` output). */
export interface FactorOutcome {
  language: string | null;
  mood: string | null;
  urgency: string | null;
  /** Routing priority steps to raise the work by (0 = none). */
  priorityBoost: number;
  /** Additional skills for a skills-based routing (empty for queue and user targets). */
  additionalSkills: AdditionalSkill[];
  reasons: string[];
}

export const NO_FACTORS: FactorOutcome = Object.freeze({
  language: null,
  mood: null,
  urgency: null,
  priorityBoost: 0,
  additionalSkills: [],
  reasons: []
}) as FactorOutcome;

/**
 * A language tag as the engines compare it: its primary subtag in lower case (`es-MX`, `ES`,
 * `es_MX` → `es`); null for blank or anything that is not two or three letters.
 */
export function normalizeLanguage(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const primary = raw.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** Signals as the engines match them: comma-separated, tokenized like the text, blanks dropped. */
export function parseSignals(raw: string | null): string[] {
  if (raw === null) return [];
  return raw
    .split(',')
    .map((part) => tokenize(part).join(' '))
    .filter((part) => part.length > 0);
}

/**
 * The contact's text as one string of words with a space on each side and ` | ` between
 * sentences, so a signal matches whole words inside one sentence only.
 */
function signalText(contact: Contact): string {
  const sentences = [
    ...prepareSubject(contact.subject),
    ...prepareText(contact.body),
    ...prepareText(contact.transcript)
  ];
  return ` ${sentences.map((words) => words.join(' ')).join(' | ')} `;
}

function detect(
  factors: RoutingFactor[],
  kind: 'mood' | 'urgency',
  intakeValue: string | null,
  text: string,
  reasons: string[]
): RoutingFactor | null {
  const ofKind = factors.filter((f) => f.factor === kind);
  if (intakeValue !== null) {
    const chosen = ofKind.find((f) => f.value === intakeValue) ?? null;
    reasons.push(
      chosen
        ? `${kind} ${intakeValue}: given at intake`
        : `${kind} ${intakeValue}: given at intake, no active Routing Factor for it`
    );
    return chosen;
  }
  for (const factor of ofKind) {
    const found = factor.signals.filter((signal) => text.includes(` ${signal} `));
    if (found.length > 0) {
      reasons.push(`${kind} ${factor.value}: ${found.map((s) => `"${s}"`).join(', ')}`);
      return factor;
    }
  }
  return null;
}

/**
 * The factors of one contact, given the segment triage found and the target the rules chose.
 * `factors` are the active records in developer-name order (see orderFactors).
 */
export function applyFactors(
  factors: RoutingFactor[],
  contact: Contact,
  segment: Segment,
  target: Target
): FactorOutcome {
  if (factors.length === 0) return NO_FACTORS;
  const reasons: string[] = [];
  const text = signalText(contact);
  const mood = detect(factors, 'mood', contact.intake?.mood ?? null, text, reasons);
  const urgency = detect(factors, 'urgency', contact.intake?.urgency ?? null, text, reasons);
  const segmentFactor = factors.find((f) => f.factor === 'segment' && f.value === segment) ?? null;
  if (segmentFactor && segmentFactor.priorityBoost > 0)
    reasons.push(`segment ${segment}: priority boost ${segmentFactor.priorityBoost}`);

  const boosting = [mood, urgency, segmentFactor].filter((f): f is RoutingFactor => f !== null);
  const priorityBoost = Math.min(
    MAX_PRIORITY_BOOST,
    boosting.reduce((max, f) => Math.max(max, f.priorityBoost), 0)
  );
  if (priorityBoost > 0)
    reasons.push(
      `priority raised ${priorityBoost} step${priorityBoost === 1 ? '' : 's'} (largest boost of ${boosting
        .filter((f) => f.priorityBoost > 0)
        .map((f) => f.developerName)
        .join(', ')})`
    );

  const language = contact.language ?? null;
  const additionalSkills: AdditionalSkill[] = [];
  if (language !== null && language !== DESK_LANGUAGE) {
    const factor = factors.find((f) => f.factor === 'language' && f.value === language);
    const timeout = factor?.dropTimeoutSeconds[contact.channel] ?? null;
    if (!factor || !factor.skill || timeout === null) {
      reasons.push(`language ${language}: no active Routing Factor for it, no language skill`);
    } else if (target.kind !== 'skills') {
      reasons.push(
        `language ${language}: ${target.kind === 'queue' ? 'queue' : 'direct'} routing takes no skills, ${factor.skill} not requested`
      );
    } else {
      additionalSkills.push({ skill: factor.skill, dropAfterSeconds: timeout });
      reasons.push(
        `language ${language}: additional skill ${factor.skill}, dropped after ${timeout} s on ${contact.channel}`
      );
    }
  }
  return {
    language,
    mood: mood?.value ?? null,
    urgency: urgency?.value ?? null,
    priorityBoost,
    additionalSkills,
    reasons
  };
}

/** Active factors in developer-name order (ordinal), as RoutingFactors.cls orders them. */
export function orderFactors(factors: RoutingFactor[]): RoutingFactor[] {
  return factors
    .filter((f) => f.active)
    .sort((a, b) => compareText(a.developerName, b.developerName));
}

/** Problems a lead could save in the records (the RoutingFactor__mdt validation rules refuse the same). */
export function lintFactors(factors: RoutingFactor[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const f of factors) {
    const at = `factor ${f.developerName}`;
    if (
      !Number.isInteger(f.priorityBoost) ||
      f.priorityBoost < 0 ||
      f.priorityBoost > MAX_PRIORITY_BOOST
    )
      problems.push(`${at}: Priority Boost must be a whole number from 0 to ${MAX_PRIORITY_BOOST}`);
    if (f.factor === 'language') {
      if (!/^[a-z]{2}$/.test(f.value))
        problems.push(`${at}: Value "${f.value}" is not a two-letter lower-case language code`);
      if (!f.skill) problems.push(`${at}: a language factor needs a Skill`);
      for (const channel of CHANNELS) {
        const t = f.dropTimeoutSeconds[channel];
        if (t === null || t < 1 || t > 86400)
          problems.push(`${at}: ${channel} drop timeout must be 1 to 86400 seconds`);
      }
    } else if (f.skill || CHANNELS.some((c) => f.dropTimeoutSeconds[c] !== null)) {
      problems.push(`${at}: only a language factor has a Skill and drop timeouts`);
    }
    if ((f.factor === 'mood' || f.factor === 'urgency') && f.signals.length === 0)
      problems.push(`${at}: ${f.factor} needs Signals`);
    if (!f.active) continue;
    const key = `${f.factor}|${f.value}`;
    const twin = seen.get(key);
    if (twin)
      problems.push(`factors ${twin} and ${f.developerName} are both ${f.factor} ${f.value}`);
    else seen.set(key, f.developerName);
  }
  return problems;
}
