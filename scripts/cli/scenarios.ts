/**
 * Thin command line over the scenario refresh (scripts/routing/scenario-refresh.ts):
 * `npm run scenarios -- --refresh` rewrites the reasons of the shared routing scenarios after a
 * retraining, `--check` only compares.
 */
import { UsageError, runCli } from '../lib/cli';
import { runScenarioRefresh } from '../routing/scenario-refresh';

runCli(
  {
    name: 'scenarios',
    summary:
      'Keeps the expected reasons of the shared routing scenarios (the RoutingScenarios static resource, asserted by the ' +
      'TypeScript tests and the Apex RoutingScenariosTest) in step with the committed rules, phrases, settings and triage ' +
      'model. The triage reasons name the model version, so after `npm run triage:train` they are stale. Only the reasons ' +
      'are rewritten, and only where the engine still decides what the scenario expects (team, group, target, rule, ' +
      'topic, ...); a scenario or transfer whose decision changed is refused by name and nothing is written.',
    options: { refresh: { type: 'boolean' }, check: { type: 'boolean' } },
    descriptions: {
      refresh: 'Recompute the stale reasons and write the file.',
      check: 'Write nothing; exit 1 when a reason is stale or a decision changed.'
    },
    epilog: [
      'Retraining: npm run triage:train, then npm run scenarios -- --refresh, then review and commit both.',
      'Exit status: 0 written (or up to date); 1 stale (--check), a decision changed, or not exactly one of the flags.'
    ].join('\n')
  },
  ({ values }) => {
    if (values.refresh === values.check)
      throw new UsageError('name one of --refresh (rewrite the reasons) or --check (compare only)');
    process.stdout.write(
      `scenarios: ${runScenarioRefresh(values.refresh ? 'refresh' : 'check')}\n`
    );
    return 0;
  }
);
