import { runCli } from '../lib/cli';
import { repoRoot, sourceApiVersion } from '../lib/project';
import { requireConnection } from '../provision/connection';
import { parseTestLevel, runDeploy, TEST_LEVELS } from '../deploy/deploy';

runCli(
  {
    name: 'deploy',
    summary:
      'Deploys the package directories of sfdx-project.json (force-app/service-org, routing-engine, agent-experience) to an org ' +
      'through the Salesforce source-deploy-retrieve library, showing progress while the org works and listing every failed ' +
      'component as file:line:column with the problem. Checks first that the org is not a production org and that ' +
      'Omni-Channel and Enhanced Chat (Messaging for In-App and Web) are enabled.',
    options: {
      'target-org': { type: 'string', short: 'o' },
      'test-level': { type: 'string', short: 'l' },
      tests: { type: 'string' },
      'with-voice': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'allow-production': { type: 'boolean' },
      'ack-sender': { type: 'string' }
    },
    descriptions: {
      'target-org': 'Alias or username of the org (default: the sf CLI default target org).',
      'test-level': `Apex tests to run: ${TEST_LEVELS.join(', ')} (default: the org's default).`,
      tests: 'Comma-separated Apex test classes, with --test-level RunSpecifiedTests.',
      'with-voice': 'Also deploy optional/voice (orgs with Service Cloud Voice only).',
      'dry-run': 'Validate only (check-only deploy): nothing is saved in the org.',
      'allow-production':
        'Allow a production org (a Developer Edition, sandbox or scratch org needs no flag).',
      'ack-sender':
        'Verified organization-wide address the email acknowledgements come from (default: $OMNI_DESK_ACK_SENDER, else your own address).'
    },
    epilog: [
      'Examples:',
      '  npm run deploy -- --target-org omni-desk',
      '  npm run deploy -- --target-org omni-desk --test-level RunLocalTests',
      '  npm run deploy -- --target-org omni-desk --with-voice',
      'Exit status: 0 deployed; 1 not connected, org refused or not ready, or any component or test failed.'
    ].join('\n')
  },
  async (args) => {
    const root = repoRoot();
    const tests = (args.values.tests ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const testLevel = parseTestLevel(args.values['test-level'], tests);
    const connection = await requireConnection(args.values['target-org'], sourceApiVersion(root));
    const outcome = await runDeploy({
      connection,
      root,
      withVoice: args.values['with-voice'] === true,
      testLevel,
      tests,
      dryRun: args.values['dry-run'] === true,
      allowProduction: args.values['allow-production'] === true,
      ackSender: args.values['ack-sender'],
      log: (line) => console.log(line)
    });
    return outcome.exitCode;
  }
);
