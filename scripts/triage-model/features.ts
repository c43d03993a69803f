/**
 * Feature extraction for the learned triage model (docs/triage-model.md, "Features"): the text triage
 * reads is lower-cased, accent-folded, split into sentences and word tokens, stemmed with a light
 * suffix stemmer, and turned into word, word-start, pair, skip-pair, person-sentence, negated-word,
 * channel and phrase-score features. Its language
 * is told from stop words. Mirrored by the Apex twin (TriageFeatures.cls): plain string work only.
 */
import type { Channel } from '../routing/model';
import { compareText } from '../routing/phrases';

/** Accent folding: each lower-case letter on the left becomes the letters on the right. */
export const ACCENT_FOLDING: Readonly<Record<string, string>> = {
  à: 'a',
  á: 'a',
  â: 'a',
  ã: 'a',
  ä: 'a',
  å: 'a',
  æ: 'ae',
  ç: 'c',
  è: 'e',
  é: 'e',
  ê: 'e',
  ë: 'e',
  ì: 'i',
  í: 'i',
  î: 'i',
  ï: 'i',
  ñ: 'n',
  ò: 'o',
  ó: 'o',
  ô: 'o',
  õ: 'o',
  ö: 'o',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  ù: 'u',
  ú: 'u',
  û: 'u',
  ü: 'u',
  ý: 'y',
  ÿ: 'y'
};

/** Elided French words before an apostrophe (l'argent, d'investissement, qu'il): dropped. */
export const ELISIONS: readonly string[] = ['c', 'd', 'j', 'l', 'm', 'n', 'qu', 's', 't'];

/**
 * The light stemmer's suffixes (English, Spanish, French, German inflections after accent
 * folding). The longest one a token ends with is removed when at least MIN_STEM letters remain;
 * that is done at most STEM_PASSES times.
 */
export const SUFFIXES: readonly string[] = [
  'amientos',
  'imientos',
  'aciones',
  'amiento',
  'imiento',
  'acion',
  'ation',
  'ement',
  'ingly',
  'iendo',
  'mente',
  'ments',
  'ungen',
  'ados',
  'adas',
  'ando',
  'idos',
  'idas',
  'ings',
  'ions',
  'lich',
  'ment',
  'ness',
  'ado',
  'ada',
  'ais',
  'ait',
  'ers',
  'eur',
  'ido',
  'ida',
  'ied',
  'ies',
  'ing',
  'ion',
  'ons',
  'ung',
  'ed',
  'ee',
  'en',
  'er',
  'es',
  'ez',
  'ly',
  'a',
  'e',
  'o',
  's',
  'y'
];
export const MIN_STEM = 3;
export const STEM_PASSES = 2;

export const LANGUAGES = ['en', 'es', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Stop words that tell the languages apart (words shared by two of the languages, such as "de",
 * "la", "es", "in", "was", are left out). Compared with tokens before stemming.
 */
export const STOP_WORDS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'and',
    'are',
    'been',
    'could',
    'from',
    'have',
    'is',
    'it',
    'my',
    'of',
    'please',
    'that',
    'the',
    'this',
    'to',
    'what',
    'with',
    'would',
    'you',
    'your'
  ],
  es: [
    'al',
    'como',
    'con',
    'del',
    'el',
    'esta',
    'estoy',
    'gracias',
    'hola',
    'las',
    'los',
    'mi',
    'mis',
    'muy',
    'para',
    'pero',
    'por',
    'porque',
    'tengo',
    'una',
    'usted',
    'y'
  ],
  fr: [
    'au',
    'avec',
    'bonjour',
    'ce',
    'cette',
    'dans',
    'est',
    'et',
    'je',
    'les',
    'mais',
    'merci',
    'mes',
    'mon',
    'nous',
    'pas',
    'pour',
    'qui',
    'sur',
    'tres',
    'une',
    'vos',
    'votre',
    'vous'
  ],
  de: [
    'auf',
    'bitte',
    'danke',
    'dass',
    'der',
    'ein',
    'eine',
    'einen',
    'fur',
    'habe',
    'ich',
    'ihre',
    'ist',
    'mein',
    'meine',
    'mit',
    'nicht',
    'sehr',
    'und',
    'von',
    'wir',
    'zu'
  ]
};

/**
 * Words that make a sentence one about a person (pronouns and staff words of the four languages,
 * after accent folding; compared with tokens before stemming). The words of such a sentence also
 * become PERSON_SENTENCE features: "sold" next to "he" says more than "sold" alone.
 */
export const PERSON_WORDS: readonly string[] = [
  '@manager',
  'adviser',
  'advisor',
  'agent',
  'asesor',
  'asesora',
  'banker',
  'berater',
  'beraterin',
  'betreuer',
  'betreuerin',
  'conseiller',
  'conseillere',
  'ella',
  'elle',
  'employee',
  'er',
  'gestionnaire',
  'gestor',
  'gestora',
  'guy',
  'he',
  'her',
  'hers',
  'him',
  'his',
  'ihm',
  'ihn',
  'il',
  'lady',
  'lui',
  'man',
  'manager',
  'person',
  'planner',
  'rep',
  'representative',
  'she',
  'somebody',
  'someone',
  'staff',
  'their',
  'them',
  'they',
  'woman'
];

