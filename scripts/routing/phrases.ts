/**
 * Finds triage phrases in tokenized text. A phrase is a sequence of words; a word ending in *
 * matches any word it begins. Where matches overlap, the longest wins (so "robo advisor" hides
 * "advisor"); matches of different phrases over exactly the same words all count (one phrase can
 * be a topic word and a staff word at once). Mirrored by PhraseMatcher.cls.
 *
 * Customers mistype ("wihdrawal", "optins", "withot"), so a long word that is not itself a phrase
 * word also matches a phrase word one edit away (a letter added, dropped, changed, or two
 * neighbours swapped): phrase words of TYPO_MIN_WORD letters or more (not wildcards), with the same
 * first and last letter (so "received" is not read as a typo of "receive": endings carry meaning).
 */
import type { PhraseCategory, TriagePhrase } from './model';
import { tokenize } from './text';

/** Letters of a wildcard stem used to index it. */
export const STEM_KEY = 3;
/** Shortest phrase word a typo may match (shorter words have too many real neighbours: order/older). */
export const TYPO_MIN_WORD = 7;

export interface CompiledPhrase {
  source: TriagePhrase;
  tokens: string[];
}

export interface PhraseMatch {
  phrase: CompiledPhrase;
  /** Index of the sentence in the list given to findMatches. */
  sentence: number;
  start: number;
  /** Exclusive. */
  end: number;
}

export class PhraseIndex {
  private readonly byFirstWord = new Map<string, CompiledPhrase[]>();
  /** Phrases whose first word is a wildcard, by the first STEM_KEY letters of its stem (fast in bulk). */
  private readonly wildcardByStem = new Map<string, CompiledPhrase[]>();
  /** Wildcards with stems shorter than STEM_KEY (lintPhrases reports them): checked against every word. */
  private readonly shortWildcards: CompiledPhrase[] = [];
  /** Every exact (non-wildcard) phrase word: such a word in the text is never read as a typo. */
  private readonly knownWords = new Set<string>();
  /** Long first words by their first letter, for typo candidates. */
  private readonly typoFirstWords = new Map<string, string[]>();
  readonly size: number;

  constructor(phrases: readonly TriagePhrase[]) {
    let size = 0;
    for (const source of phrases) {
      if (!source.active) continue;
      const tokens = tokenize(source.phrase, true).filter((t) => t.replace(/\*/g, '') !== '');
      if (tokens.length === 0) continue;
      const compiled: CompiledPhrase = { source, tokens };
      for (const token of tokens) if (!token.endsWith('*')) this.knownWords.add(token);
      const first = tokens[0] as string;
      if (!first.endsWith('*')) {
        this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), compiled]);
      } else if (first.length - 1 >= STEM_KEY) {
        const key = first.slice(0, STEM_KEY);
        this.wildcardByStem.set(key, [...(this.wildcardByStem.get(key) ?? []), compiled]);
      } else {
        this.shortWildcards.push(compiled);
      }
      size++;
    }
    this.size = size;
    for (const word of [...this.byFirstWord.keys()].sort(compareText)) {
      if (word.length < TYPO_MIN_WORD) continue;
      const key = word.charAt(0);
      this.typoFirstWords.set(key, [...(this.typoFirstWords.get(key) ?? []), word]);
    }
  }

  /** Phrases whose first word is this word, exactly or (for an unknown long word) one typo away. */
  private firstWordCandidates(word: string): CompiledPhrase[] {
    const exact = this.byFirstWord.get(word) ?? [];
    if (this.knownWords.has(word) || word.length < TYPO_MIN_WORD - 1) return exact;
    const typos = (this.typoFirstWords.get(word.charAt(0)) ?? []).filter((known) =>
      isTypoOf(known, word)
    );
    return typos.length === 0
      ? exact
      : [...exact, ...typos.flatMap((known) => this.byFirstWord.get(known) ?? [])];
  }

  /** Every match of every phrase, then overlap resolution (longest wins). */
  findMatches(text: readonly (readonly string[])[]): PhraseMatch[] {
    const raw: PhraseMatch[] = [];
    text.forEach((words, sentence) => {
      for (let start = 0; start < words.length; start++) {
        const word = words[start] as string;
        const candidates = [
          ...this.firstWordCandidates(word),
          ...(this.wildcardByStem.get(word.slice(0, STEM_KEY)) ?? []),
          ...this.shortWildcards
        ];
        for (const phrase of candidates) {
          if (matchesAt(phrase.tokens, words, start, this.knownWords)) {
            raw.push({ phrase, sentence, start, end: start + phrase.tokens.length });
          }
        }
      }
    });
    return resolveOverlaps(raw);
  }
}

/**
 * True when a and b differ by exactly one edit: one letter inserted, deleted or substituted, or two
 * neighbouring letters swapped.
 */
export function isOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charAt(i) === b.charAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      i + 1 < la &&
      a.charAt(i) === b.charAt(i + 1) &&
      a.charAt(i + 1) === b.charAt(i) &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function wordMatches(pattern: string, word: string, known: ReadonlySet<string>): boolean {
  if (pattern.endsWith('*')) return word.startsWith(pattern.slice(0, -1));
  return pattern === word || (!known.has(word) && isTypoOf(pattern, word));
}

/** The word is a typo of a long phrase word: one edit away, same first and last letter. */
export function isTypoOf(phraseWord: string, word: string): boolean {
  return (
    phraseWord.length >= TYPO_MIN_WORD &&
    phraseWord.charAt(0) === word.charAt(0) &&
    phraseWord.charAt(phraseWord.length - 1) === word.charAt(word.length - 1) &&
    isOneEdit(phraseWord, word)
  );
}

function matchesAt(
  pattern: readonly string[],
  words: readonly string[],
  start: number,
  known: ReadonlySet<string>
): boolean {
  if (start + pattern.length > words.length) return false;
  for (let k = 0; k < pattern.length; k++) {
    if (!wordMatches(pattern[k] as string, words[start + k] as string, known)) return false;
  }
  return true;
}

/**
 * Longest first (then earlier sentence, earlier start, then the phrase's developer name); a match
 * is kept unless it overlaps a kept match with a different span. Output is in text order.
 */
export function resolveOverlaps(matches: PhraseMatch[]): PhraseMatch[] {
  const ordered = [...matches].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.sentence - b.sentence ||
      a.start - b.start ||
      compareText(a.phrase.source.developerName, b.phrase.source.developerName)
  );
  const kept: PhraseMatch[] = [];
  for (const match of ordered) {
    const clash = kept.some(
      (k) =>
        k.sentence === match.sentence &&
        k.start < match.end &&
        match.start < k.end &&
        !(k.start === match.start && k.end === match.end)
    );
    if (!clash) kept.push(match);
  }
  return kept.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/** Ordinal string comparison (the same in Apex and every JS locale). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Distinct phrases per category (a phrase counts once, however often it appears). */
export function distinctByCategory(
  matches: readonly PhraseMatch[]
): Map<PhraseCategory, CompiledPhrase[]> {
  const result = new Map<PhraseCategory, CompiledPhrase[]>();
  for (const match of matches) {
    const category = match.phrase.source.category;
    const list = result.get(category) ?? [];
    if (!list.includes(match.phrase)) list.push(match.phrase);
    result.set(category, list);
  }
  return result;
}
