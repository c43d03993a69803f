/** `npm run route` as a process: the contract of docs/design.md#route-contract (JSON Lines in and out, exit status). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import { runCliSync } from '../../builders/cli';

const root = repoRoot();
const tsNode = path.join(root, 'node_modules/ts-node/dist/bin.js');

const route = (input: string, args: string[] = []) => runCliSync('route', args, { input });

describe('npm run route', () => {
  it('given valid contacts, when routed, then one line per contact in order with the contract keys and exit 0', () => {
    const input = [
      { id: 'a', channel: 'chat', body: 'I cannot log in to the app' },
      {
        id: 'b',
        channel: 'email',
        body: 'Daniel sold my shares without asking',
        customer: {
          investableAssets: 2500000,
          accountManager: { name: 'Daniel Brooks', active: true }
        }
      },
      { id: 'c', channel: 'phone', intake: { topic: 'ecommerce_platform', aboutStaff: false } }
    ]
      .map((c) => JSON.stringify(c))
      .join('\n');
    const result = route(input + '\n');
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    // The contract's keys in their order; the routing factors may only follow them.
    expect(Object.keys(lines[0])).toEqual([
      'id',
      'team',
      'group',
      'channel',
      'segment',
      'topic',
      'issueType',
      'target',
      'rule',
      'reasons',
      'language',
      'confidence',
      'factors'
    ]);
    expect(lines[0].language).toBe('en');
    expect(lines[0]).toMatchObject({
      team: 'EXPERTS',
      group: 'TRADING_PLATFORM',
      target: { kind: 'skills', skills: ['Trading_Platform'] }
    });
    expect(lines[1]).toMatchObject({
      team: 'HNW',
      group: 'DIRECTOR',
      issueType: 'staff',
      target: { kind: 'user', user: 'director' }
    });
    expect(lines[2]).toMatchObject({
      team: 'ECOMMERCE',
      group: null,
      target: { kind: 'queue', queue: 'Ecommerce_Phone' }
    });
    expect(result.stderr).toBe('');
  });

  it('given a bad line among good ones, then the bad line gets an error object, the rest still route, and exit is 1', () => {
    const result = route(
      '{"id":"1","channel":"email","body":"refund"}\nnot json\n{"id":"3","channel":"pigeon"}\n{"id":"4","channel":"chat"}\n'
    );
    expect(result.status).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].team).toBe('ECOMMERCE');
    expect(lines[1]).toEqual({ id: null, error: expect.stringContaining('not valid JSON') });
    expect(lines[2]).toEqual({ id: '3', error: expect.stringContaining('unknown channel') });
    expect(lines[3].team).toBe('TRIAGE');
  });

  it('given lines that are JSON but not a contact, text that is a number and negative assets, then each error names its line, and exit is 1', () => {
    const result = route(
      [
        '[1,2]',
        '',
        '{"id":"b","channel":"email","body":42}',
        '{"id":"c","channel":"chat","customer":{"investableAssets":-5}}',
        '{"id":"d","channel":"phone","subject":"ok"}'
      ].join('\n') + '\n'
    );
    expect(result.status).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.slice(0, 3)).toEqual([
      {
        id: null,
        error: 'line 1: each line must be a JSON object describing one contact, got an array'
      },
      { id: 'b', error: 'line 3: "body" must be a string or null, got 42' },
      { id: 'c', error: 'line 4: "customer.investableAssets" must be 0 or more, got -5' }
    ]);
    expect(lines[3].team).toBe('TRIAGE');
  });

  it('given a reader that stops after the first line (| head -1), then it ends quietly: no stack trace, exit 0', () => {
    const line = JSON.stringify({ id: 'x', channel: 'email', body: 'The checkout page fails' });
    const input = `${line}\n`.repeat(3000);
    // The shell closes the pipe after one line, as `npm run route < file | head -1` does.
    const run = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${tsNode}" scripts/cli/route.ts | head -1 >/dev/null; echo "exit \${PIPESTATUS[0]}" >&2`
      ],
      {
        cwd: root,
        input,
        encoding: 'utf8',
        env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' }
      }
    );
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.stderr).not.toContain('unexpected failure');
    expect(run.stderr.trim().split('\n').pop()).toBe('exit 0');
  });

  it('given a first line that starts with a byte order mark, then it routes it like any other', () => {
    const line = JSON.stringify({ id: 'bom', channel: 'email', body: 'The checkout page fails' });
    const run = route(`\uFEFF${line}\n`);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ id: 'bom', team: 'ECOMMERCE' });
  });

  it('given ids that are numbers, then each comes back as the same number, routed or refused', () => {
    const run = route(
      [
        JSON.stringify({ id: 7, channel: 'email', body: 'The checkout page fails' }),
        JSON.stringify({ id: 8.5, channel: 'fax' }),
        JSON.stringify({ id: '9', channel: 'chat' })
      ].join('\n') + '\n'
    );
    expect(run.status).toBe(1);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id)).toEqual([7, 8.5, '9']);
    expect(Object.keys(lines[0]!)[0]).toBe('id');
    expect(lines[0]).toMatchObject({ team: 'ECOMMERCE' });
    expect(lines[1]).toEqual({ id: 8.5, error: expect.stringContaining('unknown channel "fax"') });
  });

  it('given empty input, then no output and exit 0', () => {
    const result = route('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('prints help with --help', () => {
    const result = route('', ['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: npm run route');
  });

  it('rejects an unknown flag with a clear message and exit 1', () => {
    const result = route('', ['--bogus']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Unknown option '--bogus'");
  });
});
