/**
 * Triage: the facts routing rules decide on (docs/routing.md): segment, topic, issue type, and for
 * high-net-worth clients whether a staff concern is about their own account manager.
 * Mirrored by TriageService.cls.
 */
import {
  BIGRAM,
  CHANNEL,
  extractFeatures,
  MANAGER_TOKEN,
  NEGATED,
  PERSON_SENTENCE,
  PHRASE,
  SKIP_PAIR,
  WORD,
  WORD_START,
  type ExtractedFeatures,
  type Language
} from '../triage-model/features';
import {
  ABOUT_COLUMN,
  bestTopicClass,
  scoreHeads,
  STAFF_COLUMN,
  topContributions,
  topicOfClass
} from '../triage-model/model';
import type {
  Contact,
  IssueType,
  ModelAvailability,
  PhraseCategory,
  RoutingSettings,
  Segment,
  Topic
} from './model';
import { TOPICS } from './model';
import { compareText, type PhraseMatcher, type PhraseMatch } from './phrases';
import { sentences, tokenize, triageBodyText, triageSubjectText } from './text';

export interface Triage {
  segment: Segment;
  topic: Topic | null;
  issueType: IssueType;
  /** HNW staff concern about the client's own account manager (not someone else they name). */
  aboutAccountManager: boolean;
  /**
   * Estimated probability (0 to 1, two decimals) that the contact is a concern about the client's own
   * account manager: 0 for a client who is not HNW. Today derived from the staff cue score
   * (estimateManagerConcern); a learned triage model can replace that estimate without touching the
   * complaint invariant, which only reads this number and the Manager Concern Threshold setting.
   */
  managerConcernProbability: number;
  reasons: string[];
  /** Language of the text, told from stop words (en when there are none). */
  language: Language;
  /**
   * The model's confidence in the facts the text decided (the lowest of the topic's and the issue
   * type's probabilities; 1 when the intake decided both); null for phrase-only triage.
   */
  confidence: number | null;
}

/** What the manager-concern estimate is derived from. */
export interface ManagerConcernEvidence {
  segment: Segment;
  /** The customer said at intake (IVR menu, pre-chat form) that the contact is about a member of staff. */
  intakeAboutStaff: boolean;
  /** Conduct and complaint cues, weighted by how near a person they are (the same score as the issue type). */
  staffScore: number;
  managerMentioned: boolean;
  otherStaffMentioned: boolean;
}

/**
 * Staff cue score at which the estimate is one half: one clear complaint cue (weight 2) next to a
 * person. A fixed scale, not the Staff Concern Minimum Score a lead can raise, so raising that setting
 * cannot lower the estimate.
 */
const MANAGER_CONCERN_HALF_SCORE = 2;
/** Share of the estimate kept when the text names someone else and not the manager. */
const OTHER_STAFF_SHARE_PERCENT = 25;

/**
 * The probability that a contact is a concern about the client's own account manager, from the
 * phrase scores: staff evidence score / (score + MANAGER_CONCERN_HALF_SCORE), 1 when the customer
 * chose "about a member of staff" at intake; times a quarter when the text names someone else and
 * not the manager. Integer arithmetic in hundredths, rounded half up, so Apex (TriageService) gives
 * exactly the same number.
 */
export function estimateManagerConcern(evidence: ManagerConcernEvidence): number {
  if (evidence.segment !== 'HNW') return 0;
  const share =
    evidence.managerMentioned || !evidence.otherStaffMentioned ? 100 : OTHER_STAFF_SHARE_PERCENT;
  if (evidence.intakeAboutStaff) return share / 100;
  const score = Math.max(0, Math.round(evidence.staffScore * 100));
  const denominator = score + MANAGER_CONCERN_HALF_SCORE * 100;
  return Math.floor((2 * share * score + denominator) / (2 * denominator)) / 100;
}

