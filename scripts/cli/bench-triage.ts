import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runCli, UsageError } from '../lib/cli';
import { repoRoot } from '../lib/project';
import { loadRoutingConfig } from '../routing/config';
import { RoutingEngine } from '../routing/engine';
import type { Contact } from '../routing/model';
import { TEXT_LIMIT } from '../routing/text';

/** The longest text a Case Description or an IVR transcript holds. */
const MAX_FIELD = 32_000;
/** Contacts per batch: one Apex trigger batch. */
const BATCH = 200;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const MANAGER = { name: 'Daniel Brooks', active: true };
const HNW = { investableAssets: 2_500_000, accountManager: MANAGER };

function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Worst cases for the text triage reads: long new text, long history, long HTML, long transcripts. */
function worstCases(): { name: string; contact: Contact }[] {
  const prose =
    'Daniel sold my shares without asking and the app login keeps failing at checkout, please rebalance my portfolio. ';
  const history = `Please see below.\n\nOn Mon, 2 Mar 2026 at 09:12, Daniel Brooks wrote:\n${fill('> ' + prose + '\n', MAX_FIELD - 60)}`;
  const html = `<html><head><style>${fill('p{margin:0} ', 8000)}</style></head><body>${fill(`<p>${prose}</p>`, MAX_FIELD - 8100)}</body></html>`;
  const noBreaks = fill('retrait compte rendement transfert virement ', MAX_FIELD);
  const chat = fill('Customer: ' + prose + '\nAgent: I see, one moment please.\n', MAX_FIELD);
  const base = {
    id: 'bench',
    subject: 'Re: Fwd: my account',
    intake: null,
    transcript: null,
    customer: HNW
  };
  return [
    {
      name: 'email, 32,000 characters of new text',
      contact: { ...base, channel: 'email', body: fill(prose, MAX_FIELD) }
    },
    {
      name: 'email, a line over 32,000 characters of quoted history',
      contact: { ...base, channel: 'email', body: history }
    },
    {
      name: 'email, 32,000 characters of HTML with a long style block',
      contact: { ...base, channel: 'email', body: html }
    },
    {
      name: 'email, 32,000 characters of unclosed HTML comments',
      contact: { ...base, channel: 'email', body: `${fill('<!--', MAX_FIELD - 1)}>` }
    },
    {
      name: 'email, 32,000 characters of unclosed style blocks and tags',
      contact: {
        ...base,
        channel: 'email',
        body: `<p>${prose}</p>${fill('<style><a <blockquote <script ', MAX_FIELD - prose.length - 16)}</script>`
      }
    },
    {
      name: 'email, 32,000 characters without a line break',
      contact: { ...base, channel: 'email', body: noBreaks }
    },
    {
      name: 'chat, a 32,000-character transcript as the first message',
      contact: { ...base, channel: 'chat', subject: null, body: chat }
    },
    {
      name: 'phone, a 32,000-character transcript',
      contact: {
        ...base,
        channel: 'phone',
        subject: null,
        body: null,
        transcript: fill('uh so um ' + prose, MAX_FIELD)
      }
    },
    {
      name: 'chat, one short line',
      contact: { ...base, channel: 'chat', subject: null, body: 'cant log in to the app' }
    }
  ];
}

runCli(
  {
    name: 'bench:triage',
    summary:
      'Measures triage and routing time per contact with the shipped model and phrases on worst-case inputs (32,000-character ' +
      `emails, HTML, quoted history, chat and phone transcripts), routed ${BATCH} at a time as one Apex trigger batch would. ` +
      `Triage reads at most ${TEXT_LIMIT} characters after reply history is removed (docs/triage-model.md), so the time ` +
      'per contact stays flat however long the text. Prints milliseconds per contact and per batch of 200.',
    options: { runs: { type: 'string' } },
    descriptions: { runs: 'Batches per input; the best is printed (default 3).' },
    epilog: 'Example:\n  npm run bench:triage -- --runs 5'
  },
  (args) => {
    const runs = args.values.runs === undefined ? 3 : Number(args.values.runs);
    if (!Number.isInteger(runs) || runs < 1)
      throw new UsageError(`--runs must be a whole number of 1 or more, got "${args.values.runs}"`);
    const config = loadRoutingConfig(repoRoot());
    if (!config.triageModel?.model)
      process.stderr.write(
        `bench:triage: ${config.triageModel?.problem ?? 'no model'}: measuring phrase-only triage\n`
      );
    const engine = new RoutingEngine(config);
    const cases = worstCases();
    for (const c of cases) engine.route(c.contact); // warm-up
    const rows = [['input', 'ms per contact', `ms per ${BATCH}`]];
    for (const c of cases) {
      process.stderr.write(`bench:triage: ${c.name}\n`);
      let best = Infinity;
      for (let r = 0; r < runs; r++) {
        gc();
        const started = process.hrtime.bigint();
        for (let i = 0; i < BATCH; i++) engine.route(c.contact);
        best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
      }
      rows.push([c.name, (best / BATCH).toFixed(3), best.toFixed(0)]);
    }
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const row of rows)
      process.stdout.write(
        row
          .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
          .join('  ') + '\n'
      );
    return 0;
  }
);
