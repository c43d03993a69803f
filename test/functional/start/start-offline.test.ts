/**
 * `npm start` on a machine with no Salesforce org connected: it runs offline on the embedded
 * defaults, shows where every sample contact goes and why, and says how to connect a Dev Hub.
 * HOME is a fresh folder, so no sf CLI configuration of the person running the tests is seen.
 */
import { runCliAsync, type CliRun } from '../../builders/cli';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSeedData } from '../../../scripts/seed/data-files';
import { allSamples } from '../../../scripts/seed/sample-contacts';

const root = path.resolve(__dirname, '../../..');

function start(args: string[], home: string): Promise<CliRun> {
  return runCliAsync('start', args, {
    env: { ...process.env, HOME: home, USERPROFILE: home, SF_DISABLE_TELEMETRY: 'true' }
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
      const at = run.stdout.indexOf(`  ${sample.key}  [${sample.contact.channel}]`);
      expect(at).toBeGreaterThan(-1);
      const block = run.stdout.slice(at, at + 2000).split('\n');
      const team = sample.expect.group
        ? `${sample.expect.team} / ${sample.expect.group}`
        : sample.expect.team;
      expect(block[1]).toMatch(new RegExp(`^    → ${team}: .*\\(rule \\w+\\)$`));
      expect(block[2]).toMatch(/^ {6}why: segment /);
    }
    expect(run.stdout).toContain(
      '→ HNW / DIRECTOR: the director Margaret Hale (fallback queue HNW_Escalations)'
    );
  });

  it('given the run is over, when it ends, then it tells exactly how to connect a Dev Hub, every step passed and the exit status is 0', () => {
    expect(run.stdout).toContain('npx sf org login web --set-default-dev-hub --alias devhub');
    expect(run.stdout).toMatch(/Offline run complete: \d+ steps passed\./);
    expect(run.code).toBe(0);
  });

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
