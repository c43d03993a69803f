/**
 * Thin command line over the response generator. Run with `npm run responses`.
 * The generated files are committed; a test fails when they are stale.
 */
import { runCli, ToolError } from '../lib/cli';
import { repoRoot, sourceApiVersion } from '../lib/project';
import { responseDrift, responseFiles, writeResponseFiles } from '../responses/generate';

runCli(
  {
    name: 'responses',
    summary:
      "Generates the agents' response scripts (ResponseScript and ResponseScriptStep custom metadata records), the email " +
      'acknowledgement templates and the Case auto-response rule under force-app/agent-experience from the content in ' +
      'scripts/responses/content.ts. Stale script records and templates are removed.',
    options: { check: { type: 'boolean' } },
    descriptions: {
      check:
        'Write nothing; exit 1 and list the files that differ when the metadata is not what the content generates.'
    },
    epilog:
      'Exit status: 0 when the files are written (or, with --check, up to date); 1 when --check finds a difference or the content is invalid.'
  },
  ({ values }) => {
    const root = repoRoot();
    const files = responseFiles(undefined, sourceApiVersion(root));
    if (values.check) {
      const drift = responseDrift(root, files);
      const problems = [
        ...drift.changed.map((f) => `differs or missing: ${f}`),
        ...drift.stale.map((f) => `not generated (stale): ${f}`)
      ];
      if (problems.length > 0) {
        throw new ToolError(
          `the response metadata is out of date with scripts/responses/content.ts:\n  ${problems.join('\n  ')}\n` +
            'Run `npm run responses` and commit the result.'
        );
      }
      process.stdout.write(`responses: ${files.size} files up to date\n`);
      return 0;
    }
    const drift = writeResponseFiles(root, files);
    process.stdout.write(
      `responses: ${files.size} files generated (${drift.changed.length} written, ${drift.stale.length} stale removed)\n`
    );
    return 0;
  }
);
