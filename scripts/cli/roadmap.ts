import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { runCli, ToolError, UsageError } from '../lib/cli';
import { repoRoot } from '../lib/project';
import { RoutingConfigError } from '../routing/config';
import { generateRoadmap, roadmapDrift, ROADMAP_DIR, writeRoadmap } from '../roadmap/generate';
import { loadRoadmapInput } from '../roadmap/sources';

runCli(
  {
    name: 'roadmap',
    summary:
      'Generates the response road map in docs/roadmap from the metadata under force-app: for each channel (phone, email, chat) ' +
      'a Mermaid diagram and a table from first contact to the rep, marking each response automated or scripted, with the ' +
      'script steps per team and issue type, plus an index with coverage and gaps. Reads the IVR prompts, the Case auto-response ' +
      'rule and its templates, the Enhanced Chat channel, the routing rules and the response scripts.',
    options: {
      check: { type: 'boolean' },
      out: { type: 'string' }
    },
    descriptions: {
      check:
        'Write nothing; exit 1 and list the pages that differ when docs/roadmap is out of date with the metadata.',
      out: `Folder to write to (default ${ROADMAP_DIR}).`
    },
    epilog:
      'Exit status: 0 when the pages are written (or, with --check, up to date); 1 when --check finds a difference or the metadata cannot be read.'
  },
  ({ values }) => {
    const root = repoRoot();
    const dir = path.resolve(root, values.out ?? ROADMAP_DIR);
    let files: Map<string, string>;
    try {
      files = generateRoadmap(loadRoadmapInput(root));
    } catch (error) {
      if (error instanceof RoutingConfigError) throw new ToolError(error.message, { cause: error });
      throw new ToolError(`cannot read the metadata: ${(error as Error).message}`, {
        cause: error
      });
    }
    // Inside the repository a relative path reads best; elsewhere, the path itself (not ../../tmp/…).
    const relative = path.relative(root, dir);
    const shown = relative.startsWith('..') || path.isAbsolute(relative) ? dir : relative || '.';
    if (existsSync(dir) && !statSync(dir).isDirectory())
      throw new UsageError(`--out ${shown} is not a folder: name a folder for the pages.`);
    if (values.check) {
      const drift = roadmapDrift(dir, files);
      const problems = [
        ...drift.changed.map((f) => `differs or missing: ${shown}/${f}`),
        ...drift.stale.map((f) => `not generated (stale): ${shown}/${f}`)
      ];
      if (problems.length > 0) {
        throw new ToolError(
          `the road map is out of date with the metadata:\n  ${problems.join('\n  ')}\nRun \`npm run roadmap\` and commit ${shown}.`
        );
      }
      process.stdout.write(`roadmap: ${shown} is up to date (${files.size} pages)\n`);
      return 0;
    }
    let drift;
    try {
      drift = writeRoadmap(dir, files);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      // A folder that cannot be made or written (a file in its path, no permission): the flag's fault.
      throw new UsageError(
        `--out ${shown}: cannot write the pages there (${(error as Error).message}).`
      );
    }
    process.stdout.write(
      `roadmap: ${files.size} pages in ${shown} (${drift.changed.length} written, ${drift.stale.length} stale removed)\n`
    );
    return 0;
  }
);
