/**
 * Builds the labelled corpus data/corpus/messages.jsonl from the situations in
 * corpus-situations.ts: each situation is written out as emails (greetings, signatures, HTML,
 * replies with quoted history, forwards, typos), chat first messages (with and without a pre-chat
 * form choice) and phone transcripts (clean and speech-to-text style, with and without an IVR
 * choice). Deterministic: the same code always writes the same file, byte for byte.
 *
 *   npm run corpus               # rewrite data/corpus/messages.jsonl (scripts/cli/corpus.ts)
 *   npm run corpus -- --check    # exit 1 if the file is out of date
 *
 * Labels are the truth by construction: topic, issue type and "about the account manager" come
 * from the situation, and the team and group from the business rules (docs/design.md#routing-semantics).
 */
import type { Channel, Group, IssueType, Segment, Team, Topic } from '../routing/model';
import { MULTI_TOPIC, SITUATIONS, type Situation } from './corpus-situations';
import { Random } from './random';

export const CORPUS_FILE = 'data/corpus/messages.jsonl';
const SEED = 20_250_601;

/** The account managers of data/teams.json (names only: the corpus is written to them). */
export const ACCOUNT_MANAGERS = [
  { first: 'Daniel', full: 'Daniel Brooks', he: 'he', him: 'him', his: 'his' },
  { first: 'Priya', full: 'Priya Raman', he: 'she', him: 'her', his: 'her' },
  { first: 'Thomas', full: 'Thomas Okafor', he: 'he', him: 'him', his: 'his' }
] as const;
type Manager = (typeof ACCOUNT_MANAGERS)[number];

const HNW_DESK_TOPICS: readonly Topic[] = [
  'investment_portfolio',
  'ai_portfolios',
  'trading_platform',
  'financial_advising'
];

/** Where a contact belongs by the business rules of docs/design.md#routing-semantics (the truth, not the engine). */
export function destinationOf(
  segment: Segment,
  topic: Topic | null,
  issueType: IssueType
): { team: Team; group: Group | null } {
  if (segment === 'HNW' && issueType === 'staff') return { team: 'HNW', group: 'DIRECTOR' };
  if (segment === 'HNW' && topic !== null && HNW_DESK_TOPICS.includes(topic))
    return { team: 'HNW', group: 'ACCOUNT_MANAGER' };
  switch (topic) {
    case 'ecommerce_platform':
      return { team: 'ECOMMERCE', group: null };
    case 'financial_advising':
      return { team: 'ADVISORY', group: null };
    case 'ai_portfolios':
      return { team: 'EXPERTS', group: 'AI_PORTFOLIOS' };
    case 'trading_platform':
      return { team: 'EXPERTS', group: 'TRADING_PLATFORM' };
    case 'investment_portfolio':
      return { team: 'ADVISORY', group: null };
    default:
      return { team: 'TRIAGE', group: null };
  }
}

export interface CorpusLine {
  id: string;
  channel: Channel;
  segment: Segment;
  accountManager?: string;
  /** How the line was written (for the README's statistics and for reading failures). */
  form: string;
  subject?: string;
  body?: string;
  message?: string;
  transcript?: string;
  intake?: { topic?: Topic; aboutStaff?: boolean };
  truth: {
    topic: Topic | null;
    issueType: IssueType;
    aboutAccountManager: boolean;
    team: Team;
    group: Group | null;
  };
}

// ---------------------------------------------------------------- text helpers

const SENDERS = [
  'Maria Gonzalez',
  'Tom',
  'J. Okoye',
  'Robert Feld',
  'Linda',
  'Ahmed Hassan',
  'Sarah K.',
  'Peter van Dijk',
  'Emily Chen',
  'George',
  'Fatima Al-Sayed',
  'Bill Turner',
  'Anne-Marie Rousseau',
  'Kenji',
  'Olga Ivanova'
];

const pick = <T>(random: Random, items: readonly T[]): T => items[random.int(items.length)]!;

function fill(text: string, manager: Manager | null): string {
  if (!manager) return text;
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  return text
    .replace(/\{first\}/g, manager.first)
    .replace(/\{manager\}/g, manager.full)
    .replace(/\{he\}/g, manager.he)
    .replace(/\{He\}/g, cap(manager.he))
    .replace(/\{him\}/g, manager.him)
    .replace(/\{his\}/g, manager.his);
}

/** One slip of the fingers: two neighbouring letters swapped, or one dropped or doubled. */
function typo(text: string, random: Random): string {
  const words = [...text.matchAll(/[A-Za-z]{5,}/g)];
  if (words.length === 0) return text;
  const word = pick(random, words);
  const w = word[0];
  const at = 1 + random.int(w.length - 2);
  let changed: string;
  switch (random.int(3)) {
    case 0:
      changed = w.slice(0, at) + w[at + 1]! + w[at]! + w.slice(at + 2);
      break;
    case 1:
      changed = w.slice(0, at) + w.slice(at + 1);
      break;
    default:
      changed = w.slice(0, at) + w[at]! + w.slice(at);
  }
  return text.slice(0, word.index) + changed + text.slice(word.index! + w.length);
}

