import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runCli, ToolError, UsageError } from '../lib/cli';
import { repoRoot } from '../lib/project';
import { loadRoutingConfig } from '../routing/config';
import { RoutingEngine } from '../routing/engine';
import type { Contact } from '../routing/model';
import { PhraseIndex } from '../routing/phrases';
import { sentences as toSentences } from '../routing/text';

/** Body sizes in MB; matching the largest must take at most RATIO_LIMIT times the 0.4 MB case. */
const SIZES_MB = [0.1, 0.4, 1, 2, 4];
const RATIO_LIMIT = 10;
const DEFAULT_BODY = 'checkout fails ';

// A garbage collection before each run, so no run pays for the garbage of the one before.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const anEmail = (id: string, subject: string | null, body: string): Contact => ({
  id,
  channel: 'email',
  subject,
  body,
  transcript: null,
  intake: null,
  customer: null
});

/** Best of a few runs: the figure least disturbed by garbage collection and other processes. */
function bestMs(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    gc();
    const started = process.hrtime.bigint();
    work();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

runCli(
  {
    name: 'bench:phrases',
    summary:
      'Measures triage phrase matching against body size on the shipped Triage Phrases: an email whose body repeats a ' +
      'phrase (by default "checkout fails", where every word starts overlapping matches) at ' +
      `${SIZES_MB.join(', ')} MB. Prints the time to match the phrases in the prepared text, and to route the whole ` +
      `email (text preparation, matching, scoring, rules), with the 4 MB / 0.4 MB ratios: about 10 is linear growth ` +
      '(routing reads at most the first 2,000 characters after reply history, so its time barely grows). ' +
      `Exits 1 when matching 4 MB takes more than ${RATIO_LIMIT} times 0.4 MB.`,
    options: { text: { type: 'string' }, runs: { type: 'string' } },
    descriptions: {
      text: `The text the body repeats (default "${DEFAULT_BODY.trim()}").`,
      runs: 'Runs per size; the best is printed (default 5).'
    },
    epilog: 'Example:\n  npm run bench:phrases -- --text "my advisor sold without asking. "'
  },
  (args) => {
    const unit = args.values.text ?? DEFAULT_BODY;
    if (unit.trim() === '') throw new UsageError('--text must contain words');
    const runs = args.values.runs === undefined ? 5 : Number(args.values.runs);
    if (!Number.isInteger(runs) || runs < 1)
      throw new UsageError(`--runs must be a whole number of 1 or more, got "${args.values.runs}"`);
    const config = loadRoutingConfig(repoRoot());
    const engine = new RoutingEngine(config);
    const index = new PhraseIndex(config.phrases);
    const body = (mb: number) => {
      const bytes = Math.round(mb * 1024 * 1024);
      const padded = unit.endsWith(' ') ? unit : `${unit} `;
      return padded.repeat(Math.ceil(bytes / padded.length)).slice(0, bytes);
    };
    // Warm-up: the first calls compile the code paths being measured.
    engine.route(anEmail('warm-up', null, body(0.1)));

    const rows = [['body MB', 'words', 'matches', 'match ms', 'route ms', 'route ms per MB']];
    const matchMs = new Map<number, number>();
    const routeMs = new Map<number, number>();
    for (const mb of SIZES_MB) {
      const text = body(mb);
      // The whole body, not the bounded text triage reads: this measures the matcher's own growth.
      const sentences = toSentences(text);
      const words = sentences.reduce((n, s) => n + s.length, 0);
      let matches = 0;
      const match = bestMs(runs, () => {
        matches = index.findMatches(sentences).length;
      });
      const route = bestMs(runs, () => {
        engine.route(anEmail('bench', 'Help', text));
      });
      matchMs.set(mb, match);
      routeMs.set(mb, route);
      rows.push([
        String(mb),
        String(words),
        String(matches),
        match.toFixed(0),
        route.toFixed(0),
        (route / mb).toFixed(0)
      ]);
    }
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const row of rows)
      process.stdout.write(row.map((cell, i) => cell.padStart(widths[i]!)).join('  ') + '\n');
    const ratio = (times: Map<number, number>) => times.get(4)! / times.get(0.4)!;
    process.stdout.write(
      `\n4 MB / 0.4 MB: matching ${ratio(matchMs).toFixed(1)} times (the limit is ${RATIO_LIMIT}), ` +
        `routing ${ratio(routeMs).toFixed(1)} times (bounded text: about 1).\n`
    );
    if (ratio(matchMs) > RATIO_LIMIT)
      throw new ToolError(
        `matching a 4 MB body took ${ratio(matchMs).toFixed(1)} times the 0.4 MB body: growth is not linear`
      );
    return 0;
  }
);
