import { runCli, ToolError, UsageError } from '../lib/cli';
import { sourceApiVersion, repoRoot } from '../lib/project';
import { requireConnection } from '../provision/connection';
import { loadRoutingConfig, RoutingConfigError } from '../routing/config';
import { runSmoke } from '../smoke/smoke';

runCli(
  {
    name: 'smoke',
    summary:
      'Checks a deployed and seeded org against npm run route: sends an email case (as Email-to-Case does) and an IVR call ' +
      '(POST /services/apexrest/ivr/intake) for a few seeded customers, reads back the owners, the routing fields ' +
      '(RoutingTeam__c, RoutingGroup__c, RoutingRule__c, RoutingTarget__c, RoutingStatus__c, …) and the pending ' +
      'Omni-Channel routings with their skill requirements, and compares them with what the TypeScript engine predicts ' +
      'for the same text and customers. Prints a table, then deletes what it created. Run it first after npm start.',
    options: {
      'target-org': { type: 'string', short: 'o' },
      keep: { type: 'boolean' },
      'allow-production': { type: 'boolean' }
    },
    descriptions: {
      'target-org': 'Alias or username of the org (default: the sf CLI default target org).',
      keep: 'Leave the created cases in the org (marked "[smoke <run>]") instead of deleting them.',
      'allow-production':
        'Allow a production org (a Developer Edition, sandbox or scratch org needs no flag): the test creates and deletes cases.'
    },
    epilog: [
      'Examples:',
      '  npm run smoke -- --target-org omni-desk',
      '  npm run smoke -- --target-org omni-desk --keep',
      'Exit status: 0 when the org routes every smoke contact as npm run route predicts and every case it created is',
      'deleted; 1 on any difference, on a case it could not delete, or when the org is not connected, not seeded or',
      'refuses the cases. Ctrl-C stops before the next contact and still deletes what the run created.'
    ].join('\n')
  },
  async (args) => {
    const root = repoRoot();
    let config;
    try {
      config = loadRoutingConfig(root);
    } catch (error) {
      if (error instanceof RoutingConfigError) throw new UsageError(error.message);
      throw error;
    }
    const connection = await requireConnection(args.values['target-org'], sourceApiVersion(root));
    // Ctrl-C stops the run before its next contact and still deletes what it created; a second
    // Ctrl-C ends at once (the cases then stay, marked "[smoke <run>]").
    const interrupt = new AbortController();
    const onInterrupt = () => {
      console.error('Interrupted: deleting what this run created… (Ctrl-C again to stop at once)');
      interrupt.abort();
      process.once('SIGINT', () => process.exit(130));
    };
    process.once('SIGINT', onInterrupt);
    try {
      const outcome = await runSmoke({
        api: connection.api,
        config,
        keep: args.values.keep === true,
        allowProduction: args.values['allow-production'] === true,
        log: (line) => console.log(line),
        signal: interrupt.signal
      });
      return interrupt.signal.aborted ? 130 : outcome.exitCode;
    } catch (error) {
      // Stopped by Ctrl-C (the cleanup has run): say why, and exit as an interrupted command does.
      if (!interrupt.signal.aborted || !(error instanceof ToolError)) throw error;
      console.error(`smoke: ${error.message}`);
      return 130;
    } finally {
      process.removeListener('SIGINT', onInterrupt);
    }
  }
);
