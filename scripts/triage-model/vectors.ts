/**
 * The shared triage-model vectors (data/triage/vectors.json): inputs with the exact text, features,
 * scores and decisions the TypeScript engine computes, for the Apex twin to assert (to 1e-6) with
 * the same small fixed test model (data/triage/test-model.json) and the phrases listed in the file.
 * `npm run triage:train` rewrites the file; a test fails when it is stale.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../lib/project';
import { contactFromJson } from '../routing/input';
import type { ModelAvailability, TriagePhrase } from '../routing/model';
import { compareText, PhraseMatcher } from '../routing/phrases';
import { referenceSettings } from '../routing/reference-settings';
import { readContact, triage } from '../routing/triage';
import { SUBJECT_LIMIT, TEXT_LIMIT } from '../routing/text';
import {
  ACCENT_FOLDING,
  ELISIONS,
  MIN_STEM,
  modelSentences,
  normalise,
  STEM_PASSES,
  stem,
  STOP_WORDS,
  SUFFIXES
} from './features';
import { checkModel, parseModel, scoreHeads, TriageModelError } from './model';

export const VECTORS_PATH = 'data/triage/vectors.json';
/** The copy the Apex TriageVectorsTest reads: the trainer writes both, byte for byte the same. */
export const VECTORS_RESOURCE_PATH = 'force-app/routing-engine/staticresources/TriageVectors.json';
const TEST_MODEL_PATH = 'data/triage/test-model.json';

/** Phrases the vectors use (not the shipped ones, so a lead's edit in Setup cannot break them). */
const VECTOR_PHRASES: TriagePhrase[] = [
  ['V_portfolio', 'portfolio', 'investment_portfolio', 2],
  ['V_rebalance', 'rebalanc*', 'investment_portfolio', 2],
  ['V_ai_portfolio', 'ai portfolio', 'ai_portfolios', 4],
  ['V_app', 'app', 'trading_platform', 1.5],
  ['V_login', 'login', 'trading_platform', 2],
  ['V_checkout', 'checkout', 'ecommerce_platform', 3],
  ['V_fees', 'fees', 'financial_advising', 2],
  ['V_without_asking', 'without asking', 'staff_conduct', 3],
  ['V_rude', 'rude', 'staff_conduct', 3],
  ['V_complain', 'complain*', 'staff_complaint', 2],
  ['V_he', 'he', 'staff_reference', 1],
  ['V_my_account_manager', 'my account manager', 'manager_reference', 1],
  ['V_receptionist', 'receptionist', 'other_staff', 1]
].map(([developerName, phrase, category, weight]) => ({
  developerName: developerName as string,
  phrase: phrase as string,
  category: category as TriagePhrase['category'],
  weight: weight as number,
  active: true
}));

const VECTOR_SETTINGS = referenceSettings();

const HNW = (manager: string | null) => ({
  investableAssets: 2_500_000,
  accountManager: manager === null ? null : { name: manager, active: true }
});
const STANDARD = { investableAssets: 150_000, accountManager: null };

const LONG_PARAGRAPH =
  'I have been a customer for many years and I would like to explain the situation in full detail. ';

