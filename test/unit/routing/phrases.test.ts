import {
  PhraseMatcher,
  compareText,
  distinctByCategory,
  isOneEdit,
  resolveOverlaps,
  type CompiledPhrase,
  type PhraseMatch
} from '../../../scripts/routing/phrases';
import { prepareText } from '../../../scripts/routing/text';
import { Random } from '../../../scripts/simulate/random';
import { aPhrase } from '../../builders/routing';

const found = (index: PhraseMatcher, text: string) =>
  index
    .findMatches(prepareText(text))
    .map((m) => `${m.phrase.source.phrase}/${m.phrase.source.category}`);

describe('PhraseMatcher', () => {
  it('matches whole words only, case-insensitively', () => {
    const index = new PhraseMatcher([aPhrase('app', 'trading_platform')]);
    expect(found(index, 'The APP crashed')).toEqual(['app/trading_platform']);
    expect(found(index, 'my application and apple')).toEqual([]);
  });

  it('matches multi-word phrases, with hyphens and punctuation read as spaces', () => {
    const index = new PhraseMatcher([aPhrase('robo advisor', 'ai_portfolios')]);
    expect(found(index, 'my robo-advisor')).toEqual(['robo advisor/ai_portfolios']);
  });

  it('lets a trailing * match the beginning of a word', () => {
    const index = new PhraseMatcher([aPhrase('rebalanc*', 'investment_portfolio')]);
    expect(found(index, 'Rebalancing happened. I rebalanced.')).toHaveLength(2);
  });

  it('does not match across sentences', () => {
    const index = new PhraseMatcher([aPhrase('limit order', 'trading_platform')]);
    expect(found(index, 'over the limit. Order placed')).toEqual([]);
  });

  it('lets the longest overlapping phrase win, in every category', () => {
    const index = new PhraseMatcher([
      aPhrase('advisor', 'financial_advising'),
      aPhrase('advisor', 'staff_reference'),
      aPhrase('robo advisor', 'ai_portfolios')
    ]);
    expect(found(index, 'the robo advisor sold')).toEqual(['robo advisor/ai_portfolios']);
    expect(found(index, 'the advisor sold').sort()).toEqual([
      'advisor/financial_advising',
      'advisor/staff_reference'
    ]);
  });

  it('resolves partial overlaps in favour of the earlier of two equally long phrases', () => {
    const index = new PhraseMatcher([
      aPhrase('limit order', 'trading_platform'),
      aPhrase('order book', 'trading_platform')
    ]);
    expect(found(index, 'limit order book')).toEqual(['limit order/trading_platform']);
  });

  it('ignores inactive and empty phrases', () => {
    const inactive = { ...aPhrase('app', 'trading_platform'), active: false };
    const index = new PhraseMatcher([inactive, aPhrase('***', 'trading_platform')]);
    expect(index.size).toBe(0);
    expect(found(index, 'app')).toEqual([]);
  });

  it('counts a phrase once per category however often it appears', () => {
    const index = new PhraseMatcher([aPhrase('app', 'trading_platform')]);
    const distinct = distinctByCategory(index.findMatches(prepareText('app. app. app')));
    expect(distinct.get('trading_platform')).toHaveLength(1);
  });
});

