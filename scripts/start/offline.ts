/**
 * `npm start` without an org: everything that can run on this machine, on the embedded defaults.
 * Validate the metadata, route the sample contacts and say where each went and why, simulate a
 * day, write the response road map to one folder in the system's temporary directory (the
 * committed one is left alone; each run replaces the last one's pages, so runs leave no trail),
 * then say exactly how to connect an org. Every step runs even if an earlier one failed.
 */
import os from 'node:os';
import path from 'node:path';
import { ToolError } from '../lib/cli';
import { loadRoutingConfig } from '../routing/config';
import { RoutingEngine } from '../routing/engine';
import { staffingFrom } from '../seed/data-checks';
import { loadSeedData } from '../seed/data-files';
import { summarizeData } from '../seed/seed';
import { projectCli, runProjectCli } from './processes';
import { routeSamples } from './sample-routes';
import { Steps } from './steps';

export interface OfflineOptions {
  root: string;
  /** Days the simulator runs (default 1). */
  simulateDays: number;
  /** Why the run is offline (shown first). */
  reason: string;
  /** Notes shown under the reason, e.g. what a flag means offline. */
  notes?: string[];
  /** Where the road map is written (default: omni-desk-roadmap in the temporary directory). */
  roadmapDir?: string;
  log: (line: string) => void;
}

/** One folder, reused by every offline run. */
const ROADMAP_TEMP_DIR = path.join(os.tmpdir(), 'omni-desk-roadmap');

const CONNECT_INSTRUCTIONS = [
  'To get a working Service Console, connect a Dev Hub and run npm start again:',
  '  npx sf org login web --set-default-dev-hub --alias devhub',
  '  npm start',
  'It creates a scratch org from config/project-scratch-def.json (alias omni-desk), deploys, gives you access,',
  'seeds the teams, clients, sample cases and quick texts, and prints the login URL and what to try first.',
  'No Dev Hub yet? Turn it on in a production or Developer Edition org you administer (Setup → Dev Hub → Enable Dev Hub)',
  'and log in to that org with the command above. To use a sandbox you already have instead of a scratch org:',
  '  npx sf org login web --alias my-sandbox --instance-url https://test.salesforce.com',
  '  npm start -- --target-org my-sandbox'
];

async function runCliStep(
  root: string,
  name: string,
  args: string[],
  log: (line: string) => void
): Promise<void> {
  const file = projectCli(root, name);
  if (!file) throw new ToolError(`scripts/cli/${name}.ts is not in this checkout`);
  const { code } = await runProjectCli(root, file, args, log);
  if (code !== 0)
    throw new ToolError(`npm run ${name} ${args.join(' ')} exited with status ${code}`);
}

export async function runOffline(options: OfflineOptions): Promise<number> {
  const { root, log } = options;
  log(`Offline run: ${options.reason}`);
  (options.notes ?? []).forEach((note) => log(note));
  log(
    'Everything below runs on this machine with the metadata under force-app and the data in data/.'
  );
  const steps = new Steps(log);

  if (projectCli(root, 'validate'))
    await steps.run(
      'Validate the metadata (npm run validate)',
      () => runCliStep(root, 'validate', [], log),
      {
        optional: true
      }
    );
  else steps.skip('Validate the metadata', 'scripts/cli/validate.ts is not in this checkout');

  await steps.run(
    'Route the sample contacts (the library behind npm run route)',
    async () => {
      const config = loadRoutingConfig(root);
      const data = loadSeedData(path.join(root, 'data'), { staffing: staffingFrom(config) });
      log(`    data/: ${summarizeData(data)}`);
      const routes = routeSamples(new RoutingEngine(config), data);
      for (const route of routes) route.lines.forEach((line) => log(line));
      const teams = new Map<string, number>();
      for (const r of routes) teams.set(r.routed.team, (teams.get(r.routed.team) ?? 0) + 1);
      log(
        `    ${routes.length} samples: ${[...teams].map(([team, n]) => `${team} ${n}`).join(', ')}`
      );
      const off = routes.filter((r) => !r.matchesExpectation);
      if (off.length > 0)
        throw new ToolError(
          `${off.length} sample(s) went elsewhere than data/sample-cases.json expects: ${off.map((r) => r.key).join(', ')}`
        );
    },
    { optional: true }
  );

  if (projectCli(root, 'simulate'))
    await steps.run(
      `Simulate ${options.simulateDays === 1 ? 'a day' : `${options.simulateDays} days`} of traffic, today's desk against this project (npm run simulate)`,
      () => runCliStep(root, 'simulate', ['--days', String(options.simulateDays)], log),
      { optional: true }
    );
  else steps.skip('Simulate a day', 'scripts/cli/simulate.ts is not in this checkout');

  if (projectCli(root, 'roadmap')) {
    const out = options.roadmapDir ?? ROADMAP_TEMP_DIR;
    await steps.run(
      'Write the response road map (npm run roadmap)',
      async () => {
        await runCliStep(root, 'roadmap', ['--out', out], log);
        log(
          `    open ${path.join(out, 'index.md')} (each run replaces it; docs/roadmap holds the committed copy)`
        );
      },
      { optional: true }
    );
  } else
    steps.skip('Write the response road map', 'scripts/cli/roadmap.ts is not in this checkout');

  log('');
  const failed = steps.failed;
  log(
    failed.length === 0
      ? `Offline run complete: ${steps.outcomes.filter((o) => o.status === 'ok').length} steps passed.`
      : `Offline run finished with ${failed.length} failed step(s): ${failed.map((f) => f.title).join('; ')}.`
  );
  log('');
  CONNECT_INSTRUCTIONS.forEach((line) => log(line));
  return failed.length === 0 ? 0 : 1;
}
