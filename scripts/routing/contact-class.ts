/**
 * Contact classification: which class of the firm's contact process map a case belongs to
 * (docs/service-journey.md). Triage proposes the class when a case is routed; the agent confirms it.
 * The cues are the ContactClassCue custom metadata records under force-app (the same records the
 * org reads). Mirrored by ContactClassifier.cls; data/contact-class-scenarios.json is asserted by both.
 */
import path from 'node:path';
import { allSourceDirectories, repoRoot } from '../lib/project';
import { readRecords, type CustomMetadataRecord } from './metadata-records';
import type { IssueType, Topic } from './model';
import { PhraseMatcher, type PhraseMatch, type PhraseSource } from './phrases';
import { prepareSubject, prepareText } from './text';

/** API names of the ContactClass global value set, in the order of the contact process map. */
export const CONTACT_CLASSES = [
  'Reference',
  'Divert',
  'Consulting',
  'Action_Transaction',
  'Problem_Solving',
  'Referral',
  'Escalation'
] as const;
type ContactClass = (typeof CONTACT_CLASSES)[number];

/** Which class wins a tie of scores: the class that asks most of the desk first. */
const TIE_PRECEDENCE: readonly ContactClass[] = [
  'Escalation',
  'Divert',
  'Referral',
  'Action_Transaction',
  'Problem_Solving',
  'Consulting',
  'Reference'
];

/** The lowest cue score that proposes a class. */
const MIN_CLASS_SCORE = 1;

export interface ContactClassCue extends PhraseSource {
  contactClass: ContactClass;
  weight: number;
}

/** What the classifier reads of a routed contact: triage's facts and the customer's words. */
export interface ClassificationInput {
  issueType: IssueType;
  topic: Topic | null;
  subject?: string | null;
  body?: string | null;
}

export interface Classification {
  contactClass: ContactClass;
  reasons: string[];
}

export class ContactClassCueError extends Error {
  constructor(readonly problems: string[]) {
    super(`Contact class cues are invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'ContactClassCueError';
  }
}

function toCue(record: CustomMetadataRecord, root: string, problems: string[]): ContactClassCue {
  const where = (field: string) => `${path.relative(root, record.file)}: ${field}`;
  const value = (field: string) => record.values.get(field)?.trim() ?? '';
  const phrase = value('Phrase__c');
  if (phrase === '') problems.push(`${where('Phrase__c')} is required`);
  const contactClass = value('Class__c');
  if (!(CONTACT_CLASSES as readonly string[]).includes(contactClass))
    problems.push(
      `${where('Class__c')} "${contactClass}" is not one of ${CONTACT_CLASSES.join(', ')}`
    );
  const weight = Number(value('Weight__c'));
  if (value('Weight__c') === '' || !Number.isFinite(weight) || weight <= 0)
    problems.push(`${where('Weight__c')} "${value('Weight__c')}" is not a number above 0`);
  return {
    developerName: record.developerName,
    phrase,
    contactClass: contactClass as ContactClass,
    weight: Number.isFinite(weight) ? weight : 0,
    active: value('IsActive__c') !== 'false'
  };
}

/** Reads the ContactClassCue records; throws ContactClassCueError naming every bad file and field. */
export function loadContactClassCues(
  root: string = repoRoot(),
  sourceDirs: string[] = allSourceDirectories(root)
): ContactClassCue[] {
  const problems: string[] = [];
  const cues = (readRecords(['ContactClassCue'], sourceDirs).get('ContactClassCue') ?? []).map(
    (record) => toCue(record, root, problems)
  );
  if (problems.length > 0) throw new ContactClassCueError(problems);
  return cues;
}

export class ContactClassifier {
  private readonly index: PhraseMatcher<ContactClassCue>;

  constructor(cues: readonly ContactClassCue[]) {
    this.index = new PhraseMatcher(cues);
  }

  /**
   * A concern about staff is always an Escalation. Otherwise each distinct cue found in the subject
   * or text adds its weight to its class; the highest score of at least MIN_CLASS_SCORE wins, ties
   * going to the class first in TIE_PRECEDENCE. Without a cue, a contact with a topic is a
   * Problem-solving contact about that product, and one without a topic a Reference question.
   */
  classify(input: ClassificationInput): Classification {
    if (input.issueType === 'staff')
      return { contactClass: 'Escalation', reasons: ['a concern about staff is an escalation'] };
    const matches: PhraseMatch<ContactClassCue>[] = [
      ...this.index.findMatches(prepareSubject(input.subject)),
      ...this.index.findMatches(prepareText(input.body))
    ];
    const scores = new Map<ContactClass, number>();
    const evidence = new Map<ContactClass, string[]>();
    const seen = new Set<string>();
    for (const match of matches) {
      const cue = match.phrase.source;
      if (seen.has(cue.developerName)) continue;
      seen.add(cue.developerName);
      scores.set(cue.contactClass, (scores.get(cue.contactClass) ?? 0) + cue.weight);
      evidence.set(cue.contactClass, [...(evidence.get(cue.contactClass) ?? []), cue.phrase]);
    }
    let best: ContactClass | null = null;
    for (const contactClass of TIE_PRECEDENCE) {
      const score = scores.get(contactClass) ?? 0;
      if (score >= MIN_CLASS_SCORE && (best === null || score > (scores.get(best) ?? 0)))
        best = contactClass;
    }
    if (best !== null)
      return {
        contactClass: best,
        reasons: [`contact class ${best}: ${(evidence.get(best) ?? []).join(', ')}`]
      };
    return input.topic !== null
      ? {
          contactClass: 'Problem_Solving',
          reasons: [`no class cue: a technical contact about ${input.topic}`]
        }
      : { contactClass: 'Reference', reasons: ['no class cue and no topic: a question'] };
  }
}