/** Conduct cues far from any person count at this fraction (the app "sold without asking"). */
const UNATTRIBUTED_CONDUCT_FACTOR = 0.5;
const PERSON_CATEGORIES: readonly PhraseCategory[] = [
  'staff_reference',
  'manager_reference',
  'other_staff'
];

export function segmentOf(
  contact: Contact,
  settings: RoutingSettings
): { segment: Segment; reason: string } {
  const assets = contact.customer?.investableAssets;
  if (assets === null || assets === undefined) {
    return { segment: 'STANDARD', reason: 'segment STANDARD: investable assets unknown' };
  }
  const segment: Segment = assets >= settings.hnwThreshold ? 'HNW' : 'STANDARD';
  const comparison = segment === 'HNW' ? '>=' : '<';
  return {
    segment,
    reason: `segment ${segment}: investable assets ${formatNumber(assets)} ${comparison} threshold ${formatNumber(settings.hnwThreshold)}`
  };
}

/** Integers without decimals, others with up to two: the same text in Apex. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(2).replace(/0$/, '');
}

interface PreparedText {
  /** Sentence -1 style: the subject is its own list so its weight can differ. */
  subject: string[][];
  body: string[][];
}

function scoreTopics(
  subjectMatches: PhraseMatch[],
  bodyMatches: PhraseMatch[],
  settings: RoutingSettings
): { scores: Map<Topic, number>; evidence: Map<Topic, string[]> } {
  const weightByPhrase = new Map<string, { topic: Topic; weight: number; phrase: string }>();
  const add = (matches: PhraseMatch[], factor: number) => {
    for (const m of matches) {
      const category = m.phrase.source.category;
      if (!(TOPICS as readonly string[]).includes(category)) continue;
      const key = m.phrase.source.developerName;
      const weight = m.phrase.source.weight * factor;
      const current = weightByPhrase.get(key);
      if (!current || current.weight < weight) {
        weightByPhrase.set(key, {
          topic: category as Topic,
          weight,
          phrase: m.phrase.source.phrase
        });
      }
    }
  };
  add(subjectMatches, settings.subjectWeight);
  add(bodyMatches, 1);
  const scores = new Map<Topic, number>();
  const evidence = new Map<Topic, string[]>();
  const keys = [...weightByPhrase.keys()].sort(compareText);
  for (const key of keys) {
    const entry = weightByPhrase.get(key)!;
    scores.set(entry.topic, (scores.get(entry.topic) ?? 0) + entry.weight);
    evidence.set(entry.topic, [...(evidence.get(entry.topic) ?? []), entry.phrase]);
  }
  return { scores, evidence };
}

function pickTopic(scores: Map<Topic, number>, minScore: number): Topic | null {
  let best: Topic | null = null;
  let bestScore = 0;
  for (const topic of TOPICS) {
    const score = scores.get(topic) ?? 0;
    if (score > bestScore + 1e-9) {
      best = topic;
      bestScore = score;
    }
  }
  return best !== null && bestScore >= minScore - 1e-9 ? best : null;
}

/** Name words of the account manager (two letters or more), lower-case. */
function managerNameTokens(contact: Contact): string[] {
  const name = contact.customer?.accountManager?.name;
  return name ? tokenize(name).filter((t) => t.length >= 2) : [];
}

interface StaffAssessment {
  score: number;
  cues: string[];
  managerMentioned: boolean;
  otherStaffMentioned: boolean;
}

/**
 * A concern about staff needs conduct cues (rude, without asking, never calls back) or complaint
 * wording (complaint, unhappy with) near a person of the firm (same or neighbouring sentence):
 * the account manager's name, a staff word, a pronoun. Conduct far from any person counts half;
 * complaint wording far from any person not at all ("I want to complain about the checkout").
 */
