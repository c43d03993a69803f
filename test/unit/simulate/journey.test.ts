/**
 * The steps after routing as the simulator models them: which handlings use a Knowledge article,
 * and the rating a surveyed customer gives.
 */
import { CHANNELS, TOPICS, type Topic } from '../../../scripts/routing/model';
import {
  DEFAULT_JOURNEY,
  JourneyCounter,
  modelledRating,
  usesArticle
} from '../../../scripts/simulate/journey';
import { SECOND } from '../../../scripts/simulate/model';

const rating = DEFAULT_JOURNEY.survey.rating;
const knowledge = DEFAULT_JOURNEY.knowledge;
const draws = Array.from({ length: 21 }, (_, i) => i / 21);

describe('modelled rating', () => {
  it('given any disposition, channel and transfers, when the wait grows, then the rating never gets better', () => {
    const waits = [0, 5, 20, 60, 120, 300, 900, 3600, 4 * 3600, 12 * 3600, 48 * 3600];
    for (const channel of CHANNELS)
      for (const draw of draws)
        for (const transfers of [0, 1, 3]) {
          const ratings = waits.map((w) =>
            modelledRating(rating, channel, w * SECOND, transfers, draw)
          );
          for (let i = 1; i < ratings.length; i++)
            expect(ratings[i]!).toBeLessThanOrEqual(ratings[i - 1]!);
        }
  });

  it('given the same wait, when the contact was transferred more often, then the rating never gets better', () => {
    for (const channel of CHANNELS)
      for (const draw of draws) {
        const ratings = [0, 1, 2, 3, 4].map((t) =>
          modelledRating(rating, channel, 30 * SECOND, t, draw)
        );
        for (let i = 1; i < ratings.length; i++)
          expect(ratings[i]!).toBeLessThanOrEqual(ratings[i - 1]!);
      }
  });

  it('is a whole number from 1 to 5; a customer served at once, without transfer, gives the best rating of their disposition', () => {
    expect(modelledRating(rating, 'chat', 0, 0, 0.5)).toBe(Math.round(rating.best));
    expect(modelledRating(rating, 'phone', 0, 0, 0.999)).toBe(5);
    expect(modelledRating(rating, 'email', 100 * 3600 * SECOND, 9, 0)).toBe(1);
    for (const draw of draws)
      for (const wait of [0, 600, 36000]) {
        const r = modelledRating(rating, 'email', wait * SECOND, 1, draw);
        expect(Number.isInteger(r) && r >= 1 && r <= 5).toBe(true);
      }
  });

  it('given a long wait, then one point is lost per waitPerPoint seconds, up to maxWaitPoints', () => {
    const at = (seconds: number) => modelledRating(rating, 'phone', seconds * SECOND, 0, 0.5);
    expect(at(0) - at(rating.waitPerPoint.phone)).toBe(1);
    expect(at(0) - at(1000 * rating.waitPerPoint.phone)).toBe(Math.round(rating.maxWaitPoints));
  });
});

describe('article use', () => {
  const withArticles = new Set<Topic>(['ecommerce_platform', 'trading_platform']);

  it('given a topic without an article, then no handling uses one, whatever the draw', () => {
    for (const topic of TOPICS.filter((t) => !withArticles.has(t)))
      for (const draw of draws)
        expect(usesArticle(knowledge, withArticles, topic, topic, draw)).toBe(false);
  });

  it('given no triage topic, or a triage topic that is not the true one, then no article is used: the suggestion is for the wrong problem', () => {
    for (const draw of draws) {
      expect(usesArticle(knowledge, withArticles, null, null, draw)).toBe(false);
      expect(usesArticle(knowledge, withArticles, 'trading_platform', 'ai_portfolios', draw)).toBe(
        false
      );
    }
  });

  it('given the true topic with an article, then the agent uses it in the assumed share of handlings', () => {
    const used = draws.filter((d) =>
      usesArticle(knowledge, withArticles, 'ecommerce_platform', 'ecommerce_platform', d)
    ).length;
    expect(used).toBe(draws.filter((d) => d < knowledge.articleUse).length);
    expect(
      usesArticle(
        { ...knowledge, articleUse: 0 },
        withArticles,
        'ecommerce_platform',
        'ecommerce_platform',
        0
      )
    ).toBe(false);
  });
});

describe('journey counter', () => {
  it('counts resolved contacts, articles and surveys per team and channel, and averages only answered ratings', () => {
    const counter = new JourneyCounter();
    counter.record({
      team: 'EXPERTS',
      channel: 'chat',
      withArticle: true,
      surveySent: true,
      rating: 5
    });
    counter.record({
      team: 'EXPERTS',
      channel: 'chat',
      withArticle: false,
      surveySent: true,
      rating: 2
    });
    counter.record({
      team: 'EXPERTS',
      channel: 'chat',
      withArticle: false,
      surveySent: true,
      rating: null
    });
    counter.record({
      team: 'ECOMMERCE',
      channel: 'email',
      withArticle: false,
      surveySent: false,
      rating: null
    });
    expect(counter.rows()).toEqual([
      {
        team: 'ECOMMERCE',
        channel: 'email',
        resolved: 1,
        resolvedWithArticle: 0,
        surveysSent: 0,
        surveysAnswered: 0,
        averageRating: null
      },
      {
        team: 'EXPERTS',
        channel: 'chat',
        resolved: 3,
        resolvedWithArticle: 1,
        surveysSent: 3,
        surveysAnswered: 2,
        averageRating: 3.5
      }
    ]);
  });
});
