/**
 * `npm start` with an org: find or create it (a scratch org from the Dev Hub, reused by alias on
 * the next run, or the --target-org given), deploy, the post-deploy steps metadata cannot do,
 * seed, and the login URL with what to try first. Each step prints progress; the first failure
 * stops the run with its reason. The Salesforce CLI, the connection and the deployer are seams
 * the tests replace.
 */
import path from 'node:path';
import { ToolError } from '../lib/cli';
import { runDeploy, sourceDeployRetrieve, type Deployer, type TestLevel } from '../deploy/deploy';
import { deploySourceDirs, shippedFacts } from '../deploy/source';
import { connectWithCli, type OrgConnection } from '../provision/connection';
import {
  activateMessagingChannels,
  ADMIN_PERMISSION_SET,
  giveOperatorAccess
} from '../provision/post-deploy';
import { describeOrg, readOrgFacts } from '../provision/preflight';
import { loadRoutingConfig } from '../routing/config';
import { staffingFrom } from '../seed/data-checks';
import { loadSeedData } from '../seed/data-files';
import { runSeed } from '../seed/seed';
import { sfRunner, type SfRunner } from './processes';
import { Steps } from './steps';
import { tryFirst } from './try-first';

export const DEFAULT_ALIAS = 'omni-desk';
const SCRATCH_DEFINITION = 'config/project-scratch-def.json';
const VOICE_SCRATCH_DEFINITION = 'config/project-scratch-def.voice.json';

interface OnlineSeams {
  sf?: SfRunner;
  connect?: (aliasOrUsername: string) => Promise<OrgConnection>;
  deployer?: Deployer;
  /** Whether the sf CLI knows this alias (a scratch org from an earlier run). */
  knownAlias?: (alias: string) => Promise<boolean>;
  /** Throws a ToolError saying what to do when the Dev Hub cannot create a scratch org. */
  checkDevHub?: (devHub: string | undefined) => Promise<void>;
}

export interface OnlineOptions {
  root: string;
  apiVersion: string;
  /** Use this org as it is (no scratch org). */
  targetOrg?: string;
  /** A connection made already (access token from the environment). */
  connection?: OrgConnection;
  devHub?: string;
  alias: string;
  durationDays: number;
  withVoice: boolean;
  seed: boolean;
  dryRun: boolean;
  allowProduction: boolean;
  testLevel?: TestLevel;
  log: (line: string) => void;
  seams?: OnlineSeams;
}

async function aliasKnownToCli(alias: string): Promise<boolean> {
  const { StateAggregator } = await import('@salesforce/core');
  const state = await StateAggregator.getInstance();
  // getUsername answers null (not undefined) for an alias it does not know.
  return Boolean(state.aliases.getUsername(alias));
}

/**
 * The Dev Hub must be authorized in the sf CLI and be a Dev Hub before `sf org create scratch`
 * runs: otherwise the user sees the CLI's raw error after a misleading "creating a new one".
 */
async function devHubReady(devHub: string | undefined): Promise<void> {
  const { Org } = await import('@salesforce/core');
  const name = devHub ? `"${devHub}"` : '(the default Dev Hub)';
  const login = `npx sf org login web --set-default-dev-hub --alias ${devHub ?? 'devhub'}`;
  let org;
  try {
    org = await Org.create({ ...(devHub ? { aliasOrUsername: devHub } : {}), isDevHub: true });
  } catch (error) {
    throw new ToolError(
      `Dev Hub ${name} is not authorized in the Salesforce CLI (${(error as Error).message.split('\n')[0]}).\n` +
        `Log in to it: ${login}\nor run npm start -- --offline to try the project without an org.`,
      { cause: error }
    );
  }
  let isDevHub: boolean;
  try {
    isDevHub = await org.determineIfDevHubOrg(true);
  } catch (error) {
    throw new ToolError(
      `Dev Hub ${name} cannot be reached (${(error as Error).message.split('\n')[0]}). ` +
        `Check the network, or log in again: ${login}`,
      { cause: error }
    );
  }
  if (!isDevHub)
    throw new ToolError(
      `${name} is connected but is not a Dev Hub: in that org, Setup → Dev Hub → Enable Dev Hub, or pass another --target-dev-hub.`
    );
}