describe('typo tolerance', () => {
  it('reads one inserted, dropped, changed or swapped letter as one edit, and nothing else', () => {
    expect(isOneEdit('without', 'withoutt')).toBe(true);
    expect(isOneEdit('without', 'withot')).toBe(true);
    expect(isOneEdit('without', 'wirhout')).toBe(true);
    expect(isOneEdit('without', 'wtihout')).toBe(true);
    expect(isOneEdit('without', 'without')).toBe(false);
    expect(isOneEdit('without', 'wthot')).toBe(false);
    expect(isOneEdit('without', 'wiuhotu')).toBe(false);
  });

  it('matches a mistyped long phrase word, first or later in the phrase', () => {
    const index = new PhraseMatcher([
      aPhrase('without asking', 'staff_conduct'),
      aPhrase('options approval', 'trading_platform')
    ]);
    expect(found(index, 'He sold withot asking me')).toEqual(['without asking/staff_conduct']);
    expect(found(index, 'how long for optins aproval?')).toEqual([
      'options approval/trading_platform'
    ]);
  });

  it('does not read short words, other endings or other first letters as typos', () => {
    const index = new PhraseMatcher([
      aPhrase('order', 'trading_platform'),
      aPhrase('received', 'ecommerce_platform'),
      aPhrase('dismissive', 'staff_conduct')
    ]);
    expect(found(index, 'my older brother')).toEqual([]);
    expect(found(index, 'I did not receive it')).toEqual([]);
    expect(found(index, 'dismissve')).toEqual(['dismissive/staff_conduct']);
    expect(found(index, 'fismissive')).toEqual([]);
  });

  it('never reads a word that is itself a phrase word as a typo of another', () => {
    const index = new PhraseMatcher([
      aPhrase('planning', 'financial_advising'),
      aPhrase('planting', 'ecommerce_platform')
    ]);
    expect(found(index, 'planting')).toEqual(['planting/ecommerce_platform']);
    expect(found(index, 'plannning')).toEqual(['planning/financial_advising']);
  });

  it('does not extend typos to wildcard stems', () => {
    const index = new PhraseMatcher([aPhrase('execute*', 'trading_platform')]);
    expect(found(index, 'I am the executor')).toEqual([]);
  });
});

describe('overlap resolution', () => {
  /** The rule as first written: sort by length, compare each match with every kept match. */
  function quadraticReference(matches: PhraseMatch[]): PhraseMatch[] {
    const ordered = [...matches].sort(
      (a, b) =>
        b.finish - b.start - (a.finish - a.start) ||
        a.sentence - b.sentence ||
        a.start - b.start ||
        compareText(a.phrase.source.developerName, b.phrase.source.developerName)
    );
    const kept: PhraseMatch[] = [];
    for (const match of ordered) {
      const clash = kept.some(
        (k) =>
          k.sentence === match.sentence &&
          k.start < match.finish &&
          match.start < k.finish &&
          !(k.start === match.start && k.finish === match.finish)
      );
      if (!clash) kept.push(match);
    }
    return kept.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  }

  /** Random matches in the order findMatches produces them: text order, developer name at one word. */
  function randomMatches(random: Random, phrases: CompiledPhrase[]): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    const sentences = 1 + random.int(4);
    for (let sentence = 0; sentence < sentences; sentence++) {
      const words = 1 + random.int(12);
      for (let start = 0; start < words; start++) {
        const here = phrases
          .filter(() => random.bernoulli(0.15))
          .map((phrase) => ({
            phrase,
            sentence,
            start,
            finish: Math.min(words, start + phrase.tokens.length)
          }));
        here.sort((a, b) =>
          compareText(a.phrase.source.developerName, b.phrase.source.developerName)
        );
        matches.push(...here);
      }
    }
    return matches;
  }

  it('given 2,000 random sets of overlapping matches, when resolved, then the result is exactly what comparing every pair gives, in the same order', () => {
    const random = Random.stream(7, 'phrase-overlaps');
    const names = ['B', 'A', 'D', 'C', 'F', 'E'];
    const phrases: CompiledPhrase[] = names.map((name, i) => ({
      source: { ...aPhrase('x', 'ecommerce_platform'), developerName: name },
      tokens: Array(1 + (i % 4)).fill('x') as string[]
    }));
    for (let run = 0; run < 2000; run++) {
      const matches = randomMatches(random, phrases);
      const describe = (list: PhraseMatch[]) =>
        list.map((m) => `${m.sentence}:${m.start}-${m.finish}:${m.phrase.source.developerName}`);
      expect(describe(resolveOverlaps(matches))).toEqual(describe(quadraticReference(matches)));
    }
  });

  it('given a body repeating overlapping phrases, when matched, then every other occurrence of the longest phrase wins', () => {
    const index = new PhraseMatcher([
      aPhrase('checkout fails', 'ecommerce_platform'),
      aPhrase('fails checkout', 'staff_conduct'),
      aPhrase('checkout', 'ecommerce_platform')
    ]);
    const matches = index.findMatches(prepareText('checkout fails checkout fails checkout'));
    expect(matches.map((m) => `${m.start}-${m.finish}:${m.phrase.source.phrase}`)).toEqual([
      '0-2:checkout fails',
      '2-4:checkout fails',
      '4-5:checkout'
    ]);
  });
});
