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
const TYPO_MIN_WORD = 7;

/** What the index needs of a phrase record: triage phrases and contact class cues both have it. */
export interface PhraseSource {
  developerName: string;
  phrase: string;
  active: boolean;
}

export interface CompiledPhrase<P extends PhraseSource = TriagePhrase> {
  source: P;
  tokens: string[];
}

export interface PhraseMatch<P extends PhraseSource = TriagePhrase> {
  phrase: CompiledPhrase<P>;
  /** Index of the sentence in the list given to findMatches. */
  sentence: number;
  start: number;
  /** Exclusive (PhraseMatcher.Match.finish in Apex). */
  finish: number;
}

export class PhraseMatcher<P extends PhraseSource = TriagePhrase> {
  private readonly byFirstWord = new Map<string, CompiledPhrase<P>[]>();
  /** Phrases whose first word is a wildcard, by the first STEM_KEY letters of its stem (fast in bulk). */
  private readonly wildcardByStem = new Map<string, CompiledPhrase<P>[]>();
  /** Wildcards with stems shorter than STEM_KEY (lintPhrases reports them): checked against every word. */
  private readonly shortWildcards: CompiledPhrase<P>[] = [];
  /** Every exact (non-wildcard) phrase word: such a word in the text is never read as a typo. */
  private readonly knownWords = new Set<string>();
  /** Long first words by their first letter, for typo candidates. */
  private readonly typoFirstWords = new Map<string, string[]>();
  readonly size: number;

  constructor(phrases: readonly P[]) {
    let size = 0;
    for (const source of phrases) {
      if (!source.active) continue;
      const tokens = tokenize(source.phrase, true).filter((t) => t.replace(/\*/g, '') !== '');
      if (tokens.length === 0) continue;
      const compiled: CompiledPhrase<P> = { source, tokens };
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
  private firstWordCandidates(word: string): CompiledPhrase<P>[] {
    const exact = this.byFirstWord.get(word) ?? [];
    if (this.knownWords.has(word) || word.length < TYPO_MIN_WORD - 1) return exact;
    const typos = (this.typoFirstWords.get(word.charAt(0)) ?? []).filter((known) =>
      isTypoOf(known, word)
    );
    return typos.length === 0
      ? exact
      : [...exact, ...typos.flatMap((known) => this.byFirstWord.get(known) ?? [])];
  }

  /**
   * Every match of every phrase, then overlap resolution (longest wins). Raw matches come out in
   * text order, and by developer name among the phrases matching at one word: the order
   * resolveOverlaps needs to stay linear in the text.
   */
  findMatches(text: readonly (readonly string[])[]): PhraseMatch<P>[] {
    const raw: PhraseMatch<P>[] = [];
    const here: PhraseMatch<P>[] = [];
    text.forEach((words, sentence) => {
      for (let start = 0; start < words.length; start++) {
        const word = words[start] as string;
        here.length = 0;
        this.collect(this.firstWordCandidates(word), words, sentence, start, here);
        const stem = this.wildcardByStem.get(word.slice(0, STEM_KEY));
        if (stem) this.collect(stem, words, sentence, start, here);
        this.collect(this.shortWildcards, words, sentence, start, here);
        if (here.length > 1) here.sort(byDeveloperName);
        for (const match of here) raw.push(match);
      }
    });
    return resolveOverlaps(raw);
  }

  /** Adds the candidates that match at this word to `here`. */
  private collect(
    candidates: readonly CompiledPhrase<P>[],
    words: readonly string[],
    sentence: number,
    start: number,
    here: PhraseMatch<P>[]
  ): void {
    for (const phrase of candidates) {
      if (matchesAt(phrase.tokens, words, start, this.knownWords))
        here.push({ phrase, sentence, start, finish: start + phrase.tokens.length });
    }
  }
}

const byDeveloperName = (a: PhraseMatch<PhraseSource>, b: PhraseMatch<PhraseSource>) =>
  compareText(a.phrase.source.developerName, b.phrase.source.developerName);

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
function isTypoOf(phraseWord: string, word: string): boolean {
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
 * Keeps the longest of overlapping matches: longest first (then earlier sentence, earlier start,
 * then the phrase's developer name), a match is kept unless it overlaps a kept match with a
 * different span. Output is in text order.
 *
 * `matches` must be in text order (sentence, then start) and, at one start, by developer name —
 * the order findMatches produces. Then one stable pass sorts them by length (a counting sort:
 * phrases are a few words long) and one sweep decides each match by looking only at the words it
 * covers, remembering which kept span covers each word (kept spans that differ never overlap, so
 * a word has at most one). Time grows linearly with the text; comparing every match with every
 * kept match grew with its square on long bodies full of matches.
 */
export function resolveOverlaps<P extends PhraseSource>(
  matches: readonly PhraseMatch<P>[]
): PhraseMatch<P>[] {
  if (matches.length < 2) return [...matches];
  let longest = 0;
  let sentences = 0;
  for (const m of matches) {
    longest = Math.max(longest, m.finish - m.start);
    sentences = Math.max(sentences, m.sentence + 1);
  }
  // Word positions of every sentence laid end to end: sentence s starts at offset[s].
  const offset = new Int32Array(sentences + 1);
  for (const m of matches) offset[m.sentence + 1] = Math.max(offset[m.sentence + 1]!, m.finish);
  for (let s = 1; s <= sentences; s++) offset[s] = offset[s]! + offset[s - 1]!;
  const coverStart = new Int32Array(offset[sentences]!).fill(-1);
  const coverEnd = new Int32Array(offset[sentences]!);

  const byLength: number[][] = Array.from({ length: longest + 1 }, () => []);
  matches.forEach((m, i) => byLength[m.finish - m.start]!.push(i));
  const kept = new Uint8Array(matches.length);
  for (let length = longest; length >= 1; length--) {
    for (const i of byLength[length]!) {
      const m = matches[i]!;
      const base = offset[m.sentence]!;
      let clash = false;
      for (let p = base + m.start; p < base + m.finish && !clash; p++) {
        const start = coverStart[p]!;
        clash = start !== -1 && (start !== m.start || coverEnd[p] !== m.finish);
      }
      if (clash) continue;
      kept[i] = 1;
      for (let p = base + m.start; p < base + m.finish; p++) {
        coverStart[p] = m.start;
        coverEnd[p] = m.finish;
      }
    }
  }
  // At one start every kept match has the same span, so text order is input order.
  return matches.filter((_, i) => kept[i] === 1);
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
  const seen = new Set<CompiledPhrase>();
  for (const match of matches) {
    if (seen.has(match.phrase)) continue;
    seen.add(match.phrase);
    const category = match.phrase.source.category;
    const list = result.get(category);
    if (list) list.push(match.phrase);
    else result.set(category, [match.phrase]);
  }
  return result;
}