export async function runOnline(options: OnlineOptions): Promise<number> {
  const { root, log, dryRun } = options;
  const sf = options.seams?.sf ?? sfRunner(root, log);
  const connect =
    options.seams?.connect ?? ((name: string) => connectWithCli(name, options.apiVersion));
  const knownAlias = options.seams?.knownAlias ?? aliasKnownToCli;
  const checkDevHub = options.seams?.checkDevHub ?? devHubReady;
  const steps = new Steps(log);
  const data = loadSeedData(path.join(root, 'data'));

  let target = options.targetOrg;
  const connection = await steps.run(
    'Find the org',
    async (): Promise<OrgConnection | undefined> => {
      if (options.connection) {
        log(`    connected with an access token to ${options.connection.label}`);
        target = undefined;
        return options.connection;
      }
      if (target) {
        log(`    using --target-org ${target}`);
        return connect(target);
      }
      const alias = options.alias;
      if (await knownAlias(alias)) {
        try {
          const existing = await connect(alias);
          const facts = await readOrgFacts(existing.api);
          if (facts.kind === 'scratch') {
            log(`    reusing scratch org ${alias}: ${describeOrg(facts)}`);
            target = alias;
            return existing;
          }
          log(`    ${alias} is a ${facts.kind} org, not a scratch org: not reused`);
        } catch (error) {
          log(
            `    the scratch org ${alias} of an earlier run cannot be reached (${(error as Error).message.split('\n')[0]}); ` +
              'scratch orgs expire, so a new one is created'
          );
        }
      }
      await checkDevHub(options.devHub);
      const definition = options.withVoice ? VOICE_SCRATCH_DEFINITION : SCRATCH_DEFINITION;
      const args = [
        'org',
        'create',
        'scratch',
        '--definition-file',
        definition,
        '--alias',
        alias,
        '--duration-days',
        String(options.durationDays),
        '--set-default',
        '--wait',
        '30',
        ...(options.devHub ? ['--target-dev-hub', options.devHub] : [])
      ];
      if (dryRun) {
        log(`    dry run: would run npx sf ${args.join(' ')}`);
        return undefined;
      }
      log(
        `    creating a scratch org from ${definition} for ${options.durationDays} days (a few minutes)…`
      );
      let created: Record<string, unknown>;
      try {
        created = await sf(args);
      } catch (error) {
        throw new ToolError(
          `the scratch org could not be created with Dev Hub ${options.devHub ?? '(the default)'}: ${(error as Error).message}\n` +
            'Common causes: the daily scratch org limit of the Dev Hub, or a feature of the definition its edition lacks (see Troubleshooting in the README).',
          { cause: error }
        );
      }
      log(`    created ${String(created.username ?? alias)} (${String(created.orgId ?? '')})`);
      target = alias;
      return connect(alias);
    }
  );

  const dataDir = path.join(root, 'data');
  const staffing = staffingFrom(loadRoutingConfig(root));
  if (!connection) {
    log('');
    log(
      'Dry run without an org: the deploy would send these folders, then the seed would write this plan.'
    );
    deploySourceDirs(root, options.withVoice).forEach((dir) =>
      log(`    ${path.relative(root, dir)}`)
    );
    const outcome = await runSeed({ dataDir, dryRun: true, allowProduction: false, staffing, log });
    return outcome.exitCode;
  }

  await steps.run(dryRun ? 'Validate the deploy (check only)' : 'Deploy the source', async () => {
    const outcome = await runDeploy({
      connection,
      root,
      withVoice: options.withVoice,
      testLevel: options.testLevel,
      dryRun,
      allowProduction: options.allowProduction,
      log: (line) => log(`    ${line}`),
      deployer: options.seams?.deployer ?? sourceDeployRetrieve
    });
    if (outcome.exitCode !== 0)
      throw new ToolError('the deploy failed (see the failures above); nothing was seeded');
  });

  const manual = await steps.run(
    'Post-deploy steps: admin access, Service Cloud and Knowledge User, messaging channel',
    async () => {
      const indented = (line: string) => log(`  ${line}`);
      const flags = await giveOperatorAccess(
        connection.api,
        [ADMIN_PERMISSION_SET],
        dryRun,
        indented
      );
      const channels = shippedFacts(deploySourceDirs(root, options.withVoice)).messagingChannels;
      return [
        ...flags,
        ...(await activateMessagingChannels(connection.api, channels, dryRun, indented)).manual
      ];
    }
  );

  if (options.seed)
    await steps.run(
      dryRun ? 'Seed plan (dry run)' : 'Seed teams, clients, sample cases and quick texts',
      async () => {
        const outcome = await runSeed({
          api: connection.api,
          dataDir,
          dryRun,
          allowProduction: options.allowProduction,
          staffing,
          log: (line) => log(`    ${line}`)
        });
        // A dry run validates the deploy without making it: metadata it would add is no problem.
        if (outcome.exitCode !== 0 && !(dryRun && outcome.awaitsDeploy === true))
          throw new ToolError(
            dryRun
              ? 'the seed plan found a problem that would stop the seed (see above); fix it before the real run'
              : 'the seed did not complete (see above); run npm start again once fixed'
          );
      }
    );
  else steps.skip('Seed', '--no-seed');

  let loginUrl: string | undefined;
  if (target)
    await steps.run(
      'Login URL',
      async () => {
        const opened = await sf(['org', 'open', '--url-only', '--target-org', target!]);
        loginUrl = typeof opened.url === 'string' ? opened.url : undefined;
        log(`    ${loginUrl ?? '(the CLI returned no URL)'}`);
      },
      { optional: true }
    );
  else steps.skip('Login URL', 'connected with an access token: open the instance URL and log in');

  const me = await connection.api.userInfo();
  log('');
  log(
    dryRun ? 'Dry run complete: nothing was deployed or written.' : `Ready: ${connection.label}.`
  );
  log('');
  tryFirst({ data, target, loginUrl, orgId: me.orgId, manual: manual ?? [] }).forEach((line) =>
    log(line)
  );
  return 0;
}
