import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findChromium, INSTALL_CHROMIUM, screenshotHtml } from '../lib/chromium';
import { runCli, UsageError } from '../lib/cli';
import { repoRoot } from '../lib/project';
import { corpusAccuracy } from '../simulate/accuracy';
import { DEFAULT_CORPUS_PATH, readCorpus } from '../simulate/corpus';
import { htmlReport } from '../simulate/html';
import { parsePushTimeout } from '../simulate/overrides';
import { textReport } from '../simulate/report';
import { contractJson, dayProgress, PROGRESS_FROM_DAYS, runScenario } from '../simulate/run';
import { DEFAULT_DAYS, DEFAULT_SEED, loadScenario, MAX_DAYS } from '../simulate/scenario';

/** Far beyond any desk: the simulation's cost grows with the reps, so a typo must not run for hours. */
const MAX_AGENTS_SCALE = 100;

function wholeNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n))
    throw new UsageError(`${flag} must be a whole number, got "${value}"`);
  return n;
}

function positiveNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new UsageError(`${flag} must be a number of 0 or more, got "${value}"`);
  return n;
}

runCli(
  {
    name: 'simulate',
    summary:
      'Simulates the service desk minute by minute with the shipped Omni-Channel configuration (queues, routing and presence ' +
      'configurations, presence statuses, skills, routing rules under the package directories), the teams and customers in data/, ' +
      'a traffic profile and the held-out labelled messages (the frozen split data/triage/frozen, which training never read), and compares two strategies on the same traffic and seed: ' +
      '`baseline` (today: one entry queue per channel, generalists who forward, 60% misrouting below $1M, no re-routing when a rep ' +
      'is away, no automated chat response, HNW concerns to the account manager first) and `routed` (this project). ' +
      'Same inputs and seed, same output, byte for byte.',
    options: {
      json: { type: 'boolean' },
      html: { type: 'string' },
      screenshot: { type: 'string' },
      days: { type: 'string' },
      seed: { type: 'string' },
      traffic: { type: 'string' },
      'agents-scale': { type: 'string' },
      'push-timeout': { type: 'string' },
      capacity: { type: 'string' },
      teams: { type: 'string' },
      customers: { type: 'string' },
      corpus: { type: 'string' },
      source: { type: 'string', multiple: true },
      misroutes: { type: 'boolean' },
      'no-factors': { type: 'boolean' }
    },
    descriptions: {
      json: 'Print {"scenario":{...},"strategies":{"baseline":M,"routed":M}} on one line instead of the table.',
      html: 'Also write a self-contained HTML page with the table and charts of waits and abandonment by hour to FILE.',
      screenshot:
        'Also write a PNG of that page to FILE, rendered by headless Chromium (the system Chromium, or CHROMIUM_PATH).',
      days: `Days of traffic to simulate, 1 to ${MAX_DAYS} (default ${DEFAULT_DAYS}); runs over ${PROGRESS_FROM_DAYS} days print progress on stderr.`,
      seed: `Random seed (default ${DEFAULT_SEED}); the same seed gives the same contacts to both strategies.`,
      traffic:
        'Traffic profile JSON (default data/traffic-profile.json; schema scripts/simulate/schemas/traffic-profile.schema.json).',
      'agents-scale':
        'Multiply reps and team leads per team and channel (1.5 = half as many again; 0 to 100; default 1).',
      'push-timeout':
        'What-if for routed: push timeout in seconds for every channel ("30") or per channel ("chat=15,phone=30"); 0 = none.',
      capacity:
        'What-if for routed: presence capacity for every configuration ("4") or per presence configuration ("Chat_Reps=4,Email_Reps=6").',
      teams: 'Teams file (default data/teams.json).',
      customers: 'Customers file (default data/customers.json).',
      corpus: `Training corpus --misroutes reads (default ${DEFAULT_CORPUS_PATH}); never the frozen split, which the simulation draws its contacts from.`,
      source:
        'Read the metadata from this folder instead of the package directories (repeatable; for trying a changed copy).',
      'no-factors':
        'Route without the routing factors (no priority for angry or urgent customers, no language skills): what routed does without them. ' +
        'Without this flag the table also shows routed without the factors, on the same traffic, to measure their effect.',
      misroutes:
        'Instead of simulating, route every message of the training corpus (--corpus) once and list those the rules send to the wrong team (for tuning Triage Phrases).'
    },
    epilog: [
      'Examples:',
      '  npm run simulate                                   # 5 days, the comparison table',
      '  npm run --silent simulate -- --json --days 30',
      '  npm run simulate -- --agents-scale 0.5             # what if reps and leads worked half their hours?',
      '  npm run simulate -- --html simulation.html',
      '  npm run simulate -- --days 30 --html simulation.html --screenshot simulation.png',
      '  npm run simulate -- --agents-scale 1.5             # what if each team had half as many reps again?',
      '  npm run simulate -- --push-timeout chat=20         # what if chats waited 20 s for a rep to accept?',
      '  npm run simulate -- --capacity Chat_Reps=2         # what if chat reps took two sessions at a time?',
      '  npm run simulate -- --misroutes                    # which corpus messages do the rules misroute?',
      '  npm run simulate -- --no-factors                   # routed without priority and language skills',
      'Exit status: 0 on success; 1 on a bad flag, or input that cannot be read or is not well formed (a data file,',
      'the traffic profile, a metadata XML file: the message names the file and line).'
    ].join('\n')
  },
  async (args) => {
    const v = args.values;
    const root = repoRoot();
    if (v.corpus && !v.misroutes)
      throw new UsageError(
        '--corpus is read only by --misroutes: the simulation draws its contacts from the frozen held-out split'
      );
    if (v.screenshot && !findChromium())
      throw new UsageError(`--screenshot needs Chromium, which was not found: ${INSTALL_CHROMIUM}`);
    for (const dir of v.source ?? []) {
      const full = path.resolve(root, dir);
      if (!existsSync(full) || !statSync(full).isDirectory())
        throw new UsageError(
          `--source ${dir}: no such folder (name a source folder such as force-app)`
        );
    }
    // Output files are checked before the simulation runs, not after minutes of it.
    for (const [flag, file] of [
      ['--html', v.html],
      ['--screenshot', v.screenshot]
    ] as const) {
      if (!file) continue;
      const folder = path.dirname(path.resolve(process.cwd(), file));
      if (!existsSync(folder) || !statSync(folder).isDirectory())
        throw new UsageError(`${flag} ${file}: the folder ${folder} does not exist`);
    }
    const agentsScale = positiveNumber(v['agents-scale'], '--agents-scale', 1);
    if (agentsScale > MAX_AGENTS_SCALE)
      throw new UsageError(
        `--agents-scale must be at most ${MAX_AGENTS_SCALE} (${MAX_AGENTS_SCALE} times the reps of data/teams.json), got "${v['agents-scale']}"`
      );
    const scenario = loadScenario({
      root,
      ...(v.source ? { sourceDirs: v.source.map((dir) => path.resolve(root, dir)) } : {}),
      days: wholeNumber(v.days, '--days', DEFAULT_DAYS),
      seed: wholeNumber(v.seed, '--seed', DEFAULT_SEED),
      ...(v.traffic ? { traffic: v.traffic } : {}),
      ...(v.teams ? { teams: v.teams } : {}),
      ...(v.customers ? { customers: v.customers } : {}),
      agentsScale,
      overrides: { pushTimeoutSeconds: parsePushTimeout(v['push-timeout']), capacity: {} },
      capacitySpec: v.capacity,
      factors: v['no-factors'] !== true
    });

    if (v.misroutes) {
      const accuracy = corpusAccuracy(
        scenario.input.engine,
        readCorpus(v.corpus ?? DEFAULT_CORPUS_PATH, root)
      );
      if (v.json) {
        process.stdout.write(JSON.stringify(accuracy) + '\n');
        return 0;
      }
      const lines = [
        `${accuracy.misrouted} of ${accuracy.messages} corpus messages misrouted (${(accuracy.rate * 100).toFixed(1)}%).`,
        ...Object.entries(accuracy.byDestination).map(
          ([destination, s]) => `  ${destination.padEnd(26)} ${s.misrouted}/${s.messages}`
        ),
        ...accuracy.misroutes.map(
          (m) => `\n${m.id}: expected ${m.expected}, got ${m.got} (${m.rule})\n  ${m.text}`
        )
      ];
      process.stdout.write(lines.join('\n') + '\n');
      return 0;
    }

    const output = runScenario(scenario, {
      onDay: dayProgress(scenario.summary.days, (line) =>
        process.stderr.write(`simulate: ${line}\n`)
      ),
      // The factor table compares routed with and without them (a third run); --json has no table.
      compareFactors: !v.json
    });
    // The report is printed first: a file that cannot be written must not cost the figures.
    process.stdout.write(v.json ? contractJson(output) + '\n' : textReport(output));
    const page = v.html || v.screenshot ? htmlReport(output) : '';
    if (v.html) {
      const file = path.resolve(process.cwd(), v.html);
      try {
        writeFileSync(file, page);
      } catch (error) {
        throw new UsageError(`cannot write ${v.html}: ${(error as Error).message}`);
      }
    }
    if (v.screenshot) {
      try {
        await screenshotHtml(page, path.resolve(process.cwd(), v.screenshot));
      } catch (error) {
        throw new UsageError(`cannot write ${v.screenshot}: ${(error as Error).message}`);
      }
    }
    if (v.html && !v.json) process.stdout.write(`\nCharts written to ${v.html}\n`);
    if (v.screenshot && !v.json) process.stdout.write(`Screenshot written to ${v.screenshot}\n`);
    return 0;
  }
);