function assessStaff(
  sentenceGroups: string[][][],
  matchGroups: PhraseMatch[][],
  nameTokens: string[]
): StaffAssessment {
  const best = new Map<string, { weight: number; phrase: string }>();
  let managerMentioned = false;
  let otherStaffMentioned = false;
  sentenceGroups.forEach((sentencesOfGroup, g) => {
    const matches = matchGroups[g] ?? [];
    const person: boolean[] = sentencesOfGroup.map((words) =>
      words.some((w) => nameTokens.includes(w))
    );
    if (person.some((p) => p)) managerMentioned = true;
    for (const m of matches) {
      const category = m.phrase.source.category;
      if (PERSON_CATEGORIES.includes(category)) person[m.sentence] = true;
      if (category === 'manager_reference') managerMentioned = true;
      if (category === 'other_staff') otherStaffMentioned = true;
    }
    const nearPerson = (s: number) => Boolean(person[s - 1] || person[s] || person[s + 1]);
    for (const m of matches) {
      const category = m.phrase.source.category;
      let factor = 0;
      if (category === 'staff_conduct')
        factor = nearPerson(m.sentence) ? 1 : UNATTRIBUTED_CONDUCT_FACTOR;
      else if (category === 'staff_complaint') factor = nearPerson(m.sentence) ? 1 : 0;
      if (factor === 0) continue;
      const key = m.phrase.source.developerName;
      const weight = m.phrase.source.weight * factor;
      const current = best.get(key);
      if (!current || current.weight < weight)
        best.set(key, { weight, phrase: m.phrase.source.phrase });
    }
  });
  let score = 0;
  const cues: string[] = [];
  for (const key of [...best.keys()].sort(compareText)) {
    const entry = best.get(key)!;
    score += entry.weight;
    cues.push(entry.phrase);
  }
  return { score, cues, managerMentioned, otherStaffMentioned };
}

/** Rounds a probability to two decimals, half up (the precision routing records and compares). */
function round2(value: number): number {
  return Math.floor(value * 100 + 0.5) / 100;
}

/** How the model's features read in a reason. */
function featureText(feature: string, topicEvidence: Map<Topic, string[]>, cues: string[]): string {
  if (feature.startsWith(WORD)) {
    const word = feature.slice(WORD.length);
    return word === MANAGER_TOKEN ? "the account manager's name" : word;
  }
  if (feature.startsWith(BIGRAM))
    return `"${feature.slice(BIGRAM.length).replaceAll(MANAGER_TOKEN, "the manager's name")}"`;
  if (feature.startsWith(SKIP_PAIR))
    return `"${feature
      .slice(SKIP_PAIR.length)
      .replace(' ', ' … ')
      .replaceAll(MANAGER_TOKEN, "the manager's name")}"`;
  if (feature.startsWith(PERSON_SENTENCE))
    return `${feature.slice(PERSON_SENTENCE.length).replaceAll(MANAGER_TOKEN, "the manager's name")} (next to a person)`;
  if (feature.startsWith(NEGATED))
    return `${feature.slice(NEGATED.length).replaceAll(MANAGER_TOKEN, "the manager's name")} (after a negation)`;
  if (feature.startsWith(WORD_START)) return `${feature.slice(WORD_START.length)}…`;
  if (feature.startsWith(CHANNEL)) return `channel ${feature.slice(CHANNEL.length)}`;
  const phrase = feature.slice(PHRASE.length);
  if (phrase === 'staff') return `staff phrases (${cues.join(', ')})`;
  if (phrase === 'manager_mentioned') return 'the account manager mentioned';
  if (phrase === 'other_staff_mentioned') return 'someone else of the firm mentioned';
  return `${phrase} phrases (${(topicEvidence.get(phrase as Topic) ?? []).join(', ')})`;
}

/** Features shown in a reason: the few that pushed the decision most. */
export const REASON_FEATURES = 4;

/** What triage reads from a contact before deciding: the bounded text, phrase scores, features. */
export interface ContactReading {
  subjectText: string;
  bodyText: string;
  scores: Map<Topic, number>;
  evidence: Map<Topic, string[]>;
  staff: StaffAssessment;
  features: ExtractedFeatures;
}

