/**
 * The README against the commands it documents: every `npm run` names a script, every flag it
 * shows for a command is one that command's --help lists, `npm start`'s flag list is complete,
 * and every relative link of the README and docs/ opens a file that exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/lib/project';
import { runCliSync } from '../builders/cli';

const root = repoRoot();
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const scripts = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

/** The CLI file behind an npm script (`ts-node scripts/cli/x.ts`), if it is one. */
function cliOf(script: string): string | undefined {
  return /scripts\/cli\/([\w-]+)\.ts/.exec(scripts[script] ?? '')?.[1];
}

const helpCache = new Map<string, string>();
function helpOf(script: string): string {
  const cli = cliOf(script);
  if (!cli) throw new Error(`npm run ${script} is not one of the project's CLIs`);
  if (!helpCache.has(cli)) {
    const run = runCliSync(cli, ['--help']);
    expect(run.status).toBe(0);
    helpCache.set(cli, run.stdout);
  }
  return helpCache.get(cli)!;
}

const flagsIn = (text: string) => [...new Set(text.match(/(?<![\w-])--[a-z][a-z-]*/g) ?? [])];
const flagsOfHelp = (help: string) =>
  flagsIn(help.split('\n\nFlags:\n')[1]?.split('\n\n')[0] ?? '').filter((f) => f !== '--help');

/** `npm start -- …` and `npm run x -- …` lines of the README, with the script they run. */
function commandLines(): { script: string; line: string }[] {
  const found: { script: string; line: string }[] = [];
  for (const match of readme.matchAll(
    /npm (?:start|run (?:--silent )?([\w:-]+))\s+--\s([^`|\n]*)/g
  ))
    found.push({ script: match[1] ?? 'start', line: match[2]! });
  for (const row of readme.matchAll(/^\| `npm (?:start|run (?:--silent )?([\w:-]+))` +\|(.*)\|$/gm))
    found.push({ script: row[1] ?? 'start', line: row[2]! });
  return found;
}

describe('the README and the commands', () => {
  it('given every `npm run` in the README, then package.json has that script', () => {
    const named = [...readme.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(10);
    expect([...new Set(named)].filter((name) => !(name in scripts))).toEqual([]);
  });

  it('given every command line and command-table row, then each flag shown is one its --help lists', () => {
    const unknown: string[] = [];
    for (const { script, line } of commandLines()) {
      if (!cliOf(script)) continue;
      const known = flagsOfHelp(helpOf(script));
      for (const flag of flagsIn(line))
        if (flag !== '--help' && !known.includes(flag)) unknown.push(`npm run ${script}: ${flag}`);
    }
    expect(unknown).toEqual([]);
  }, 120_000);

  it("given `npm start --help`, then the README's flag list names every flag, and only those", () => {
    const paragraph = /^Flags: [\s\S]*?lists\s+them all\.$/m.exec(readme)?.[0] ?? '';
    expect(paragraph).not.toBe('');
    expect(
      flagsIn(paragraph)
        .filter((f) => f !== '--help')
        .sort()
    ).toEqual(flagsOfHelp(helpOf('start')).sort());
  }, 60_000);

  it('given the flags the simulation section shows, then simulate --help lists each', () => {
    const start = readme.indexOf('## Simulating the routing before it goes live');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const known = flagsOfHelp(helpOf('simulate'));
    expect(flagsIn(section).filter((f) => !known.includes(f))).toEqual([]);
  }, 60_000);

  it('given every relative link in the README and docs/, then the file it opens exists', () => {
    const files = [
      'README.md',
      ...readdirSync(path.join(root, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`)
    ];
    const broken: string[] = [];
    for (const file of files) {
      const text = readFileSync(path.join(root, file), 'utf8');
      for (const match of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        const target = match[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        if (!existsSync(path.resolve(root, path.dirname(file), target)))
          broken.push(`${file}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
