import path from 'node:path';
import { existsSync } from 'node:fs';
import { runCli, UsageError } from '../lib/cli';

runCli(
  {
    name: 'validate',
    summary:
      'Validates the Salesforce DX project offline: sfdx-project.json and config/*.json against @salesforce/schemas; ' +
      'every XML file well formed; every source file resolved and converted by @salesforce/source-deploy-retrieve ' +
      '(including classes and triggers without their -meta.xml); every element a field of its Metadata API type ' +
      '(@salesforce/types), with required fields and allowed enum values; and cross-references (queue → routing ' +
      'configuration, presence configuration → status, custom metadata record → type and fields, routing rule → ' +
      'queue/skill, permission set → field/class/app, flexipage → component, app → flexipage).',
    options: {
      dir: { type: 'string' },
      json: { type: 'boolean' },
      'no-convert': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' }
    },
    descriptions: {
      dir: 'Project root to validate (the folder holding sfdx-project.json). Default: this repository.',
      json: 'Print the report as JSON on stdout (progress still goes to stderr unless --quiet).',
      'no-convert':
        'Skip the conversion to Metadata API format (faster; resolution is still checked).',
      quiet: 'No progress lines.'
    },
    epilog: [
      'Every problem is listed as <file>:<line>: <message> [<check>].',
      'Exit status: 0 when the metadata is valid, 1 when any error was found (warnings do not fail).',
      'Examples: npm run validate',
      '          npm run validate -- --dir test/fixtures/validate/valid --json'
    ].join('\n')
  },
  async ({ values }) => {
    const root = values.dir ? path.resolve(values.dir) : undefined;
    if (root && !existsSync(path.join(root, 'sfdx-project.json')))
      throw new UsageError(`--dir ${values.dir}: no sfdx-project.json there`);
    const progress = values.quiet
      ? undefined
      : (line: string) => process.stderr.write(`validate: ${line}\n`);
    // Loaded here so --help and flag errors answer without loading source-deploy-retrieve and TypeScript.
    const { validateProject } = await import('../validate/validate');
    const { formatReport, reportJson } = await import('../validate/report');
    const report = await validateProject({
      ...(root ? { root } : {}),
      convert: !values['no-convert'],
      ...(progress ? { progress } : {})
    });
    if (values.json) process.stdout.write(JSON.stringify(reportJson(report), null, 2) + '\n');
    else process.stdout.write(formatReport(report) + '\n');
    return report.ok ? 0 : 1;
  }
);