const GREETINGS = [
  '',
  'Hi,',
  'Hello,',
  'Hi there,',
  'Dear Sir or Madam,',
  'Good morning,',
  'Hello team,'
];
const SIGN_OFFS = [
  (n: string) => `Thanks,\n${n}`,
  (n: string) => `Regards,\n${n}`,
  (n: string) => `Best\n${n}`,
  (n: string) => `Kind regards,\n\n${n}`,
  () => 'Sent from my iPhone',
  (n: string) => `Thank you\n${n}\n\nSent from my Galaxy`,
  (n: string) =>
    `Regards,\n${n}\nFeld & Partners LLP\n\nThis e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.`
];

/** Our own earlier reply, quoted below a customer's answer. */
const OUR_EARLIER_REPLIES = [
  'Thank you for contacting Client Service. We have received your message and a member of the team will reply within one business day.',
  'Thanks for getting in touch. Could you tell us a little more so we can pass your message to the right team?',
  'We are sorry for the delay. Your request has been passed to a colleague who will be in touch shortly.'
];

const DATES = [
  'Mon, 3 Mar 2025 at 09:14',
  'Tue, 11 Feb 2025 at 16:02',
  'Thu, 23 Jan 2025 at 11:47'
];

function html(paragraphs: string[], random: Random): string {
  const encode = (s: string) =>
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/'/g, random.bernoulli(0.5) ? '&#39;' : '&rsquo;')
      .replace(/\n/g, '<br>')
      .replace(/\. /g, random.bernoulli(0.3) ? '.&nbsp; ' : '. ');
  const body = paragraphs
    .filter((p) => p !== '')
    .map((p) => `<div dir="ltr">${encode(p)}</div><div><br></div>`)
    .join('');
  return `<html><head><style>p{margin:0} .sig{color:#888}</style></head><body>${body}</body></html>`;
}

// ---------------------------------------------------------------- line builders

interface Context {
  situation: Situation;
  manager: Manager | null;
  random: Random;
  truth: CorpusLine['truth'];
}

function base(ctx: Context, channel: Channel, id: string, form: string): CorpusLine {
  return {
    id,
    channel,
    segment: ctx.situation.segment,
    ...(ctx.manager ? { accountManager: ctx.manager.full } : {}),
    form,
    truth: ctx.truth
  };
}

function greetingFor(ctx: Context, text: string): string {
  const { situation, random, manager } = ctx;
  const personal =
    situation.segment === 'HNW' && situation.issueType === 'technical' && manager !== null;
  if (personal && !text.includes(manager.first) && random.bernoulli(0.4))
    return `Hi ${manager.first},`;
  return pick(random, GREETINGS);
}

function email(ctx: Context, text: string, subject: string, index: number): CorpusLine[] {
  const { random, situation } = ctx;
  const sender = pick(random, SENDERS);
  const written = random.bernoulli(0.15) ? typo(text, random) : text;
  const startsWithName = ctx.manager !== null && written.startsWith(ctx.manager.first);
  const greeting =
    /^(hi|hello|dear|good)/i.test(written) || startsWithName ? '' : greetingFor(ctx, written);
  const signOff = pick(random, SIGN_OFFS)(sender);
  const id = `email-${situation.key}-${index + 1}`;
  const lines: CorpusLine[] = [];

  const plainBody = [greeting, written, signOff].filter((p) => p !== '').join('\n\n');
  lines.push({ ...base(ctx, 'email', id, 'email'), subject, body: plainBody });

  // The same request, sent another way: HTML, a reply over our earlier answer, or a forward.
  const variant = (index + random.int(4)) % 4;
  const id2 = `${id}b`;
  if (variant === 0) {
    lines.push({
      ...base(ctx, 'email', id2, 'email-html'),
      subject,
      body: html([greeting, written, signOff], random)
    });
  } else if (variant === 1) {
    const ours = pick(random, OUR_EARLIER_REPLIES);
    const date = pick(random, DATES);
    const quotedStyle = random.int(3);
    const history =
      quotedStyle === 0
        ? `On ${date}, Client Service <service@example.com> wrote:\n> ${ours}\n>\n> Client Service`
        : quotedStyle === 1
          ? `-----Original Message-----\nFrom: Client Service <service@example.com>\nSent: ${date}\nTo: ${sender}\nSubject: ${subject}\n\n${ours}`
          : `From: Client Service <service@example.com>\nSent: ${date}\nTo: ${sender}\nSubject: RE: ${subject}\n\n${ours}\n\nKind regards,\nClient Service`;
    lines.push({
      ...base(ctx, 'email', id2, 'email-reply'),
      subject: `${random.bernoulli(0.5) ? 'RE' : 'Re'}: ${subject}`,
      body: `${written}\n\n${signOff}\n\n${history}`
    });
  } else if (variant === 2) {
    const note = pick(random, [
      'FYI',
      'See below.',
      'Please see my email below, no answer yet.',
      ''
    ]);
    lines.push({
      ...base(ctx, 'email', id2, 'email-forward'),
      subject: `Fwd: ${subject}`,
      body: `${note}\n\n---------- Forwarded message ---------\nFrom: ${sender} <customer@example.net>\nDate: ${pick(random, DATES)}\nSubject: ${subject}\nTo: <service@example.com>\n\n${written}\n\n${signOff}`
    });
  } else {
    // Typed on a phone in a hurry: no greeting, lower case, two slips.
    const hurried = typo(typo(written.toLowerCase(), random), random);
    lines.push({
      ...base(ctx, 'email', id2, 'email-hurried'),
      subject: subject.toLowerCase(),
      body: `${hurried}\n\nSent from my iPhone`
    });
  }
  return lines;
}

