import {
  cleanToken,
  detectLanguage,
  extractFeatures,
  managerNameTokens,
  modelSentences,
  normalise,
  phraseValue,
  stem
} from '../../../scripts/triage-model/features';

describe('normalisation', () => {
  it('given accented letters of the four languages, when normalised, then they are lower-case ASCII', () => {
    expect(normalise('Überweisung Número Déjà Straße ŒUVRE')).toBe(
      'uberweisung numero deja strasse oeuvre'
    );
  });

  it('leaves plain ASCII as it is, lower-cased', () => {
    expect(normalise('My App')).toBe('my app');
  });
});

describe('tokens', () => {
  it.each([
    ["l'argent", 'argent'],
    ["qu'il", 'il'],
    ["d'investissement", 'investissement'],
    ["manager's", 'manager'],
    ["didn't", 'didnt'],
    ["'quoted'", 'quoted'],
    ["rock'n'roll", 'rocknroll']
  ])('given %p, when cleaned, then %p', (raw, token) => {
    expect(cleanToken(raw)).toBe(token);
  });

  it('splits sentences on . ! ? ; and line breaks, and words on anything but letters, digits and apostrophes', () => {
    expect(modelSentences('Hi Dan! Robo-advisor’s fees?\nJ’ai vu; ok')).toEqual([
      ['hi', 'dan'],
      ['robo', 'advisor', 'fees'],
      ['ai', 'vu'],
      ['ok']
    ]);
  });
});

describe('stemmer', () => {
  it.each([
    ['rebalancing', 'rebalanc'],
    ['rebalanced', 'rebalanc'],
    ['rebalance', 'rebalanc'],
    ['managers', 'manag'],
    ['cuentas', 'cuent'],
    ['fees', 'fee'],
    ['agent', 'agent'],
    ['2fa', '2fa'],
    ['@manager', '@manager']
  ])('given %p, then the stem is %p', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('never leaves fewer than three letters', () => {
    expect(stem('is')).toBe('is');
    expect(stem('ties')).toBe('tie');
  });
});

describe('language', () => {
  it.each([
    ['Hello, my app does not work with the new update', 'en'],
    ['Hola, tengo una pregunta sobre mi cuenta y las comisiones', 'es'],
    ['Bonjour, je ne vois pas mon compte dans votre application', 'fr'],
    ['Guten Tag, ich kann mein Konto nicht sehen und die App ist langsam', 'de'],
    ['', 'en'],
    ['login 2fa', 'en']
  ])('given %p, then the language is %s', (text, language) => {
    expect(detectLanguage(modelSentences(text))).toBe(language);
  });
});

describe('features', () => {
  const features = (
    body: string,
    manager: string | null = 'Daniel Brooks',
    translations: ReadonlyMap<string, string> | null = null
  ) =>
    extractFeatures({
      channel: 'email',
      subject: '',
      body,
      accountManagerName: manager,
      phrases: null,
      translations
    }).values;

  it("given the manager's first or last name, then it is the @manager token", () => {
    expect(managerNameTokens('Daniel  Brooks-Smith')).toEqual(['daniel', 'brooks', 'smith']);
    const values = features('Brooks sold my shares');
    expect(values.get('w:@manager')).toBe(1);
    expect(values.has('w:brook')).toBe(false);
    expect(values.get('b:@manager sold')).toBe(1);
  });

  it('gives the channel, words, pairs and skip pairs, each counted once', () => {
    const values = features('sold sold my shares', null);
    expect(values.get('c:email')).toBe(1);
    expect(values.get('w:sold')).toBe(1);
    expect(values.get('b:sold my')).toBe(1);
    expect(values.get('k:sold shar')).toBe(1);
    expect([...values.keys()]).toEqual([...values.keys()].sort());
  });

  it('gives the first letters of every stem longer than the word-start length, never of the manager token', () => {
    const values = features('Daniel did an unauthorised trade', 'Daniel Brooks');
    expect(values.get('f:unau')).toBe(1);
    expect(values.has('f:trad')).toBe(false);
    expect(features('unauthorized', null).get('f:unau')).toBe(1);
    expect(values.has('f:did')).toBe(false);
    expect([...values.keys()].filter((k) => k.startsWith('f:@'))).toEqual([]);
  });

  it('translates the stems of a text in another language, and leaves English alone', () => {
    const glossary = new Map([
      ['es:cuent', 'account'],
      ['es:vend', 'sell'],
      ['en:sold', 'nothing']
    ]);
    const spanish = features(
      'Hola, mi gestor vendio sin permiso. Gracias por la cuenta',
      null,
      glossary
    );
    expect(spanish.get('w:account')).toBe(1);
    expect(spanish.has('w:cuent')).toBe(false);
    expect(spanish.get('b:la account')).toBe(1);
    const english = features('Hello, he sold the cuenta please. Thank you', null, glossary);
    expect(english.get('w:sold')).toBe(1);
    expect(english.get('w:cuent')).toBe(1);
    expect(english.has('w:account')).toBe(false);
  });

  it('marks the words of a sentence about a person, and only that sentence', () => {
    const values = features('He sold my shares. The app is slow.', null);
    expect(values.get('m:sold')).toBe(1);
    expect(values.has('m:app')).toBe(false);
  });

  it('marks up to five words after a negation word, within its sentence, and starts again at the next one', () => {
    const english = features('He never sold the shares I asked him for. The app is slow.', null);
    for (const stemmed of ['sold', 'the', 'shar', 'i', 'ask'])
      expect(english.get(`n:${stemmed}`)).toBe(1);
    expect(english.has('n:him')).toBe(false);
    expect(english.has('n:app')).toBe(false);
    const restarted = features(
      'I did not get a reply and nor did my wife get anything at all',
      null
    );
    expect(restarted.get('n:nor')).toBe(1);
    expect(restarted.get('n:anyth')).toBe(1);
    expect(restarted.has('n:at')).toBe(false);
    expect(features('Er hat die Aktien nicht verkauft', null).get('n:verkauft')).toBe(1);
    expect(features('He sold the shares', null).has('n:sold')).toBe(false);
  });

  it('never pairs words across sentences', () => {
    expect(features('sold. shares', null).has('b:sold shar')).toBe(false);
  });

  it('turns phrase scores into ln(1 + score), rounded to 6 decimals', () => {
    expect(phraseValue(2)).toBe(1.098612);
    expect(phraseValue(0)).toBe(0);
    const values = extractFeatures({
      channel: 'chat',
      subject: '',
      body: 'x',
      accountManagerName: null,
      phrases: {
        topicScores: new Map([['trading_platform', 3.5]]),
        staffScore: 0,
        managerMentioned: true,
        otherStaffMentioned: false
      },
      translations: null
    }).values;
    expect(values.get('p:trading_platform')).toBe(1.504077);
    expect(values.get('p:manager_mentioned')).toBe(1);
    expect(values.has('p:staff')).toBe(false);
    expect(values.has('p:other_staff_mentioned')).toBe(false);
  });
});
