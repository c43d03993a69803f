/** `npm run simulate` as a process: the JSON contract, the HTML page, help and errors. */
import { repoRoot } from '../../../scripts/lib/project';
import { runCliSync } from '../../builders/cli';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const simulate = (args: string[]) => runCliSync('simulate', args);

/** Every key path of a JSON value, in document order: the contract fixes names and order. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, v]) => [
    `${prefix}${key}`,
    ...keyPaths(v, `${prefix}${key}.`)
  ]);
}

/** The service-level keys that follow each channel's contract keys. */
const LEVEL = ['serviceLevel', 'serviceLevelTargetSeconds', 'unansweredRate', 'p95IsLowerBound'];
const M = [
  'contacts',
  'lost',
  'misrouteRate',
  'transfers',
  'chat',
  'chat.firstResponseWithin10s',
  'chat.humanFirstResponseP95Seconds',
  'chat.abandonRate',
  ...LEVEL.map((k) => `chat.${k}`),
  'phone',
  'phone.answerP95Seconds',
  'phone.abandonRate',
  ...LEVEL.map((k) => `phone.${k}`),
  'email',
  'email.firstHumanResponseP95Minutes',
  'email.autoAckRate',
  ...LEVEL.map((k) => `email.${k}`),
  'hnw',
  'hnw.complaintsToAccusedManager'
];

describe('npm run simulate', () => {
  it('given --json, when run, then stdout is one line {"scenario":…,"strategies":{"baseline":M,"routed":M}} with M keys in contract order, and --html writes a self-contained page', () => {
    const html = path.join(mkdtempSync(path.join(tmpdir(), 'simulate-')), 'report.html');
    const result = simulate(['--json', '--days', '1', '--html', html]);

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!) as Record<string, Record<string, unknown>>;
    expect(Object.keys(json)).toEqual(['scenario', 'strategies']);
    expect(Object.keys(json.strategies!)).toEqual(['baseline', 'routed']);
    for (const name of ['baseline', 'routed']) {
      const m = json.strategies![name] as Record<string, unknown>;
      expect(keyPaths(m)).toEqual(M);
      expect(m.misrouteRate).toBeGreaterThanOrEqual(0);
      expect(m.misrouteRate).toBeLessThanOrEqual(1);
      expect(Number.isInteger(m.contacts)).toBe(true);
    }

    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<svg');
    expect(page).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it('given no flag, when run, then the table shows the routing factors for today, routed without them and routed; --no-factors turns them off', () => {
    const withFactors = simulate(['--days', '1']);
    expect(withFactors.status).toBe(0);
    expect(withFactors.stdout).toContain('Routing factors (language as an additional skill');
    expect(withFactors.stdout).toMatch(
      /\| Routing factors +\| baseline \(today\) \| routed, no factors \| routed \(new\) \|/
    );
    expect(withFactors.stdout).toMatch(/\| Non-English: served by a speaker of their language +\|/);

    const without = simulate(['--days', '1', '--no-factors']);
    expect(without.status).toBe(0);
    expect(without.stdout).toContain('Routing factors are off');
    expect(without.stdout).toMatch(
      /\| Routing factors +\| baseline \(today\) \| routed, no factors \|\n/
    );
    // "routed, no factors" beside the factors is the very run --no-factors makes.
    const column = (out: string, index: number) =>
      out
        .split('\n')
        .filter((l) => /^\| (Non-English|Angry or urgent|Everyone else)/.test(l))
        .map((l) => l.split('|')[index]!.trim());
    expect(column(withFactors.stdout, 3)).toEqual(column(without.stdout, 3));
    expect(column(withFactors.stdout, 3).length).toBeGreaterThan(20);
  });

  it('given --help, when run, then it lists every flag and exits 0', () => {
    const result = simulate(['--help']);
    expect(result.status).toBe(0);
    for (const flag of [
      '--json',
      '--html',
      '--days',
      '--seed',
      '--traffic',
      '--agents-scale',
      '--push-timeout',
      '--capacity',
      '--no-factors'
    ])
      expect(result.stdout).toContain(flag);
  });

  it('given a bad value, when run, then it exits 1 with a message naming the flag and prints nothing on stdout', () => {
    const result = simulate(['--days', 'three']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--days must be a whole number');
  });

  it.each([
    [['--days', '-3'], 'simulate: --days must be a whole number of days from 1 to 366, got -3\n'],
    [
      ['--days', '100000'],
      'simulate: --days must be a whole number of days from 1 to 366, got 100000\n'
    ],
    [
      ['--agents-scale', '-1'],
      'simulate: --agents-scale must be a number of 0 or more, got "-1"\n'
    ],
    [
      ['--agents-scale', '1e7'],
      'simulate: --agents-scale must be at most 100 (100 times the reps of data/teams.json), got "1e7"\n'
    ],
    [
      ['--source', 'no-such-folder'],
      'simulate: --source no-such-folder: no such folder (name a source folder such as force-app)\n'
    ],
    [
      ['--html', 'no-such-folder/report.html'],
      `simulate: --html no-such-folder/report.html: the folder ${path.join(repoRoot(), 'no-such-folder')} does not exist\n`
    ],
    [
      ['--corpus', 'data/corpus/messages.jsonl'],
      'simulate: --corpus is read only by --misroutes: the simulation draws its contacts from the frozen held-out split\n'
    ],
    [
      ['--misroutes', '--corpus', 'data/triage/frozen/w3.jsonl'],
      'simulate: data/triage/frozen/w3.jsonl is in the frozen held-out split: listing its misroutes to tune the Triage Phrases would spoil it; use a training file\n'
    ]
  ])(
    "given %j, when run, then the flag's own message says what is allowed, exit 1",
    (args, message) => {
      const result = simulate(args);
      expect(result.stderr).toBe(message);
      expect(result.status).toBe(1);
    }
  );

  it('given a metadata file that is not well formed, when run, then it names the file and line without a stack trace, exit 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'simulate-xml-'));
    cpSync(path.join(repoRoot(), 'force-app/service-org'), dir, { recursive: true });
    const queue = path.join(dir, 'queues', 'Triage.queue-meta.xml');
    writeFileSync(queue, readFileSync(queue, 'utf8').replace('</Queue>', '<Queue>'));
    const result = simulate([
      '--days',
      '1',
      '--source',
      dir,
      '--source',
      'force-app/routing-engine'
    ]);
    expect(result.stderr).toMatch(
      new RegExp(
        `^simulate: ${dir}/queues/Triage\\.queue-meta\\.xml:\\d+: XML is not well formed: `
      )
    );
    expect(result.stderr).not.toMatch(/unexpected failure|\n\s+at /);
    expect(result.status).toBe(1);
  });
});
