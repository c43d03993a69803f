import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError, runCli } from '../lib/cli';
import { repoRoot } from '../lib/project';
import { checkLines, summaryLines } from '../apex-check/report';
import { CHECKS, runApexCheck } from '../apex-check/run';
import type { CheckName } from '../apex-check/findings';

runCli(
  {
    name: 'apex:check',
    summary:
      'Offline static analysis of the Apex classes and triggers in every source folder, with zero errors required: ' +
      '(1) a semantic check (ApexLink 2.3.7: unknown types, fields and methods, type mismatches) against the platform ' +
      'plus generated stubs for what ApexLink predates (Omni-Channel and Messaging objects, Assert, AccessLevel, ' +
      'user-mode syntax); (2) PMD pmd:Recommended through Salesforce Code Analyzer (severity 1-2 and parse errors fail; ' +
      '3-5 are warnings); (3) test users: a test that calls user-mode code (WITH USER_MODE, as user, ' +
      'AccessLevel.USER_MODE, or a method that reaches them) must call it inside System.runAs of a user built by ' +
      'TestUserFactory with the permission sets it needs; (4) Prettier with prettier-plugin-apex. ' +
      'Checks 1-2 need Java 11+ (a JDK the first time): ' +
      'without it they are skipped with a warning, or fail when CI is set.',
    options: {
      only: { type: 'string' },
      project: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      'keep-temp': { type: 'boolean' }
    },
    descriptions: {
      only: `Comma-separated checks to run: ${CHECKS.join(', ')} (default: all; they always run in this order).`,
      project: 'The SFDX project folder to check (default: this repository).',
      verbose: 'List every warning, not only the count per rule.',
      'keep-temp':
        'Keep the preprocessed copy ApexLink reads (.cache/apex-check/work-*) for debugging.'
    },
    epilog: [
      'Findings print as <file>:<line>:<column>: error|warning: <message> [<rule>].',
      'Exit status: 0 when there are no errors; 1 when there are (or when CI is set and Java is missing).',
      'Stubs for missing platform API: scripts/apex-check/platform-stubs.ts (compiled into .cache/apex-check).',
      'Example: npm run apex:check -- --only semantic'
    ].join('\n')
  },
  async (args) => {
    const requested = args.values.only?.split(',').map((name) => name.trim()) ?? CHECKS;
    const unknown = requested.filter((name) => !CHECKS.includes(name as CheckName));
    if (unknown.length > 0 || requested.length === 0)
      throw new UsageError(`--only takes ${CHECKS.join(', ')}; got ${args.values.only}`);
    const project = path.resolve(args.values.project ?? repoRoot());
    if (!existsSync(path.join(project, 'sfdx-project.json')))
      throw new UsageError(`${project} is not an SFDX project (no sfdx-project.json).`);
    const out = (line: string) => process.stdout.write(`${line}\n`);
    const base = process.cwd();
    out(`apex:check on ${project}`);
    const report = await runApexCheck({
      root: project,
      checks: CHECKS.filter((check) => requested.includes(check)),
      keepTemp: args.values['keep-temp'] ?? false,
      log: out,
      onResult: (result) => checkLines(result, base, args.values.verbose ?? false).forEach(out)
    });
    summaryLines(report).forEach(out);
    return report.ok ? 0 : 1;
  }
);