function chatLine(ctx: Context, text: string, index: number, pasted: boolean): CorpusLine {
  const { random, situation, truth } = ctx;
  let message = text;
  if (!pasted && random.bernoulli(0.35)) message = typo(message, random);
  if (!pasted && random.bernoulli(0.2))
    message = message.replace(/[.?!]*$/, random.bernoulli(0.5) ? '??' : ' pls');
  const line: CorpusLine = {
    ...base(ctx, 'chat', `chat-${situation.key}-${index + 1}`, pasted ? 'chat-pasted' : 'chat'),
    message
  };
  // The pre-chat form: some customers pick a topic, some tick "about a member of staff".
  const intake: CorpusLine['intake'] = {};
  if (truth.topic !== null && random.bernoulli(0.3)) intake.topic = truth.topic;
  if (truth.issueType === 'staff' && random.bernoulli(0.3)) intake.aboutStaff = true;
  if (Object.keys(intake).length > 0) line.intake = intake;
  return line;
}

const FILLERS = ['um', 'uh', 'so', 'like', 'you know'];

/** Speech-to-text output: lower case, no punctuation, fillers, the odd repeated word. */
function asr(text: string, random: Random): string {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9' $]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  const out: string[] = [];
  for (const word of words) {
    if (random.bernoulli(0.06)) out.push(pick(random, FILLERS));
    out.push(word);
    if (random.bernoulli(0.03)) out.push(word);
  }
  return out.join(' ');
}

function phoneLine(ctx: Context, text: string, index: number, spoken: boolean): CorpusLine {
  const { random, situation, truth } = ctx;
  const opening = spoken
    ? ''
    : pick(random, ['Hi, yes, ', 'Hello, um, ', 'Yeah hi, so ', 'Good morning. ']);
  const said = spoken ? text : opening + text[0]!.toLowerCase() + text.slice(1);
  const recognised = random.bernoulli(0.35);
  const line: CorpusLine = {
    ...base(
      ctx,
      'phone',
      `phone-${situation.key}-${index + 1}`,
      recognised ? 'phone-asr' : 'phone'
    ),
    transcript: recognised ? asr(said, random) : said
  };
  // The IVR menu: a topic key (1-5) or 9 for a concern about staff; many callers press nothing.
  if (truth.issueType === 'staff' && random.bernoulli(0.5)) line.intake = { aboutStaff: true };
  else if (truth.topic !== null && random.bernoulli(0.5)) line.intake = { topic: truth.topic };
  return line;
}

// ---------------------------------------------------------------- the corpus

export function buildCorpus(): CorpusLine[] {
  const lines: CorpusLine[] = [];
  let hnwCount = 0;
  for (const situation of [...SITUATIONS, ...MULTI_TOPIC]) {
    const random = Random.stream(SEED, 'corpus', situation.key);
    const managerFor = () =>
      situation.segment === 'HNW' ? ACCOUNT_MANAGERS[hnwCount++ % ACCOUNT_MANAGERS.length]! : null;
    const destination = destinationOf(situation.segment, situation.topic, situation.issueType);
    const truth: CorpusLine['truth'] = {
      topic: situation.topic,
      issueType: situation.issueType,
      aboutAccountManager: situation.aboutAccountManager === true,
      ...destination
    };
    const ctx = (manager: Manager | null): Context => ({ situation, manager, random, truth });

    situation.says.forEach((text, i) => {
      const manager = managerFor();
      const subject = fill(situation.subjects[i % situation.subjects.length]!, manager);
      lines.push(...email(ctx(manager), fill(text, manager), subject, i));
    });
    const chats = situation.chat ?? [];
    chats.forEach((text, i) => {
      const manager = managerFor();
      lines.push(chatLine(ctx(manager), fill(text, manager), i, false));
    });
    // Some people paste a whole paragraph into the chat window.
    const pastedManager = managerFor();
    lines.push(
      chatLine(ctx(pastedManager), fill(situation.says[0]!, pastedManager), chats.length, true)
    );
    const spoken = situation.spoken ?? [];
    spoken.forEach((text, i) => {
      const manager = managerFor();
      lines.push(phoneLine(ctx(manager), fill(text, manager), i, true));
    });
    const lastSaid = situation.says[situation.says.length - 1]!;
    const readOutManager = managerFor();
    lines.push(
      phoneLine(ctx(readOutManager), fill(lastSaid, readOutManager), spoken.length, false)
    );
  }
  return lines;
}

export function corpusJsonl(lines: CorpusLine[]): string {
  return lines.map((line) => JSON.stringify(line)).join('\n') + '\n';
}
