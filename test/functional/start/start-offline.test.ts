/**
 * `npm start` on a machine with no Salesforce org connected: it runs offline on the embedded
 * defaults, shows where every sample contact goes and why, and says how to connect a Dev Hub.
 * HOME is a fresh folder, so no sf CLI configuration of the person running the tests is seen.
 */
import { runCliAsync, type CliRun } from '../../builders/cli';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSeedData } from '../../../scripts/seed/data-files';
import { allSamples } from '../../../scripts/seed/sample-contacts';
import { entryLabel } from '../../../scripts/start/sample-routes';

const root = path.resolve(__dirname, '../../..');

/** HOME and the temporary directory are the test's own folder. */
function start(args: string[], home: string): Promise<CliRun> {
  return runCliAsync('start', args, {
    env: {
      ...process.env,
      HOME: home,
      USERPROFILE: home,
      TMPDIR: home,
      SF_DISABLE_TELEMETRY: 'true'
    }
  });
}

describe('npm start without an org', () => {
  let home: string;
  let run: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'omni-start-home-'));
    run = await start([], home);
  }, 300_000);
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('given no Dev Hub and no target org, when started, then it says why it runs offline', () => {
    expect(run.stdout).toMatch(/^Offline run: no Dev Hub is connected/m);
  });

  it('given the sample contacts, when started, then each one is printed with its team, target, rule and reasons', () => {
    const samples = allSamples(loadSeedData(path.join(root, 'data')));
    for (const sample of samples) {
      const at = run.stdout.indexOf(
        `  ${sample.key}  [${entryLabel(sample.origin, sample.contact.channel)}]`
      );
      expect(at).toBeGreaterThan(-1);
      const block = run.stdout.slice(at, at + 4000).split('\n');
      const team = sample.expect.group
        ? `${sample.expect.team} / ${sample.expect.group}`
        : sample.expect.team;
      expect(block[1]).toMatch(new RegExp(`^    → ${team}: .*\\(rule \\w+\\)$`));
      expect(block[2]).toMatch(/^ {6}why: segment /);
      // Every reason is shown, one a line, down to the rule's own.
      expect(block[3]).toMatch(/^ {11}topic /);
    }
    expect(samples.some((s) => s.origin === 'Web')).toBe(true);
    expect(run.stdout).toMatch(/ {2}\S+ {2}\[web, routed as email\]/);
    expect(run.stdout).toContain(
      '→ HNW / DIRECTOR: the director Margaret Hale (fallback queue HNW_Escalations)'
    );
  });

  it('given the run is over, when it ends, then it tells exactly how to connect a Dev Hub, every step passed and the exit status is 0', () => {
    expect(run.stdout).toContain('npx sf org login web --set-default-dev-hub --alias devhub');
    expect(run.stdout).toMatch(/Offline run complete: \d+ steps passed\./);
    expect(run.code).toBe(0);
  });

  it('given the road map step, when it ends, then it names the page to open by its full path, and runs leave one folder, not one each', () => {
    const folder = path.join(home, 'omni-desk-roadmap');
    expect(run.stdout).toContain(`open ${path.join(folder, 'index.md')} (each run replaces it`);
    expect(run.stdout).not.toContain('../');
    expect(existsSync(path.join(folder, 'index.md'))).toBe(true);
    expect(readdirSync(home).filter((f) => f.startsWith('omni-roadmap-'))).toEqual([]);
  });

  it('given --dry-run without an org, when started, then it says the offline run changes nothing anyway', async () => {
    const dry = await start(['--dry-run', '--offline', '--simulate-days', '1'], home);
    expect(dry.stdout).toMatch(
      /^Offline run: --offline was given\.\n--dry-run: no org is involved, so nothing could be created or deployed anyway/m
    );
    expect(dry.code).toBe(0);
  }, 300_000);

  it('given a Dev Hub alias the Salesforce CLI does not know, when started, then it says to log in to it, creates nothing and exits 1', async () => {
    const nope = await start(['--target-dev-hub', 'nope'], home);
    expect(nope.stdout).toContain('[1] Find the org');
    expect(nope.stderr).toMatch(
      /^start: Dev Hub "nope" is not authorized in the Salesforce CLI \(.*\)\.\nLog in to it: npx sf org login web --set-default-dev-hub --alias nope\n/
    );
    // No alias omni-desk exists in this HOME: nothing is said about reusing or replacing one.
    expect(nope.stdout + nope.stderr).not.toMatch(/earlier run|creat|org create scratch/);
    expect(nope.code).toBe(1);
  }, 120_000);

  it.each([
    [['--offline', '--duration-days', '0'], '--duration-days must be a whole number from 1 to 30'],
    [['--offline', '--test-level', 'Bogus'], '--test-level must be one of'],
    [['--offline', '--test-level', 'RunSpecifiedTests'], 'which npm start does not take']
  ])(
    'given %j, when started offline, then the bad value is refused before anything runs, exit 1',
    async (args, message) => {
      const run = await start(args, home);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe('');
    },
    60_000
  );

  it('given an access token in the environment and --target-org, when started, then it refuses to guess which org, exit 1', async () => {
    const both = await runCliAsync('start', ['--target-org', 'my-sandbox'], {
      env: {
        ...process.env,
        HOME: home,
        USERPROFILE: home,
        TMPDIR: home,
        SF_DISABLE_TELEMETRY: 'true',
        OMNI_DESK_INSTANCE_URL: 'https://omni-desk.my.salesforce.com',
        OMNI_DESK_ACCESS_TOKEN: 'token'
      }
    });
    expect(both.code).toBe(1);
    expect(both.stderr).toContain(
      'start: --target-org my-sandbox names one org and OMNI_DESK_INSTANCE_URL (https://omni-desk.my.salesforce.com) another'
    );
    expect(both.stdout).toBe('');
  }, 60_000);

  it('given --help, when started, then every flag is listed', async () => {
    const help = await start(['--help'], home);
    for (const flag of [
      '--target-dev-hub',
      '--target-org',
      '--alias',
      '--no-seed',
      '--dry-run',
      '--offline',
      '--duration-days',
      '--with-voice'
    ])
      expect(help.stdout).toContain(flag);
    expect(help.code).toBe(0);
  }, 60_000);
});
