import { PhraseIndex, distinctByCategory } from '../../../scripts/routing/phrases';
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