/**
 * How triage reads a contact: its bounded text, the phrase evidence and the model's features.
 * `translations` is the model's glossary (none without a model, or when training compiles it).
 */
export function readContact(
  contact: Contact,
  settings: RoutingSettings,
  index: PhraseMatcher,
  translations: ReadonlyMap<string, string> | null = null
): ContactReading {
  const subjectText = triageSubjectText(contact.subject);
  const bodyText = triageBodyText(contact.body, contact.transcript);
  const subjectTokens = tokenize(subjectText);
  const text: PreparedText = {
    subject: subjectTokens.length > 0 ? [subjectTokens] : [],
    body: sentences(bodyText)
  };
  const subjectMatches = index.findMatches(text.subject);
  const bodyMatches = index.findMatches(text.body);
  const { scores, evidence } = scoreTopics(subjectMatches, bodyMatches, settings);
  const staff = assessStaff(
    [text.subject, text.body],
    [subjectMatches, bodyMatches],
    managerNameTokens(contact)
  );
  const features = extractFeatures({
    channel: contact.channel,
    subject: subjectText,
    body: bodyText,
    accountManagerName: contact.customer?.accountManager?.name ?? null,
    phrases: {
      topicScores: scores,
      staffScore: staff.score,
      managerMentioned: staff.managerMentioned,
      otherStaffMentioned: staff.otherStaffMentioned
    },
    translations
  });
  return { subjectText, bodyText, scores, evidence, staff, features };
}

/**
 * A high-net-worth text of fewer words than this says too little to rule out a concern about the
 * account manager (a bare "hello"): its manager concern estimate is at least UNKNOWN_CONCERN.
 */
export const MIN_WORDS_TO_RULE_OUT = 3;
/** The estimate of a concern nothing in the text can confirm or rule out: a coin toss. */
const UNKNOWN_CONCERN = 0.5;

/**
 * Triage of one contact (docs/triage-model.md section 6): the facts the text and the intake decide,
 * then the one rule no model decides: an HNW contact with too little text to rule out a concern
 * about the account manager, and no topic chosen at intake, is not ruled out. The estimate of 0.5
 * is at or above every allowed Manager Concern Threshold, so the complaint invariant sends it to
 * the director, who passes it on. A topic chosen at intake (an IVR menu, the pre-chat form) says
 * what the contact is about, so the model decides. An intake "not about staff" alone does not: the
 * org keeps that answer in a checkbox that cannot tell it from "not asked", so honouring it here
 * would decide the same call differently from the org.
 */
export function triage(
  contact: Contact,
  settings: RoutingSettings,
  index: PhraseMatcher,
  triageModel?: ModelAvailability
): Triage {
  const { words, ...result } = triageText(contact, settings, index, triageModel);
  if (
    result.segment !== 'HNW' ||
    words >= MIN_WORDS_TO_RULE_OUT ||
    (contact.intake?.topic ?? null) !== null ||
    result.managerConcernProbability >= UNKNOWN_CONCERN
  )
    return result;
  return {
    ...result,
    managerConcernProbability: UNKNOWN_CONCERN,
    reasons: [
      ...result.reasons,
      `manager concern estimate ${formatNumber(UNKNOWN_CONCERN)}: ${words} word${words === 1 ? '' : 's'}, too few to rule out a concern about the account manager`
    ]
  };
}

