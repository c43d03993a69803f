/**
 * Thin command line over the acknowledgement generator and the response script check. Run with
 * `npm run responses`. The generated files are committed; a test fails when they are stale.
 */
import { runCli, ToolError } from '../lib/cli';
import { repoRoot, sourceApiVersion } from '../lib/project';
import { loadResponseScripts } from '../roadmap/sources';
import { DESKS } from '../responses/content';
import { responseDrift, responseFiles, writeResponseFiles } from '../responses/generate';
import { scriptProblems } from '../responses/scripts';

runCli(
  {
    name: 'responses',
    summary:
      'Generates the email acknowledgement templates and the Case auto-response rule under force-app/agent-experience ' +
      'from scripts/responses/content.ts (code owns them; stale templates are removed), then checks the response scripts: ' +
      'the ResponseScript and ResponseScriptStep records leads edit in Setup and the repository retrieves. It never ' +
      'writes those records; it says what the agent script component would trip on (a missing or duplicate script, ' +
      'steps out of order, an unknown merge field, an over-long text).',
    options: { check: { type: 'boolean' } },
    descriptions: {
      check:
        'Write nothing; exit 1 and list the files that differ when the templates or rule are not what the content generates.'
    },
    epilog:
      'Exit status: 0 when the files are written (or, with --check, up to date) and the scripts pass; 1 when --check finds ' +
      'a difference, a script has a problem, or the content is invalid.'
  },
  ({ values }) => {
    const root = repoRoot();
    const files = responseFiles(undefined, sourceApiVersion(root));
    const loaded = loadResponseScripts(root);
    const scriptIssues = [...loaded.problems, ...scriptProblems(loaded.scripts, DESKS)];
    const problems: string[] = [];
    if (values.check) {
      const drift = responseDrift(root, files);
      problems.push(
        ...drift.changed.map((f) => `differs or missing: ${f} (run \`npm run responses\`)`),
        ...drift.stale.map((f) => `not generated (stale): ${f} (run \`npm run responses\`)`)
      );
    } else {
      const drift = writeResponseFiles(root, files);
      process.stdout.write(
        `responses: ${files.size} acknowledgement files generated (${drift.changed.length} written, ${drift.stale.length} stale removed)\n`
      );
    }
    problems.push(...scriptIssues.map((p) => `response script: ${p}`));
    if (problems.length > 0) throw new ToolError(`responses:\n  ${problems.join('\n  ')}`);
    process.stdout.write(
      `responses: ${loaded.scripts.length} response scripts checked` +
        (values.check ? `, ${files.size} acknowledgement files up to date\n` : '\n')
    );
    return 0;
  }
);