/**
 * Words that negate what follows them (the four languages, after accent folding and apostrophe
 * removal, so "didn't" is `didnt`; compared with tokens before stemming). The stems of up to
 * NEGATION_SCOPE tokens after one, in the same sentence, are also NEGATED features: "never sold"
 * and "sold" are different evidence, and an instruction never carried out is a common implicit
 * complaint.
 */
export const NEGATION_WORDS: readonly string[] = [
  'arent',
  'aucun',
  'aucune',
  'cannot',
  'cant',
  'couldnt',
  'didnt',
  'doesnt',
  'dont',
  'hadnt',
  'hasnt',
  'havent',
  'isnt',
  'jamais',
  'jamas',
  'kein',
  'keine',
  'keinem',
  'keinen',
  'keiner',
  'keines',
  'nada',
  'nadie',
  'ne',
  'neither',
  'never',
  'ni',
  'nicht',
  'nichts',
  'nie',
  'niemals',
  'niemand',
  'ningun',
  'ninguna',
  'ninguno',
  'no',
  'nobody',
  'none',
  'nor',
  'not',
  'nothing',
  'nunca',
  'ohne',
  'pas',
  'rien',
  'sans',
  'shouldnt',
  'sin',
  'wasnt',
  'werent',
  'without',
  'wont',
  'wouldnt'
];

/** How many tokens after a negation word give NEGATED features (a second negation starts the count again). */
export const NEGATION_SCOPE = 5;

/**
 * A stem longer than this many letters also gives a WORD_START feature of its first letters, so
 * spellings and inflections the stemmer does not join (unauthorized/unauthorised, invest/investor)
 * share evidence.
 */
export const WORD_START_LENGTH = 4;

/** The token that stands for the account manager's first or last name. */
export const MANAGER_TOKEN = '@manager';

/** Feature name prefixes. */
export const WORD = 'w:';
export const BIGRAM = 'b:';
export const SKIP_PAIR = 'k:';
export const PERSON_SENTENCE = 'm:';
export const NEGATED = 'n:';
export const WORD_START = 'f:';
export const CHANNEL = 'c:';
export const PHRASE = 'p:';

/** Lower-case, then fold accents (ACCENT_FOLDING). */
export function normalise(text: string): string {
  const lower = text.toLowerCase();
  // Only text with letters outside ASCII needs the table (the Apex twin checks the same first).
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  let out = '';
  for (const ch of lower) out += ACCENT_FOLDING[ch] ?? ch;
  return out;
}

/**
 * One token from a run of letters, digits and apostrophes: apostrophes at either end dropped, an
 * elided French word before the first apostrophe dropped (l'argent -> argent), a final 's dropped
 * (manager's -> manager), the remaining apostrophes removed (didn't -> didnt).
 */