function triageText(
  contact: Contact,
  settings: RoutingSettings,
  index: PhraseMatcher,
  triageModel?: ModelAvailability
): Triage & { words: number } {
  const reasons: string[] = [];
  const { segment, reason } = segmentOf(contact, settings);
  reasons.push(reason);

  const model = triageModel?.model ?? null;
  const read = readContact(contact, settings, index, model?.translations ?? null);
  const { scores, evidence, staff, features } = read;
  const language = features.language;
  const words = features.sentences.flat().length;
  if (!model) {
    const facts = phraseTriage(contact, settings, segment, scores, evidence, staff);
    reasons.push(...facts.reasons);
    reasons.push(
      `triage model not used (${triageModel?.problem ?? 'none configured'}): phrase-only triage`
    );
    reasons.push(`language ${language}`);
    return { ...facts, segment, reasons, language, confidence: null, words };
  }

  const heads = scoreHeads(model, features.values);
  const show = (column: number, against: number | null, sign: 1 | -1) =>
    topContributions(model, features.values, column, against, sign, REASON_FEATURES)
      .map((c) => featureText(c.feature, evidence, staff.cues))
      .join(', ');
  const confidences: number[] = [];

  let topic = topicFromIntake(contact, reasons);
  if (topic === null) {
    const best = bestTopicClass(heads.topicProbabilities);
    const order = heads.topicProbabilities
      .map((p, k) => ({ p, k }))
      .filter(({ k }) => k !== best)
      .sort((a, b) => b.p - a.p || a.k - b.k);
    const runnerUp = order[0]?.k ?? null;
    topic = topicOfClass(best);
    const p = heads.topicProbabilities[best]!;
    confidences.push(p);
    reasons.push(
      `topic ${topic ?? 'none'} (model ${formatProbability(p)}): ${show(best, runnerUp, 1) || 'no deciding words'}`
    );
  }

  // Issue type: staff when the intake says so or the model finds a concern about a person.
  let issueType: IssueType = 'technical';
  if (staffFromIntake(contact, reasons)) {
    issueType = 'staff';
  } else {
    const p = heads.staffProbability;
    issueType = p >= 0.5 ? 'staff' : 'technical';
    confidences.push(issueType === 'staff' ? p : 1 - p);
    reasons.push(
      `issue type ${issueType} (model ${formatProbability(issueType === 'staff' ? p : 1 - p)}): ${show(STAFF_COLUMN, null, issueType === 'staff' ? 1 : -1) || 'no deciding words'}`
    );
  }

  // For an HNW client: the estimate that this is a concern about their own account manager (the
  // aboutManager and staff heads, managerConcernEstimate), and, for a staff concern, whom it is
  // about: the manager unless the text names only someone else and the model does not think it is
  // about the manager.
  let aboutAccountManager = false;
  let managerConcernProbability = 0;
  if (segment === 'HNW') {
    const about = heads.aboutProbability;
    const concern = contact.intake?.aboutStaff === true ? 1 : heads.staffProbability;
    managerConcernProbability = round2(managerConcernEstimate(about, concern));
    if (issueType === 'staff') {
      const someoneElse = staff.otherStaffMentioned && !staff.managerMentioned;
      aboutAccountManager = about >= 0.5 || !someoneElse;
      reasons.push(
        aboutAccountManager
          ? 'concern treated as about the account manager'
          : 'concern names someone other than the account manager'
      );
    }
    reasons.push(
      `manager concern estimate ${formatNumber(managerConcernProbability)} (model: about the manager ${formatProbability(about)}, a concern ${formatProbability(concern)}): ${show(ABOUT_COLUMN, null, about >= 0.5 ? 1 : -1) || 'no deciding words'}`
    );
  }
  const confidence = round2(confidences.length === 0 ? 1 : Math.min(...confidences));
  reasons.push(`triage model ${model.version}: confidence ${formatProbability(confidence)}`);
  reasons.push(`language ${language}`);
  return {
    segment,
    topic,
    issueType,
    aboutAccountManager,
    managerConcernProbability,
    reasons,
    language,
    confidence,
    words
  };
}

/**
 * The topic the customer chose at intake (IVR menu, pre-chat form) wins over the text, with its
 * reason; an intake topic that is not a known one is noted and ignored. The same for the model and
 * the phrases alone (TriageService.topicFromIntake). Null when the text decides.
 */