/** The cases: [name, which model, route input]. */
const VECTOR_CASES: [string, 'test' | 'missing' | 'empty', Record<string, unknown>][] = [
  [
    'email, HTML, reply history cut, subject prefix stripped',
    'test',
    {
      id: 'v01',
      channel: 'email',
      subject: 'RE: Checkout refund',
      body: '<p>Hi,</p><p>The checkout charged me twice, please refund one.</p><blockquote>On Monday you wrote: your login works</blockquote>',
      customer: STANDARD
    }
  ],
  [
    'email, HTML with unclosed comments, style blocks and tags (each pattern tried up to its last close)',
    'test',
    {
      id: 'v15',
      channel: 'email',
      subject: 'Checkout',
      body: '<!-- a --><head><style>p{}</style></head><p>The checkout &amp; refund</p><script>x()</script><!-- b <!-- c <style>open <a <p>Charged twice</p> <blockquote <style',
      customer: STANDARD
    }
  ],
  [
    'HNW complaint: the manager by first name, conduct near him',
    'test',
    {
      id: 'v02',
      channel: 'email',
      subject: 'My portfolio',
      body: "Daniel sold my shares without asking. He was rude when I called; I'd like to complain.",
      customer: HNW('Daniel Brooks')
    }
  ],
  [
    'HNW mention, not a complaint',
    'test',
    {
      id: 'v03',
      channel: 'chat',
      body: 'Hi Daniel, can we talk about rebalancing my portfolio?',
      customer: HNW('Daniel Brooks')
    }
  ],
  [
    'HNW concern about someone else (the receptionist)',
    'test',
    {
      id: 'v04',
      channel: 'phone',
      transcript: 'um the receptionist was rude to me on the phone, uh, really rude',
      customer: HNW('Daniel Brooks')
    }
  ],
  [
    'Spanish, accents folded',
    'test',
    {
      id: 'v05',
      channel: 'email',
      subject: 'Mi cuenta',
      body: 'Hola, tengo una pregunta sobre mi cuenta y las comisiones. ¿Está todo bien con mi cartera? Gracias',
      customer: STANDARD
    }
  ],
  [
    "French, elisions (l', d', qu') and accents",
    'test',
    {
      id: 'v06',
      channel: 'email',
      subject: 'Question sur mon compte',
      body: "Bonjour, je n'arrive pas à voir l'état de mon compte d'investissement. Qu'est-ce qui se passe ? Merci",
      customer: STANDARD
    }
  ],
  [
    'German, umlauts and sharp s',
    'test',
    {
      id: 'v07',
      channel: 'chat',
      body: 'Guten Tag, ich möchte mein Konto prüfen. Die App funktioniert nicht, bitte helfen Sie mir. Grüße',
      customer: STANDARD
    }
  ],
  [
    'English: the glossary translates nothing (cuenta stays cuenta)',
    'test',
    {
      id: 'v14',
      channel: 'chat',
      body: 'My Spanish bank calls it a cuenta. Please check the fees on my account, thank you',
      customer: STANDARD
    }
  ],
  [
    'intake topic and intake about staff win over the text',
    'test',
    {
      id: 'v08',
      channel: 'phone',
      transcript: 'I want to talk about my app login',
      intake: { topic: 'ai_portfolios', aboutStaff: true },
      customer: HNW('Hannah Cole')
    }
  ],
  [
    'no text at all',
    'test',
    { id: 'v09', channel: 'chat', body: null, customer: HNW('Hannah Cole') }
  ],
  [
    'bigram and apostrophes: robo-advisor, manager\u2019s, didn\u2019t',
    'test',
    {
      id: 'v10',
      channel: 'chat',
      body: 'My robo-advisor didn\u2019t rebalance. Is it my account manager\u2019s job or the app?',
      customer: STANDARD
    }
  ],
  [
    'the text bound: only the first TEXT_LIMIT characters are read',
    'test',
    {
      id: 'v11',
      channel: 'email',
      subject: 'Long story',
      body:
        LONG_PARAGRAPH.repeat(Math.ceil(TEXT_LIMIT / LONG_PARAGRAPH.length)) +
        'The checkout is broken.',
      customer: STANDARD
    }
  ],
  [
    'no model: phrase-only triage with the reason recorded',
    'missing',
    {
      id: 'v12',
      channel: 'email',
      subject: 'Login',
      body: 'The app login fails.',
      customer: STANDARD
    }
  ],
  [
    'an empty model file: phrase-only triage with the reason recorded',
    'empty',
    {
      id: 'v13',
      channel: 'email',
      subject: 'Portfolio',
      body: 'Daniel sold my portfolio without asking.',
      customer: HNW('Daniel Brooks')
    }
  ]
];

/** Words with their stems: the stemmer's own vectors. */
const STEM_WORDS = [
  'manager',
  'managers',
  'managed',
  'management',
  'rebalancing',
  'rebalanced',
  'charges',
  'charge',
  'fees',
  'policies',
  'policy',
  'withdrawals',
  'cuentas',
  'comisiones',
  'inversiones',
  'debitee',
  'remboursement',
  'konto',
  'kontos',
  'uberweisungen',
  'agent',
  'app',
  '2fa',
  'is'
];

/** Texts with their sentences of tokens: the normalisation's own vectors. */
const NORMALISATION_TEXTS = [
  "Didn't my manager's e-mail arrive?! l'argent; d'accord",
  'ÀÉÎÕÜ àéîõü ÇÑ çñ ß Æ œ Ø ÿ',
  "Qu'il vienne. J'ai dit: ‘non’ — C'est `fini`",
  'Straße GRÜSSE 1.000,50 EUR #42'
];

