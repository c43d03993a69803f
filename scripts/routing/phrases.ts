/**
 * Finds triage phrases in tokenized text. A phrase is a sequence of words; a word ending in *
 * matches any word it begins. Where matches overlap, the longest wins (so "robo advisor" hides
 * "advisor"); matches of different phrases over exactly the same words all count (one phrase can
 * be a topic word and a staff word at once). Mirrored by PhraseMatcher.cls.
 */
import type { PhraseCategory, TriagePhrase } from './model';
import { tokenize } from './text';

/** Letters of a wildcard stem used to index it. */
export const STEM_KEY = 3;

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
  readonly size: number;

  constructor(phrases: readonly TriagePhrase[]) {
    let size = 0;
    for (const source of phrases) {
      if (!source.active) continue;
      const tokens = tokenize(source.phrase, true).filter((t) => t.replace(/\*/g, '') !== '');
      if (tokens.length === 0) continue;
      const compiled: CompiledPhrase = { source, tokens };
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
  }

  /** Every match of every phrase, then overlap resolution (longest wins). */
  findMatches(text: readonly (readonly string[])[]): PhraseMatch[] {
    const raw: PhraseMatch[] = [];
    text.forEach((words, sentence) => {
      for (let start = 0; start < words.length; start++) {
        const word = words[start] as string;
        const candidates = [
          ...(this.byFirstWord.get(word) ?? []),
          ...(this.wildcardByStem.get(word.slice(0, STEM_KEY)) ?? []),
          ...this.shortWildcards
        ];
        for (const phrase of candidates) {
          if (matchesAt(phrase.tokens, words, start)) {
            raw.push({ phrase, sentence, start, end: start + phrase.tokens.length });
          }
        }
      }
    });
    return resolveOverlaps(raw);
  }
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : pattern === word;
}

function matchesAt(pattern: readonly string[], words: readonly string[], start: number): boolean {
  if (start + pattern.length > words.length) return false;
  for (let k = 0; k < pattern.length; k++) {
    if (!wordMatches(pattern[k] as string, words[start + k] as string)) return false;
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
