/**
 * Apex cannot run here, so the constants the Apex twin of the learned triage is built on are read
 * from its source and compared with the TypeScript engine's: the stemmer's suffixes, the elisions,
 * the accent folding, the stop words, the person words, the feature name prefixes, the word-start
 * length, the text limits,
 * the model's classes and columns. The
 * algorithms are asserted in the org by TriageVectorsTest against the shared vectors; this keeps
 * the tables from drifting between an edit and the next org run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import { MIN_WORDS_TO_RULE_OUT, REASON_FEATURES } from '../../../scripts/routing/triage';
import { SUBJECT_LIMIT, TEXT_LIMIT } from '../../../scripts/routing/text';
import {
  ACCENT_FOLDING,
  BIGRAM,
  CHANNEL,
  ELISIONS,
  LANGUAGES,
  MANAGER_TOKEN,
  MIN_STEM,
  NEGATED,
  NEGATION_SCOPE,
  NEGATION_WORDS,
  PERSON_SENTENCE,
  PERSON_WORDS,
  PHRASE,
  SKIP_PAIR,
  STEM_PASSES,
  STOP_WORDS,
  SUFFIXES,
  WORD,
  WORD_START,
  WORD_START_LENGTH
} from '../../../scripts/triage-model/features';
import {
  ABOUT_COLUMN,
  MODEL_FORMAT,
  ROW_WIDTH,
  STAFF_COLUMN,
  TOPIC_CLASSES
} from '../../../scripts/triage-model/model';
import { MODEL_RESOURCE_NAME } from '../../../scripts/triage-model/resource';

const CLASSES = path.join(repoRoot(), 'force-app/routing-engine/classes');
const apex = (name: string): string => readFileSync(path.join(CLASSES, `${name}.cls`), 'utf8');

/** The quoted items of `NAME = new List<String>{ ... }` or `new Set<String>{ ... }` (to the first `}`). */
function stringList(source: string, name: string): string[] {
  const match = new RegExp(`(?<![A-Z_])${name} = new `).exec(source);
  if (!match) throw new Error(`${name} not found`);
  const open = source.indexOf('{', match.index);
  const close = source.indexOf('}', open);
  return [...source.slice(open + 1, close).matchAll(/'([^']*)'/g)].map((m) => m[1]!);
}

function integer(source: string, name: string): number {
  const match = new RegExp(`Integer ${name} = (\\d+);`).exec(source);
  if (!match) throw new Error(`${name} not found`);
  return Number(match[1]);
}

function text(source: string, name: string): string {
  const match = new RegExp(`String ${name} = '([^']*)';`).exec(source);
  if (!match) throw new Error(`${name} not found`);
  return match[1]!;
}