function sorted<T>(map: ReadonlyMap<string, T>): Record<string, T> {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => compareText(a, b)));
}

function r6(values: number[]): number[] {
  return values.map((v) => Number(v.toFixed(9)));
}

function readTestModelText(root = repoRoot()): string {
  return readFileSync(path.join(root, TEST_MODEL_PATH), 'utf8');
}

/** Builds the vectors file's content. */
export function buildVectors(root = repoRoot()): unknown {
  const testModelText = readTestModelText(root);
  const testModel = parseModel(testModelText);
  const index = new PhraseMatcher(VECTOR_PHRASES);
  const availability = (which: 'test' | 'missing' | 'empty'): ModelAvailability => {
    if (which === 'test') return { model: testModel, problem: null };
    if (which === 'missing') return { model: null, problem: 'no TriageModel static resource' };
    try {
      parseModel('');
    } catch (error) {
      if (error instanceof TriageModelError)
        return { model: null, problem: `TriageModel: ${error.message}` };
    }
    throw new Error('an empty model must not parse');
  };
  const cases = VECTOR_CASES.map(([name, which, input]) => {
    const parsed = contactFromJson(input);
    if (!parsed.ok) throw new Error(`vector ${name}: ${parsed.error.error}`);
    const contact = parsed.contact;
    const reading = readContact(
      contact,
      VECTOR_SETTINGS,
      index,
      which === 'test' ? testModel.translations : null
    );
    const facts = triage(contact, VECTOR_SETTINGS, index, availability(which));
    const heads = which === 'test' ? scoreHeads(testModel, reading.features.values) : null;
    return {
      name,
      model: which,
      input,
      expected: {
        subjectText: reading.subjectText,
        bodyText: reading.bodyText,
        sentences: reading.features.sentences,
        stopWordHits: reading.features.stopWordHits,
        language: facts.language,
        phraseTopicScores: sorted(reading.scores),
        phraseStaffScore: reading.staff.score,
        managerMentioned: reading.staff.managerMentioned,
        otherStaffMentioned: reading.staff.otherStaffMentioned,
        features: sorted(reading.features.values),
        scores: heads && {
          topicLogits: r6(heads.topicLogits),
          topicProbabilities: r6(heads.topicProbabilities),
          staffLogit: Number(heads.staffLogit.toFixed(9)),
          staffProbability: Number(heads.staffProbability.toFixed(9)),
          aboutLogit: Number(heads.aboutLogit.toFixed(9)),
          aboutProbability: Number(heads.aboutProbability.toFixed(9))
        },
        topic: facts.topic,
        issueType: facts.issueType,
        aboutAccountManager: facts.aboutAccountManager,
        managerConcernProbability: facts.managerConcernProbability,
        confidence: facts.confidence,
        reasons: facts.reasons
      }
    };
  });
  checkModel(JSON.parse(testModelText));
  return {
    about:
      'Shared vectors of the learned triage (docs/triage-model.md). Both engines run each case with the phrases and settings below and the test model (data/triage/test-model.json, inlined here as testModel) and must produce every expected value; numbers to 1e-6. Generated by npm run triage:train; do not edit by hand.',
    constants: {
      textLimit: TEXT_LIMIT,
      subjectLimit: SUBJECT_LIMIT,
      minStem: MIN_STEM,
      stemPasses: STEM_PASSES,
      suffixes: SUFFIXES,
      elisions: ELISIONS,
      accentFolding: ACCENT_FOLDING,
      stopWords: STOP_WORDS
    },
    settings: {
      hnwThreshold: VECTOR_SETTINGS.hnwThreshold,
      topicMinScore: VECTOR_SETTINGS.topicMinScore,
      staffMinScore: VECTOR_SETTINGS.staffMinScore,
      subjectWeight: VECTOR_SETTINGS.subjectWeight
    },
    phrases: VECTOR_PHRASES.map(({ developerName, phrase, category, weight }) => ({
      developerName,
      phrase,
      category,
      weight
    })),
    testModel: JSON.parse(testModelText) as unknown,
    stems: STEM_WORDS.map((word) => ({ word, stem: stem(normalise(word)) })),
    normalisation: NORMALISATION_TEXTS.map((text) => ({ text, sentences: modelSentences(text) })),
    cases
  };
}

export function vectorsText(root = repoRoot()): string {
  return JSON.stringify(buildVectors(root), null, 2) + '\n';
}
