import { PhraseIndex, distinctByCategory, isOneEdit } from '../../../scripts/routing/phrases';
import { prepareText } from '../../../scripts/routing/text';
import { aPhrase } from '../../builders/routing';

const found = (index: PhraseIndex, text: string) =>
  index
    .findMatches(prepareText(text))
    .map((m) => `${m.phrase.source.phrase}/${m.phrase.source.category}`);

describe('PhraseIndex', () => {
  it('matches whole words only, case-insensitively', () => {
    const index = new PhraseIndex([aPhrase('app', 'trading_platform')]);
    expect(found(index, 'The APP crashed')).toEqual(['app/trading_platform']);
    expect(found(index, 'my application and apple')).toEqual([]);
  });

  it('matches multi-word phrases, with hyphens and punctuation read as spaces', () => {
    const index = new PhraseIndex([aPhrase('robo advisor', 'ai_portfolios')]);
    expect(found(index, 'my robo-advisor')).toEqual(['robo advisor/ai_portfolios']);
  });

  it('lets a trailing * match the beginning of a word', () => {
    const index = new PhraseIndex([aPhrase('rebalanc*', 'investment_portfolio')]);
    expect(found(index, 'Rebalancing happened. I rebalanced.')).toHaveLength(2);
  });

  it('does not match across sentences', () => {
    const index = new PhraseIndex([aPhrase('limit order', 'trading_platform')]);
    expect(found(index, 'over the limit. Order placed')).toEqual([]);
  });

  it('lets the longest overlapping phrase win, in every category', () => {
    const index = new PhraseIndex([
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
    const index = new PhraseIndex([
      aPhrase('limit order', 'trading_platform'),
      aPhrase('order book', 'trading_platform')
    ]);
    expect(found(index, 'limit order book')).toEqual(['limit order/trading_platform']);
  });

  it('ignores inactive and empty phrases', () => {
    const inactive = { ...aPhrase('app', 'trading_platform'), active: false };
    const index = new PhraseIndex([inactive, aPhrase('***', 'trading_platform')]);
    expect(index.size).toBe(0);
    expect(found(index, 'app')).toEqual([]);
  });

  it('counts a phrase once per category however often it appears', () => {
    const index = new PhraseIndex([aPhrase('app', 'trading_platform')]);
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
    const index = new PhraseIndex([
      aPhrase('without asking', 'staff_conduct'),
      aPhrase('options approval', 'trading_platform')
    ]);
    expect(found(index, 'He sold withot asking me')).toEqual(['without asking/staff_conduct']);
    expect(found(index, 'how long for optins aproval?')).toEqual([
      'options approval/trading_platform'
    ]);
  });

  it('does not read short words, other endings or other first letters as typos', () => {
    const index = new PhraseIndex([
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
    const index = new PhraseIndex([
      aPhrase('planning', 'financial_advising'),
      aPhrase('planting', 'ecommerce_platform')
    ]);
    expect(found(index, 'planting')).toEqual(['planting/ecommerce_platform']);
    expect(found(index, 'plannning')).toEqual(['planning/financial_advising']);
  });

  it('does not extend typos to wildcard stems', () => {
    const index = new PhraseIndex([aPhrase('execute*', 'trading_platform')]);
    expect(found(index, 'I am the executor')).toEqual([]);
  });
});
