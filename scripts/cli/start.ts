import { runCli, UsageError } from '../lib/cli';
import { repoRoot, sourceApiVersion } from '../lib/project';
import { parseTestLevel } from '../deploy/deploy';
import { connectWithToken, refuseTwoOrgs, tokenFromEnvironment } from '../provision/connection';
import { runOffline } from '../start/offline';
import { DEFAULT_ALIAS, runOnline } from '../start/online';

/** The sf CLI's default Dev Hub and target org (config set by `sf config set` or `--set-default-dev-hub`). */
async function sfDefaults(): Promise<{ devHub?: string; targetOrg?: string }> {
  try {
    const { ConfigAggregator, OrgConfigProperties } = await import('@salesforce/core');
    const config = await ConfigAggregator.create();
    const read = (key: string) => {
      const value = config.getPropertyValue(key);
      return typeof value === 'string' && value !== '' ? value : undefined;
    };
    return {
      devHub: read(OrgConfigProperties.TARGET_DEV_HUB),
      targetOrg: read(OrgConfigProperties.TARGET_ORG)
    };
  } catch {
    return {};
  }
}

const positiveInteger = (
  flag: string,
  value: string | undefined,
  fallback: number,
  max: number
): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`--${flag} must be a whole number from 1 to ${max}; got "${value}".`);
  return n;
};

runCli(
  {
    name: 'start',
    summary:
      'From clone to a working Service Console in one command. With a Dev Hub (or --target-org): create or reuse a scratch org, ' +
      'deploy, give the admin access and the Service Cloud User flag, activate the messaging channel, seed the teams, clients, ' +
      'sample cases and quick texts, and print the login URL and what to try first. Without one: an offline run that validates ' +
      'the metadata, routes the sample contacts (where each goes and why), simulates a day and writes the road map, then ' +
      'says how to connect a Dev Hub. Safe to run again: the scratch org is reused and the seed writes only what is missing.',
    options: {
      'target-dev-hub': { type: 'string', short: 'v' },
      'target-org': { type: 'string', short: 'o' },
      alias: { type: 'string', short: 'a' },
      'duration-days': { type: 'string', short: 'd' },
      'no-seed': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      offline: { type: 'boolean' },
      'with-voice': { type: 'boolean' },
      'test-level': { type: 'string', short: 'l' },
      'allow-production': { type: 'boolean' },
      'simulate-days': { type: 'string' }
    },
    descriptions: {
      'target-dev-hub':
        'Dev Hub alias or username to create the scratch org with (default: the sf CLI default Dev Hub).',
      'target-org':
        'Use this org (alias or username) as it is instead of a scratch org, e.g. a sandbox.',
      alias: `Alias of the scratch org to create or reuse (default ${DEFAULT_ALIAS}).`,
      'duration-days': 'Days the new scratch org lives, 1 to 30 (default 7).',
      'no-seed': 'Deploy and set up, but do not seed data.',
      'dry-run':
        'Change nothing: validate the deploy (check only) and print the seed plan. No scratch org is created.',
      offline: 'Run the offline steps even when a Dev Hub is connected.',
      'with-voice':
        'Also deploy optional/voice (scratch org from config/project-scratch-def.voice.json).',
      'test-level':
        'Apex tests to run with the deploy: NoTestRun, RunLocalTests, RunAllTestsInOrg (default: the org default).',
      'allow-production': 'Allow --target-org to be a production org.',
      'simulate-days': 'Days the offline run simulates, 1 to 30 (default 1).'
    },
    epilog: [
      'Examples:',
      '  npm start                                     # a scratch org from the default Dev Hub, or the offline run',
      '  npm start -- --target-dev-hub devhub --alias omni-desk',
      '  npm start -- --target-org my-sandbox --no-seed',
      '  npm start -- --offline',
      'Connect a Dev Hub first: npx sf org login web --set-default-dev-hub --alias devhub',
      'Exit status: 0 done; 1 a step failed (the message says which and why).'
    ].join('\n')
  },
  async (args) => {
    const root = repoRoot();
    const log = (line: string) => console.log(line);
    const v = args.values;
    const simulateDays = positiveInteger('simulate-days', v['simulate-days'], 1, 30);
    // Every value is checked before anything runs, online or offline: a typo must not pass unnoticed.
    const durationDays = positiveInteger('duration-days', v['duration-days'], 7, 30);
    if (v['test-level'] === 'RunSpecifiedTests')
      throw new UsageError(
        '--test-level RunSpecifiedTests needs a list of tests, which npm start does not take: use npm run deploy -- --test-level RunSpecifiedTests --tests <ApexTestClass,…>, or here NoTestRun, RunLocalTests or RunAllTestsInOrg.'
      );
    const testLevel = parseTestLevel(v['test-level'], []);
    // An offline run changes nothing in any org, so --dry-run there is what it always is; say so.
    const notes = v['dry-run']
      ? [
          '--dry-run: no org is involved, so nothing could be created or deployed anyway; this offline run only reads the project.'
        ]
      : [];
    if (v.offline)
      return runOffline({ root, simulateDays, reason: '--offline was given.', notes, log });

    const apiVersion = sourceApiVersion(root);
    const token = tokenFromEnvironment();
    refuseTwoOrgs(token, v['target-org']);
    const defaults = v['target-org'] || v['target-dev-hub'] || token ? {} : await sfDefaults();
    const devHub = v['target-dev-hub'] ?? defaults.devHub;
    if (!token && !v['target-org'] && !devHub) {
      const hint = defaults.targetOrg
        ? ` (a default target org, ${defaults.targetOrg}, is set: to use it as it is, run npm start -- --target-org ${defaults.targetOrg})`
        : '';
      return runOffline({
        root,
        simulateDays,
        reason: `no Dev Hub is connected (no --target-dev-hub and no default Dev Hub in the sf CLI config) and no --target-org${hint}.`,
        notes,
        log
      });
    }
    return runOnline({
      root,
      apiVersion,
      targetOrg: v['target-org'],
      connection: token
        ? await connectWithToken(token.instanceUrl, token.accessToken, apiVersion)
        : undefined,
      devHub,
      alias: v.alias ?? DEFAULT_ALIAS,
      durationDays,
      withVoice: v['with-voice'] === true,
      seed: v['no-seed'] !== true,
      dryRun: v['dry-run'] === true,
      allowProduction: v['allow-production'] === true,
      testLevel,
      log
    });
  }
);