export function cleanToken(raw: string): string {
  let token = raw.replace(/^'+/, '').replace(/'+$/, '');
  const apostrophe = token.indexOf("'");
  if (apostrophe > 0 && ELISIONS.includes(token.slice(0, apostrophe)))
    token = token.slice(apostrophe + 1);
  if (token.endsWith("'s")) token = token.slice(0, -2);
  return token.replace(/'/g, '');
}

/** Sentences of tokens: `. ! ? ;` and line breaks end a sentence; anything but a-z, 0-9, ' separates. */
export function modelSentences(text: string): string[][] {
  const normalised = normalise(text).replace(/[\u2018\u2019\u02bc`]/g, "'");
  const result: string[][] = [];
  for (const part of normalised.split(/[.!?;\r\n]+/)) {
    const tokens = part
      .replace(/[^a-z0-9']+/g, ' ')
      .split(' ')
      .map(cleanToken)
      .filter((t) => t.length > 0);
    if (tokens.length > 0) result.push(tokens);
  }
  return result;
}

const SUFFIX_SET = new Set(SUFFIXES);
const LONGEST_SUFFIX = Math.max(...SUFFIXES.map((s) => s.length));

/** The light stemmer: up to STEM_PASSES times, remove the longest suffix that leaves MIN_STEM letters. */
export function stem(token: string): string {
  if (token === MANAGER_TOKEN || /[0-9]/.test(token)) return token;
  let word = token;
  for (let pass = 0; pass < STEM_PASSES; pass++) {
    let removed = false;
    for (let length = Math.min(LONGEST_SUFFIX, word.length - MIN_STEM); length >= 1; length--) {
      if (SUFFIX_SET.has(word.slice(word.length - length))) {
        word = word.slice(0, word.length - length);
        removed = true;
        break;
      }
    }
    if (!removed) break;
  }
  return word;
}

/** Hits of each language's stop words among the tokens. */
function stopWordHits(sentences: readonly (readonly string[])[]): Record<Language, number> {
  const hits: Record<Language, number> = { en: 0, es: 0, fr: 0, de: 0 };
  for (const tokens of sentences)
    for (const token of tokens)
      for (const language of LANGUAGES)
        if (STOP_WORDS[language].includes(token)) hits[language] += 1;
  return hits;
}

/** The language with the most stop-word hits; ties in the order en, es, fr, de; none at all: en. */
export function detectLanguage(sentences: readonly (readonly string[])[]): Language {
  const hits = stopWordHits(sentences);
  let best: Language = 'en';
  for (const language of LANGUAGES) if (hits[language] > hits[best]) best = language;
  return best;
}

/** Name tokens of the account manager (two letters or more), normalised like the text. */
export function managerNameTokens(name: string | null | undefined): string[] {
  if (!name) return [];
  return modelSentences(name)
    .flat()
    .filter((t) => t.length >= 2);
}

/** Phrase-triage evidence that enters the model as features (docs/triage-model.md, "Phrase features"). */
interface PhraseEvidence {
  /** Phrase score per topic (the same sums phrase-only triage compares). */
  topicScores: ReadonlyMap<string, number>;
  /** Staff cue score (conduct and complaint cues near a person). */
  staffScore: number;
  managerMentioned: boolean;
  otherStaffMentioned: boolean;
}

export interface FeatureInput {
  channel: Channel;
  subject: string;
  body: string;
  accountManagerName: string | null;
  phrases: PhraseEvidence | null;
  /**
   * The model's glossary (docs/triage-model.md section 3.5): `language:stem` -> English stem, used
   * for a text whose language is not English; null: none.
   */
  translations: ReadonlyMap<string, string> | null;
}

export interface ExtractedFeatures {
  language: Language;
  /** Stop-word hits per language (tokens before the manager's name is replaced). */
  stopWordHits: Record<Language, number>;
  /** Tokens per sentence (subject first), manager names replaced by MANAGER_TOKEN, before stemming. */
  sentences: string[][];
  /** Feature name -> value, names in ordinal order. */
  values: Map<string, number>;
}

/** Rounds to 6 decimals (half away from zero), the precision of every stored feature value. */
function round6(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 1e6)) / 1e6;
}

/** ln(1 + score), the value of a phrase-score feature, so one strong phrase cannot swamp the words. */
export function phraseValue(score: number): number {
  return score > 0 ? round6(Math.log(1 + score)) : 0;
}

/** Every feature of one contact's text. */
export function extractFeatures(input: FeatureInput): ExtractedFeatures {
  const subject = modelSentences(input.subject);
  const body = modelSentences(input.body);
  const all = [...subject, ...body];
  const hits = stopWordHits(all);
  const language = detectLanguage(all);
  const names = new Set(managerNameTokens(input.accountManagerName));
  const sentences = all.map((tokens) => tokens.map((t) => (names.has(t) ? MANAGER_TOKEN : t)));
  const values = new Map<string, number>();
  values.set(CHANNEL + input.channel, 1);
  const glossary = language === 'en' ? null : input.translations;
  for (const tokens of sentences) {
    const stems = tokens.map((t) => {
      const s = stem(t);
      return glossary?.get(`${language}:${s}`) ?? s;
    });
    const aboutPerson = tokens.some((t) => PERSON_WORDS.includes(t));
    let negatedLeft = 0;
    stems.forEach((s, i) => {
      values.set(WORD + s, 1);
      if (negatedLeft > 0) {
        values.set(NEGATED + s, 1);
        negatedLeft -= 1;
      }
      if (NEGATION_WORDS.includes(tokens[i] ?? '')) negatedLeft = NEGATION_SCOPE;
      if (s.length > WORD_START_LENGTH && s !== MANAGER_TOKEN)
        values.set(WORD_START + s.slice(0, WORD_START_LENGTH), 1);
      if (i > 0) values.set(`${BIGRAM}${stems[i - 1]} ${s}`, 1);
      if (i > 1) values.set(`${SKIP_PAIR}${stems[i - 2]} ${s}`, 1);
      if (aboutPerson) values.set(PERSON_SENTENCE + s, 1);
    });
  }
  const evidence = input.phrases;
  if (evidence) {
    for (const [topic, score] of evidence.topicScores) {
      const value = phraseValue(score);
      if (value > 0) values.set(PHRASE + topic, value);
    }
    const staff = phraseValue(evidence.staffScore);
    if (staff > 0) values.set(`${PHRASE}staff`, staff);
    if (evidence.managerMentioned) values.set(`${PHRASE}manager_mentioned`, 1);
    if (evidence.otherStaffMentioned) values.set(`${PHRASE}other_staff_mentioned`, 1);
  }
  const sorted = new Map([...values.entries()].sort(([a], [b]) => compareText(a, b)));
  return { language, stopWordHits: hits, sentences, values: sorted };
}
