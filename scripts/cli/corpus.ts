/**
 * Thin command line over the corpus builder: `npm run corpus` rewrites the labelled corpus the
 * simulator and the classification tests read, `--check` only compares.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, ToolError } from '../lib/cli';
import { repoRoot } from '../lib/project';
import { buildCorpus, CORPUS_FILE, corpusJsonl } from '../simulate/corpus-build';

runCli(
  {
    name: 'corpus',
    summary:
      `Builds the labelled message corpus ${CORPUS_FILE} from the situations in scripts/simulate/corpus-situations.ts: ` +
      'emails, chat first messages and phone transcripts, each labelled with its topic, issue type and destination by the ' +
      'business rules (never by the routing engine). Deterministic: the same situations always give the same bytes.',
    options: { check: { type: 'boolean' } },
    descriptions: {
      check: 'Write nothing; exit 1 when the committed file is not what the situations build.'
    },
    epilog:
      'Exit status: 0 when the file is written (or, with --check, up to date); 1 when --check finds it out of date.'
  },
  ({ values }) => {
    const file = path.join(repoRoot(), CORPUS_FILE);
    const text = corpusJsonl(buildCorpus());
    const count = text.split('\n').length - 1;
    if (values.check) {
      let current = '';
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        // a missing file is out of date
      }
      if (current !== text)
        throw new ToolError(`${CORPUS_FILE} is out of date: run \`npm run corpus\` and commit it`);
      process.stdout.write(`corpus: ${count} messages, ${CORPUS_FILE} up to date\n`);
      return 0;
    }
    writeFileSync(file, text);
    process.stdout.write(`corpus: wrote ${count} messages to ${CORPUS_FILE}\n`);
    return 0;
  }
);
