/** The routing factors' small pieces: language tags, signals, and the lint the validator runs. */
import {
  lintFactors,
  normalizeLanguage,
  parseSignals,
  type RoutingFactor
} from '../../../scripts/routing/factors';

const aFactor = (overrides: Partial<RoutingFactor>): RoutingFactor => ({
  developerName: 'F',
  factor: 'mood',
  value: 'angry',
  signals: ['furious'],
  priorityBoost: 1,
  skill: null,
  dropTimeoutSeconds: { phone: null, email: null, chat: null },
  active: true,
  ...overrides
});

const aLanguage = (overrides: Partial<RoutingFactor> = {}): RoutingFactor =>
  aFactor({
    factor: 'language',
    value: 'es',
    signals: [],
    priorityBoost: 0,
    skill: 'Language_Spanish',
    dropTimeoutSeconds: { phone: 45, email: 7200, chat: 30 },
    ...overrides
  });

describe('normalizeLanguage', () => {
  it.each([
    ['es', 'es'],
    ['ES', 'es'],
    ['es-MX', 'es'],
    ['es_MX', 'es'],
    [' fr ', 'fr'],
    ['fil', 'fil']
  ])('reads %p as %p', (raw, code) => expect(normalizeLanguage(raw)).toBe(code));

  it.each([null, undefined, '', 'spanish please', '12', 'e', '-', '_', '--', '-es'])(
    'refuses %p',
    (raw) => expect(normalizeLanguage(raw)).toBeNull()
  );
});

describe('parseSignals', () => {
  it('splits on commas and prepares each signal like the text (case, apostrophes, punctuation)', () => {
    expect(parseSignals("Furious, fed up,, can't  log-in ,")).toEqual([
      'furious',
      'fed up',
      'cant log in'
    ]);
    expect(parseSignals(null)).toEqual([]);
  });
});

describe('lintFactors', () => {
  it('passes well-formed factors', () => {
    expect(lintFactors([aFactor({}), aLanguage()])).toEqual([]);
  });

  it.each([
    [aFactor({ priorityBoost: 4 }), 'Priority Boost must be a whole number from 0 to 3'],
    [aFactor({ priorityBoost: 1.5 }), 'Priority Boost must be a whole number from 0 to 3'],
    [aFactor({ signals: [] }), 'mood needs Signals'],
    [aFactor({ skill: 'Language_Spanish' }), 'only a language factor has a Skill'],
    [aLanguage({ value: 'spanish' }), 'is not a two-letter lower-case language code'],
    [aLanguage({ skill: null }), 'a language factor needs a Skill'],
    [
      aLanguage({ dropTimeoutSeconds: { phone: 45, email: 0, chat: 30 } }),
      'email drop timeout must be 1 to 86400 seconds'
    ],
    [
      aLanguage({ dropTimeoutSeconds: { phone: null, email: 60, chat: 30 } }),
      'phone drop timeout must be 1 to 86400 seconds'
    ]
  ])('reports %#: %s', (factor, message) => {
    expect(lintFactors([factor]).join('\n')).toContain(message);
  });

  it('reports two active factors for the same value, not an inactive twin', () => {
    const twin = aFactor({ developerName: 'G' });
    expect(lintFactors([aFactor({}), twin])).toEqual(['factors F and G are both mood angry']);
    expect(lintFactors([aFactor({}), { ...twin, active: false }])).toEqual([]);
  });
});