describe('the Apex twin of the learned triage uses the same tables as the TypeScript engine', () => {
  const features = apex('TriageFeatures');
  const scorer = apex('TriageModelScorer');

  it('has the same stemmer suffixes, in order, and the same stemmer bounds', () => {
    expect(stringList(features, 'SUFFIXES')).toEqual(SUFFIXES);
    expect(integer(features, 'MIN_STEM')).toBe(MIN_STEM);
    expect(integer(features, 'STEM_PASSES')).toBe(STEM_PASSES);
    expect(integer(features, 'LONGEST_SUFFIX')).toBe(Math.max(...SUFFIXES.map((s) => s.length)));
  });

  it('has the same elisions, languages and stop words', () => {
    expect(stringList(features, 'ELISIONS').sort()).toEqual([...ELISIONS].sort());
    expect(stringList(features, 'LANGUAGES')).toEqual([...LANGUAGES]);
    const block = features.indexOf('STOP_WORDS = new Map');
    for (const language of LANGUAGES) {
      const at = features.indexOf(`'${language}' => new List<String>`, block);
      const open = features.indexOf('{', at);
      const close = features.indexOf('}', open);
      const words = [...features.slice(open + 1, close).matchAll(/'([^']*)'/g)].map((m) => m[1]!);
      expect([language, words]).toEqual([language, STOP_WORDS[language]]);
    }
  });

  it('has the same person words and feature name prefixes', () => {
    expect(stringList(features, 'PERSON_WORDS').sort()).toEqual([...PERSON_WORDS].sort());
    expect(stringList(features, 'PERSON_WORDS')).toHaveLength(new Set(PERSON_WORDS).size);
    const prefixes = {
      WORD,
      WORD_START,
      BIGRAM,
      SKIP_PAIR,
      PERSON_SENTENCE,
      NEGATED,
      CHANNEL,
      PHRASE
    };
    for (const [name, prefix] of Object.entries(prefixes)) {
      expect([name, text(features, name)]).toEqual([name, prefix]);
    }
  });

  it('has the same negation words and scope', () => {
    expect(stringList(features, 'NEGATION_WORDS').sort()).toEqual([...NEGATION_WORDS].sort());
    expect(stringList(features, 'NEGATION_WORDS')).toHaveLength(new Set(NEGATION_WORDS).size);
    expect(integer(features, 'NEGATION_SCOPE')).toBe(NEGATION_SCOPE);
  });

  it('gives word-start features of the same length', () => {
    expect(integer(features, 'WORD_START_LENGTH')).toBe(WORD_START_LENGTH);
  });

  it('shows a skip pair with the same ellipsis character', () => {
    const match = /ELLIPSIS = String\.fromCharArray\(new List<Integer>\{ (\d+) \}\)/.exec(
      apex('TriageService')
    );
    expect(match).not.toBeNull();
    const triageSource = readFileSync(path.join(repoRoot(), 'scripts/routing/triage.ts'), 'utf8');
    const skipLine = triageSource.slice(triageSource.indexOf('feature.startsWith(SKIP_PAIR)'));
    const tsEllipsis = /\.replace\(' ', ' (.) '\)/.exec(skipLine);
    expect(tsEllipsis).not.toBeNull();
    expect(String.fromCharCode(Number(match![1]))).toBe(tsEllipsis![1]);
  });

  it('folds the same characters to the same letters', () => {
    const start = features.indexOf('ACCENT_FOLDING = new Map<Integer, String>{');
    const body = features.slice(start, features.indexOf('};', start));
    const apexFolding = Object.fromEntries(
      [...body.matchAll(/(\d+) => '([a-z]+)'/g)].map((m) => [
        String.fromCharCode(Number(m[1])),
        m[2]!
      ])
    );
    expect(apexFolding).toEqual({ ...ACCENT_FOLDING });
  });

  it('has the same manager token, text limits, number of reason features and words to rule out', () => {
    expect(text(features, 'MANAGER_TOKEN')).toBe(MANAGER_TOKEN);
    const triageText = apex('TriageText');
    expect(integer(triageText, 'TEXT_LIMIT')).toBe(TEXT_LIMIT);
    expect(integer(triageText, 'SUBJECT_LIMIT')).toBe(SUBJECT_LIMIT);
    expect(integer(apex('TriageService'), 'REASON_FEATURES')).toBe(REASON_FEATURES);
    expect(integer(apex('TriageService'), 'MIN_WORDS_TO_RULE_OUT')).toBe(MIN_WORDS_TO_RULE_OUT);
  });

  it('reads the same model file: resource name, format, classes and columns', () => {
    expect(text(scorer, 'RESOURCE_NAME')).toBe(MODEL_RESOURCE_NAME);
    expect(integer(scorer, 'MODEL_FORMAT')).toBe(MODEL_FORMAT);
    expect(stringList(scorer, 'TOPIC_CLASSES')).toEqual([...TOPIC_CLASSES]);
    expect(stringList(scorer, 'CLASSES')).toEqual([...TOPIC_CLASSES, 'staff', 'aboutManager']);
    expect(integer(scorer, 'STAFF_COLUMN')).toBe(STAFF_COLUMN);
    expect(integer(scorer, 'ABOUT_COLUMN')).toBe(ABOUT_COLUMN);
    expect(integer(scorer, 'ROW_WIDTH')).toBe(ROW_WIDTH);
  });
});
