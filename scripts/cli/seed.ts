import path from 'node:path';
import { runCli } from '../lib/cli';
import { repoRoot, sourceApiVersion } from '../lib/project';
import { connect, ENV_ACCESS_TOKEN, ENV_INSTANCE_URL } from '../provision/connection';
import { loadRoutingConfig } from '../routing/config';
import { staffingFrom, type Staffing } from '../seed/data-checks';
import { runSeed } from '../seed/seed';

runCli(
  {
    name: 'seed',
    summary:
      'Provisions the service desk in an org from data/: users of every team and channel with roles, permission sets, ' +
      'queue membership (public groups), presence configurations, service resources and skills; client accounts and ' +
      'contacts; sample cases for every channel; chat quick texts. The data is validated against the schemas in scripts/seed/schemas first. ' +
      'Idempotent (a second run writes nothing), batched (200 records per request) and refuses production orgs.',
    options: {
      'target-org': { type: 'string', short: 'o' },
      'dry-run': { type: 'boolean' },
      'allow-production': { type: 'boolean' },
      'data-dir': { type: 'string' }
    },
    descriptions: {
      'target-org': 'Alias or username of the org (default: the sf CLI default org).',
      'dry-run':
        'Print the plan (create / update / delete / unchanged per object) without writing. Reads the org when one is connected; plans from data/ alone otherwise.',
      'allow-production':
        'Allow a production org (a Developer Edition, sandbox or scratch org needs no flag).',
      'data-dir':
        'Folder with teams.json, customers.json, sample-cases.json, quick-texts.json and, optionally, knowledge-articles.json (default: data).'
    },
    epilog: [
      'Examples:',
      '  npm run seed -- --target-org omni-desk --dry-run',
      '  npm run seed -- --target-org omni-desk',
      `CI and tests may connect with ${ENV_INSTANCE_URL} and ${ENV_ACCESS_TOKEN} instead of the sf CLI.`,
      'Exit status: 0 done (or planned); 1 invalid data, refused org, missing metadata or any record that failed.'
    ].join('\n')
  },
  async (args) => {
    const root = repoRoot();
    const dryRun = args.values['dry-run'] === true;
    let staffing: Staffing | undefined;
    try {
      staffing = staffingFrom(loadRoutingConfig(root));
    } catch (error) {
      console.log(
        `note: routing metadata unreadable, reps are not checked against it (${(error as Error).message.split('\n')[0]})`
      );
    }
    const connection = await connect(args.values['target-org'], sourceApiVersion(root));
    if (connection) console.log(`Connecting to ${connection.label}…`);
    const outcome = await runSeed({
      api: connection?.api,
      dataDir: path.resolve(root, args.values['data-dir'] ?? 'data'),
      displayDir: args.values['data-dir'] ?? 'data',
      dryRun,
      allowProduction: args.values['allow-production'] === true,
      staffing,
      log: (line) => console.log(line)
    });
    return outcome.exitCode;
  }
);