function topicFromIntake(contact: Contact, reasons: string[]): Topic | null {
  if (contact.intake?.topic) {
    reasons.push(`topic ${contact.intake.topic}: chosen at intake`);
    return contact.intake.topic;
  }
  if (contact.intake?.unknownTopic)
    reasons.push(`intake topic "${contact.intake.unknownTopic}" is not a known topic: ignored`);
  return null;
}

/**
 * True, with its reason, when the customer chose "about a member of staff" at intake: the contact
 * is then a staff concern whatever the text says (TriageService.staffFromIntake).
 */
function staffFromIntake(contact: Contact, reasons: string[]): boolean {
  if (contact.intake?.aboutStaff !== true) return false;
  reasons.push('issue type staff: chosen at intake');
  return true;
}

/**
 * The manager concern estimate of the learned model (docs/triage-model.md section 6): the geometric
 * mean of the aboutManager head (a concern about the client's own manager, learned from the HNW
 * messages) and the probability of a concern about a person of the firm (the staff head, learned
 * from every message; 1 when the intake says so): two estimates of the same event, so the estimate
 * is high when both lean that way. When the aboutManager head alone finds a concern about the
 * manager more likely than not, the estimate is at least that probability: the staff head's doubt
 * never hands such a contact to the manager.
 */
function managerConcernEstimate(about: number, concern: number): number {
  const both = Math.sqrt(about * concern);
  return about >= 0.5 ? Math.max(about, both) : both;
}

/** A probability as routing shows it: two decimals, half up. */
function formatProbability(p: number): string {
  return round2(p).toFixed(2);
}

/** Triage by the phrases alone: the fallback when there is no usable model. */
function phraseTriage(
  contact: Contact,
  settings: RoutingSettings,
  segment: Segment,
  scores: Map<Topic, number>,
  evidence: Map<Topic, string[]>,
  staff: StaffAssessment
): Omit<Triage, 'segment' | 'language' | 'confidence'> {
  const reasons: string[] = [];
  let topic = topicFromIntake(contact, reasons);
  if (topic === null) {
    topic = pickTopic(scores, settings.topicMinScore);
    if (topic) {
      reasons.push(
        `topic ${topic} (score ${formatNumber(scores.get(topic) ?? 0)}): ${(evidence.get(topic) ?? []).join(', ')}`
      );
    } else {
      reasons.push(
        scores.size === 0
          ? 'topic none: no topic phrase found'
          : 'topic none: no topic reached the minimum score'
      );
    }
  }

  let issueType: IssueType = 'technical';
  if (staffFromIntake(contact, reasons)) {
    issueType = 'staff';
  } else if (staff.score >= settings.staffMinScore - 1e-9) {
    issueType = 'staff';
    reasons.push(`issue type staff (score ${formatNumber(staff.score)}): ${staff.cues.join(', ')}`);
  } else if (staff.managerMentioned && segment === 'HNW') {
    reasons.push('issue type technical: the account manager is mentioned, not complained about');
  }

  let aboutAccountManager = false;
  if (segment === 'HNW' && issueType === 'staff') {
    aboutAccountManager = staff.managerMentioned || !staff.otherStaffMentioned;
    reasons.push(
      aboutAccountManager
        ? 'concern treated as about the account manager'
        : 'concern names someone other than the account manager'
    );
  }
  const managerConcernProbability = estimateManagerConcern({
    segment,
    intakeAboutStaff: contact.intake?.aboutStaff === true,
    staffScore: staff.score,
    managerMentioned: staff.managerMentioned,
    otherStaffMentioned: staff.otherStaffMentioned
  });
  if (managerConcernProbability > 0) {
    const basis =
      contact.intake?.aboutStaff === true
        ? 'about staff at intake'
        : `staff cue score ${formatNumber(staff.score)}`;
    reasons.push(`manager concern estimate ${formatNumber(managerConcernProbability)} (${basis})`);
  }
  return { topic, issueType, aboutAccountManager, managerConcernProbability, reasons };
}
