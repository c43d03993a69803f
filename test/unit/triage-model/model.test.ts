import {
  bestTopicClass,
  parseModel,
  scoreHeads,
  sigmoid,
  softmax,
  topContributions,
  type TriageModel
} from '../../../scripts/triage-model/model';

const CLASSES = [
  'ai_portfolios',
  'trading_platform',
  'ecommerce_platform',
  'financial_advising',
  'investment_portfolio',
  'none',
  'staff',
  'aboutManager'
];
const row = (...values: number[]) => [...values, ...new Array<number>(8 - values.length).fill(0)];
const file = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 1,
    version: 'v1',
    classes: CLASSES,
    bias: row(0, 0, 0, 0, 0, 1, -1, -2),
    weights: { 'w:app': row(0, 2), 'w:rude': row(0, 0, 0, 0, 0, 0, 3, 1) },
    ...overrides
  });

describe('parseModel', () => {
  it.each([
    ['', 'the model file is empty'],
    ['{', 'not valid JSON'],
    ['[]', 'not a JSON object'],
    [file({ format: 2 }), 'format is 2'],
    [file({ version: '' }), 'no version'],
    [file({ classes: ['a'] }), 'classes must be'],
    [file({ bias: [1, 2] }), 'bias must be 8 numbers'],
    [file({ weights: {} }), 'no features'],
    [file({ weights: { 'w:x': [1, 2, 3] } }), 'feature "w:x" must have 8 numbers'],
    [file({ weights: { 'w:x': row(0, 'a' as unknown as number) } }), 'feature "w:x"'],
    [file({ translations: ['es:cuent'] }), 'translations must be an object'],
    [file({ translations: { 'es:cuent': 3 } }), 'translation "es:cuent" must be a word'],
    [file({ translations: { 'es:cuent': '' } }), 'translation "es:cuent" must be a word']
  ])('given a broken model file, then it says what is wrong (%#)', (text, message) => {
    expect(() => parseModel(text)).toThrow(message);
  });

  it('reads a good file; without translations it translates nothing', () => {
    const model = parseModel(file());
    expect(model.weights.size).toBe(2);
    expect(model.translations.size).toBe(0);
  });

  it('reads the translations', () => {
    const model = parseModel(
      file({ translations: { 'es:cuent': 'account', 'de:kont': 'account' } })
    );
    expect(model.translations.get('de:kont')).toBe('account');
    expect(model.translations.size).toBe(2);
  });
});

describe('scoring', () => {
  const model: TriageModel = parseModel(file());

  it('adds bias and value x weight per column, then softmax and sigmoid', () => {
    const heads = scoreHeads(
      model,
      new Map([
        ['w:app', 1],
        ['w:rude', 0.5],
        ['w:unknown', 1]
      ])
    );
    expect(heads.topicLogits).toEqual([0, 2, 0, 0, 0, 1]);
    const e = Math.exp;
    const sum = 4 + e(2) + e(1);
    expect(heads.topicProbabilities[1]).toBeCloseTo(e(2) / sum, 12);
    expect(heads.staffLogit).toBe(0.5);
    expect(heads.staffProbability).toBeCloseTo(1 / (1 + e(-0.5)), 12);
    expect(heads.aboutProbability).toBeCloseTo(1 / (1 + e(1.5)), 12);
    expect(bestTopicClass(heads.topicProbabilities)).toBe(1);
  });

  it('is stable for large logits', () => {
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
    expect(softmax([1000, 1000])).toEqual([0.5, 0.5]);
  });

  it('breaks a tie for the earlier class', () => {
    expect(bestTopicClass([0.2, 0.4, 0.4, 0, 0, 0])).toBe(1);
  });

  it('names the features that pushed a decision, strongest first', () => {
    const values = new Map([
      ['w:app', 1],
      ['w:rude', 1]
    ]);
    expect(topContributions(model, values, 6, null, 1, 4)).toEqual([
      { feature: 'w:rude', value: 3 }
    ]);
    expect(topContributions(model, values, 1, 5, 1, 4)).toEqual([{ feature: 'w:app', value: 2 }]);
    expect(topContributions(model, values, 6, null, -1, 4)).toEqual([]);
  });
});
